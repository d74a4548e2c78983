import { GraphQLError } from "graphql";
import { EntityManager } from "typeorm";
import type { Viewer } from "../../graphql/context";
import { ErrorCode } from "../../graphql/errors";
import { ApiToken } from "./api-token.entity";
import { parseToken, secretMatches } from "./token-secret";

/** One answer for every bad token, so a caller learns nothing about why. */
const invalidToken = () => new GraphQLError("The API token is not valid.", { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

const LAST_USED_PRECISION_MS = 60_000;

/** Resolves `Authorization: Bearer <token>` to a partner viewer, or throws UNAUTHENTICATED. */
export async function viewerFromBearer(db: EntityManager, authorization: string): Promise<Viewer> {
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !token || rest.length > 0) throw invalidToken();
  const parsed = parseToken(token);
  if (!parsed) throw invalidToken();
  const row = await db.getRepository(ApiToken).findOneBy({ id: parsed.tokenId });
  const now = new Date();
  const valid = row !== null && secretMatches(parsed.secret, row.secretHash) && row.revokedAt === null && row.expiresAt > now;
  if (!valid || !row) throw invalidToken();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.getRepository(ApiToken).update(row.id, { lastUsedAt: now });
  }
  return { kind: "partner", tokenId: row.id, organisationId: row.organisationId, scopes: row.scopes };
}
