import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Token format: `ascpat_<token id as 32 hex>_<43 base64url chars of secret>`.
 * The id finds the row; the secret is checked against its stored hash.
 */
const TOKEN_PATTERN = /^ascpat_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface IssuedToken {
  token: string;
  prefix: string;
  secretHash: string;
}

const uuidToHex = (id: string) => id.replace(/-/g, "");
const hexToUuid = (hex: string) => `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

export const hashSecret = (secret: string) => createHash("sha256").update(secret).digest("hex");

export function issueToken(tokenId: string): IssuedToken {
  const secret = randomBytes(32).toString("base64url");
  const token = `ascpat_${uuidToHex(tokenId)}_${secret}`;
  return { token, prefix: token.slice(0, 15), secretHash: hashSecret(secret) };
}

export function parseToken(token: string): { tokenId: string; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match ? { tokenId: hexToUuid(match[1]), secret: match[2] } : undefined;
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
