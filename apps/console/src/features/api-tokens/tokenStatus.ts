import type { ApiTokenDetailsFragment } from "@ascent/client";

export type TokenStatus = "active" | "revoked" | "expired";

export function tokenStatus(token: Pick<ApiTokenDetailsFragment, "revokedAt" | "expiresAt">, now: number): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (Date.parse(token.expiresAt) <= now) return "expired";
  return "active";
}

export const tokenStatusLabels: Record<TokenStatus, string> = { active: "Active", revoked: "Revoked", expired: "Expired" };
/** Shades dark enough for AA contrast on a light badge. */
export const tokenStatusColours: Record<TokenStatus, string> = { active: "green.9", revoked: "red.9", expired: "gray.7" };
