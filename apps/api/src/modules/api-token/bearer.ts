import { ApiScope } from "@ascent/domain";
import { GraphQLError } from "graphql";
import { EntityManager } from "typeorm";
import { PREPARED_SQL } from "../../db/prepared-statements";
import type { Viewer } from "../../graphql/context";
import { ErrorCode } from "../../graphql/errors";
import { onBudgetWrittenBack } from "../../graphql/partner-cost";
import { type CachedToken, tokenCacheFor } from "./token-cache";
import { hashSecret, parseToken, secretMatches } from "./token-secret";

/** One answer for every bad token, so a caller learns nothing about why. */
const invalidToken = () => new GraphQLError("The API token is not valid.", { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

const LAST_USED_PRECISION_SECONDS = 60;

interface TokenRow {
  organisation_id: string;
  scopes: ApiScope[];
  secret_hash: string;
  valid: boolean;
  expires_at_ms: number;
  cost_budget: number;
  budget_idle_seconds: number;
}

// When this process writes a token's spend back, its cached budget becomes what the write left: no need to read the token again.
onBudgetWrittenBack((dataSource, budgets) => {
  const cache = tokenCacheFor(dataSource);
  for (const { tokenId, banked } of budgets) cache.rebank(tokenId, banked);
});

/**
 * Resolves `Authorization: Bearer <token>` to a partner viewer, or throws
 * UNAUTHENTICATED. From the per-process token cache when it holds the token
 * (token-cache.ts: a few seconds at most; the secret and the expiry are
 * checked on every request), else ONE statement, reading only: it finds the
 * token, checks it is live, reads its query budget (graphql/partner-cost.ts
 * charges it without a write per request) and, at most once a minute,
 * records its last use (the CTE's UPDATE matches no row otherwise, so
 * nothing is written).
 */
export async function viewerFromBearer(db: EntityManager, authorization: string): Promise<Viewer> {
  const [scheme, token, ...rest] = authorization.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== "bearer" || !token || rest.length > 0) throw invalidToken();
  const parsed = parseToken(token);
  if (!parsed) throw invalidToken();
  const cache = tokenCacheFor(db.connection);
  const now = Date.now();
  let found: CachedToken | undefined = cache.enabled ? cache.get(parsed.tokenId, now) : undefined;
  if (!found) {
    const generation = cache.generation(parsed.tokenId);
    const rows: TokenRow[] = await db.query(
      `${PREPARED_SQL} WITH touched AS (
         UPDATE api_token SET last_used_at = now()
          WHERE id = $1 AND secret_hash = $2 AND revoked_at IS NULL AND expires_at > now()
            AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $3))
         RETURNING id)
       SELECT organisation_id, scopes, secret_hash, (revoked_at IS NULL AND expires_at > now()) AS valid,
              (extract(epoch FROM expires_at) * 1000)::float8 AS expires_at_ms,
              cost_budget, extract(epoch FROM now() - budget_updated_at)::float8 AS budget_idle_seconds
         FROM api_token WHERE id = $1`,
      [parsed.tokenId, hashSecret(parsed.secret), LAST_USED_PRECISION_SECONDS],
    );
    const row = rows[0];
    if (!row || !secretMatches(parsed.secret, row.secret_hash) || !row.valid) throw invalidToken();
    found = {
      organisationId: row.organisation_id,
      scopes: row.scopes,
      secretHash: row.secret_hash,
      expiresAtMs: row.expires_at_ms,
      banked: row.cost_budget,
      idleSeconds: row.budget_idle_seconds,
      readAtMs: now,
    };
    cache.set(parsed.tokenId, found, generation, now);
  } else if (!secretMatches(parsed.secret, found.secretHash) || found.expiresAtMs <= now) {
    throw invalidToken();
  }
  return {
    kind: "partner",
    tokenId: parsed.tokenId,
    organisationId: found.organisationId,
    scopes: found.scopes,
    // Seconds since the budget was written back, counted on from when it was read.
    budget: { banked: found.banked, idleSeconds: found.idleSeconds + (now - found.readAtMs) / 1000 },
  };
}

/** Drops a token from this process's cache (revokeApiToken: refused at once here, within the cache time elsewhere). */
export function forgetToken(db: EntityManager, tokenId: string): void {
  tokenCacheFor(db.connection).drop(tokenId);
}
