import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed, expiring links for people without an account: the applicant's
 * status page and the line manager's endorsement page. A token names its
 * purpose, the application, the application's link version (raised to revoke
 * every earlier link) and an expiry, signed with HMAC-SHA256. Nothing about
 * the token is stored, so any api process can check it.
 */
export enum LinkPurpose {
  STATUS = "s",
  ENDORSE = "e",
  /** The career follow-up at 6, 12 and 24 months after the programme (career-outcome feature). */
  FOLLOW_UP = "f",
}

export interface LinkClaims {
  purpose: LinkPurpose;
  applicationId: string;
  version: number;
  expiresAt: Date;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; problem: "INVALID" | "EXPIRED" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_TOKEN_LENGTH = 200;

export class LinkSigner {
  constructor(private readonly secret: string) {}

  sign(claims: LinkClaims): string {
    const payload = Buffer.from(`${claims.purpose}.${claims.applicationId}.${claims.version}.${Math.floor(claims.expiresAt.getTime() / 1000)}`, "utf8").toString("base64url");
    return `${payload}.${this.mac(payload)}`;
  }

  /** Checks the signature first, so a tampered token says nothing about what it names. */
  verify(token: string, purpose: LinkPurpose, now = new Date()): LinkCheck {
    if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: "INVALID" };
    const [payload, signature, ...rest] = token.trim().split(".");
    if (!payload || !signature || rest.length > 0) return { ok: false, problem: "INVALID" };
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: "INVALID" };
    const [kind, applicationId, version, expires] = Buffer.from(payload, "base64url").toString("utf8").split(".");
    if (kind !== purpose || !UUID.test(applicationId ?? "") || !/^\d+$/.test(version ?? "") || !/^\d+$/.test(expires ?? "")) return { ok: false, problem: "INVALID" };
    const expiresAt = new Date(Number(expires) * 1000);
    if (expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "EXPIRED" };
    return { ok: true, claims: { purpose, applicationId, version: Number(version), expiresAt } };
  }

  private mac(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url");
  }
}
