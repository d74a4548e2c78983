import type { ApiTokenDetailsFragment } from "@ascent/client";

export type TokenStatus = "active" | "revoked" | "expired";

export function tokenStatus(token: Pick<ApiTokenDetailsFragment, "revokedAt" | "expiresAt">, now: number): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (Date.parse(token.expiresAt) <= now) return "expired";
  return "active";
}

export const tokenStatusLabels: Record<TokenStatus, string> = { active: "Active", revoked: "Revoked", expired: "Expired" };
/** The dot beside the status word; the word carries the meaning. */
export const tokenStatusColours: Record<TokenStatus, string> = { active: "green.7", revoked: "red.8", expired: "gray.6" };
