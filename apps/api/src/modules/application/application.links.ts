import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed, expiring links for people without an account: the applicant's
 * status page, the line manager's endorsement page and the career follow-up.
 * A token names its purpose, who it is for (an application, or for a
 * participant's follow-up the participant), that record's link version
 * (raised to revoke every earlier link) and an expiry, signed with
 * HMAC-SHA256. Nothing about the token is stored, so any api process can
 * check it.
 */
export enum LinkPurpose {
  STATUS = "s",
  ENDORSE = "e",
  /** The career follow-up at 6, 12 and 24 months, naming an application: the comparison group's (and, before participant links, every participant's). */
  FOLLOW_UP = "f",
  /** The career follow-up naming a participant: whether they applied or staff added them by hand (career-outcome feature). */
  PARTICIPANT_FOLLOW_UP = "p",
}

/** The purposes whose token names an application. */
export type ApplicationLinkPurpose = Exclude<LinkPurpose, LinkPurpose.PARTICIPANT_FOLLOW_UP>;

export interface LinkClaims {
  purpose: ApplicationLinkPurpose;
  applicationId: string;
  version: number;
  expiresAt: Date;
}

/** A follow-up link names a participant (their link version) or, for the comparison group and links mailed before, an application. */
export type FollowUpClaims =
  | { purpose: LinkPurpose.FOLLOW_UP; applicationId: string; version: number; expiresAt: Date }
  | { purpose: LinkPurpose.PARTICIPANT_FOLLOW_UP; participantId: string; version: number; expiresAt: Date };

export type LinkProblem = "INVALID" | "EXPIRED";
export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; problem: LinkProblem };
export type FollowUpCheck = { ok: true; claims: FollowUpClaims } | { ok: false; problem: LinkProblem };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_TOKEN_LENGTH = 200;

type Decoded = { ok: true; purpose: LinkPurpose; id: string; version: number; expiresAt: Date } | { ok: false; problem: LinkProblem };

export class LinkSigner {
  constructor(private readonly secret: string) {}

  sign(claims: LinkClaims | FollowUpClaims): string {
    const id = "participantId" in claims ? claims.participantId : claims.applicationId;
    const payload = Buffer.from(`${claims.purpose}.${id}.${claims.version}.${Math.floor(claims.expiresAt.getTime() / 1000)}`, "utf8").toString("base64url");
    return `${payload}.${this.mac(payload)}`;
  }

  /** Checks the signature first, so a tampered token says nothing about what it names. */
  verify(token: string, purpose: ApplicationLinkPurpose, now = new Date()): LinkCheck {
    const decoded = this.decode(token, [purpose], now);
    if (!decoded.ok) return decoded;
    return { ok: true, claims: { purpose, applicationId: decoded.id, version: decoded.version, expiresAt: decoded.expiresAt } };
  }

  /** A follow-up link of either kind: one naming a participant, or one naming an application. */
  verifyFollowUp(token: string, now = new Date()): FollowUpCheck {
    const decoded = this.decode(token, [LinkPurpose.PARTICIPANT_FOLLOW_UP, LinkPurpose.FOLLOW_UP], now);
    if (!decoded.ok) return decoded;
    const { id, version, expiresAt } = decoded;
    return {
      ok: true,
      claims: decoded.purpose === LinkPurpose.PARTICIPANT_FOLLOW_UP ? { purpose: LinkPurpose.PARTICIPANT_FOLLOW_UP, participantId: id, version, expiresAt } : { purpose: LinkPurpose.FOLLOW_UP, applicationId: id, version, expiresAt },
    };
  }

  private decode(token: string, purposes: LinkPurpose[], now: Date): Decoded {
    if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: "INVALID" };
    const [payload, signature, ...rest] = token.trim().split(".");
    if (!payload || !signature || rest.length > 0) return { ok: false, problem: "INVALID" };
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: "INVALID" };
    const [kind, id, version, expires] = Buffer.from(payload, "base64url").toString("utf8").split(".");
    const purpose = purposes.find((candidate) => candidate === kind);
    if (!purpose || !UUID.test(id ?? "") || !/^\d+$/.test(version ?? "") || !/^\d+$/.test(expires ?? "")) return { ok: false, problem: "INVALID" };
    const expiresAt = new Date(Number(expires) * 1000);
    if (expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "EXPIRED" };
    return { ok: true, purpose, id: id as string, version: Number(version), expiresAt };
  }

  private mac(payload: string): string {
    return createHmac("sha256", this.secret).update(payload).digest("base64url");
  }
}
