import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { RequestContext } from "./context";
import { ErrorCode } from "./errors";
import { calculateQueryCost } from "./query-cost";

/** A partner token's query budget: a leaky bucket that refills continuously (AppConfig.partnerBudget). */
export interface PartnerCostLimits {
  maximumAvailable: number;
  restoreRate: number;
}

interface CostReport {
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

const reports = new WeakMap<object, CostReport>();

/**
 * Charges each partner request its calculated cost against the token's
 * budget, kept in PostgreSQL (one atomic UPDATE), so every api copy shares
 * it. Over budget: THROTTLED with a retry hint. Every partner response says
 * what the query cost and what is left, in `extensions.cost`.
 */
export function partnerCostPlugin(limits: PartnerCostLimits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operationName, request, schema }) {
          const { viewer } = contextValue;
          if (viewer.kind !== "partner") return;
          const cost = calculateQueryCost(schema, document, operationName, request.variables ?? {});
          const refill = `LEAST($2::float8, cost_budget + extract(epoch FROM now() - budget_updated_at) * $3::float8)`;
          // TypeORM answers an UPDATE ... RETURNING with [rows, affected].
          const [charged]: [Array<{ cost_budget: number }>, number] = await contextValue.db.query(
            `UPDATE api_token SET cost_budget = ${refill} - $4::float8, budget_updated_at = now()
             WHERE id = $1 AND ${refill} >= $4::float8 RETURNING cost_budget`,
            [viewer.tokenId, limits.maximumAvailable, limits.restoreRate, cost],
          );
          if (charged.length === 0) {
            const [{ available }]: Array<{ available: number }> = await contextValue.db.query(`SELECT ${refill} AS available FROM api_token WHERE id = $1`, [
              viewer.tokenId,
              limits.maximumAvailable,
              limits.restoreRate,
            ]);
            const tooBig = cost > limits.maximumAvailable;
            const retryAfterSeconds = tooBig ? null : Math.ceil((cost - available) / limits.restoreRate);
            throw new GraphQLError(
              tooBig
                ? `This query costs ${cost} points, more than a token's whole budget of ${limits.maximumAvailable}. Ask for smaller pages.`
                : `Query budget exhausted: this query costs ${cost} points and ${Math.floor(available)} are available. Retry in ${retryAfterSeconds} s.`,
              {
                extensions: {
                  code: ErrorCode.THROTTLED,
                  retryAfterSeconds,
                  cost: { requestedQueryCost: cost, throttleStatus: { ...limits, currentlyAvailable: Math.floor(available) } },
                  http: { status: 429, headers: new Map(retryAfterSeconds ? [["retry-after", String(retryAfterSeconds)]] : []) },
                },
              },
            );
          }
          reports.set(contextValue, {
            requestedQueryCost: cost,
            throttleStatus: { ...limits, currentlyAvailable: Math.floor(charged[0].cost_budget) },
          });
        },
        async willSendResponse({ contextValue, response }) {
          const report = reports.get(contextValue);
          if (!report || response.body.kind !== "single") return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
        },
      };
    },
  };
}
