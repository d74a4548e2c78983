import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The private link that lets a participant answer without an account: it
 * names their invitation and an expiry (the round's closing time), signed
 * with HMAC-SHA256 under a key derived from ASCENT_LINK_SECRET for this use
 * alone, so an application link can never pass for an evaluation link or the
 * other way round. Nothing about the token is stored.
 */
export type EvaluationLinkCheck = { ok: true; invitationId: string; expiresAt: Date } | { ok: false; problem: "INVALID" | "EXPIRED" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_TOKEN_LENGTH = 200;

export class EvaluationLinks {
  private readonly key: Buffer;

  constructor(linkSecret: string) {
    this.key = createHmac("sha256", linkSecret).update("ascent:evaluation-link").digest();
  }

  sign(invitationId: string, expiresAt: Date): string {
    const payload = Buffer.from(`v.${invitationId}.${Math.floor(expiresAt.getTime() / 1000)}`, "utf8").toString("base64url");
    return `${payload}.${this.mac(payload)}`;
  }

  /** The signature is checked first, so a tampered token says nothing about what it names. */
  verify(token: string, now = new Date()): EvaluationLinkCheck {
    if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return { ok: false, problem: "INVALID" };
    const [payload, signature, ...rest] = token.trim().split(".");
    if (!payload || !signature || rest.length > 0) return { ok: false, problem: "INVALID" };
    const expected = Buffer.from(this.mac(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, problem: "INVALID" };
    const [kind, invitationId, expires] = Buffer.from(payload, "base64url").toString("utf8").split(".");
    if (kind !== "v" || !UUID.test(invitationId ?? "") || !/^\d+$/.test(expires ?? "")) return { ok: false, problem: "INVALID" };
    const expiresAt = new Date(Number(expires) * 1000);
    if (expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "EXPIRED" };
    return { ok: true, invitationId, expiresAt };
  }

  private mac(payload: string): string {
    return createHmac("sha256", this.key).update(payload).digest("base64url");
  }
}
