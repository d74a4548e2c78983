import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import { safeError } from "../log-safe-error";
import type { RequestContext } from "./context";
import { ErrorCode } from "./errors";
import { cachedQueryCost } from "./query-cost";

/** A partner token's query budget: a leaky bucket that refills continuously (AppConfig.partnerBudget). */
export interface PartnerCostLimits {
  maximumAvailable: number;
  restoreRate: number;
}

interface CostReport {
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
}

/** A token's budget as its write-back left it: points banked as of that moment. */
export interface WrittenBackBudget {
  tokenId: string;
  banked: number;
}
type BudgetWrittenBackListener = (dataSource: DataSource, budgets: WrittenBackBudget[]) => void;
const writtenBackListeners = new Set<BudgetWrittenBackListener>();

/**
 * Called when a ledger has written tokens' spend back, with the budgets the
 * writes left (the token cache keeps them, instead of reading the token again).
 */
export function onBudgetWrittenBack(listener: BudgetWrittenBackListener): void {
  writtenBackListeners.add(listener);
}

/** How often a process writes what its partners spent back to their tokens. */
const FLUSH_INTERVAL_MS = 250;

/**
 * What this process's partner requests have spent and not yet written back.
 * Each request reads its token's stored budget with the token itself (one
 * statement, modules/api-token/bearer.ts) and is charged here, in memory;
 * the spend is written back every 250 ms, one UPDATE per token that spent,
 * off the request path. Every api copy shares the stored budget, so across
 * copies a token can overspend by at most what the others spent in their
 * last 250 ms; an overspent budget goes negative and refills from there.
 */
export class PartnerBudgetLedger {
  private readonly unflushed = new Map<string, number>();
  /** Spend being written back right now: still counted against the token until the write has answered. */
  private readonly inflight = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    readonly limits: PartnerCostLimits,
    private readonly log?: Logger,
  ) {}

  /** Points available to the token now: its stored budget refilled, less this process's unwritten spend. */
  available(tokenId: string, budget: { banked: number; idleSeconds: number }): number {
    const refilled = Math.min(this.limits.maximumAvailable, budget.banked + Math.max(0, budget.idleSeconds) * this.limits.restoreRate);
    return refilled - (this.unflushed.get(tokenId) ?? 0) - (this.inflight.get(tokenId) ?? 0);
  }

  charge(tokenId: string, cost: number): void {
    this.unflushed.set(tokenId, (this.unflushed.get(tokenId) ?? 0) + cost);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, FLUSH_INTERVAL_MS).unref();
  }

  /** Writes the spend back: refill to now, then subtract, in one atomic UPDATE per token. */
  async flush(): Promise<void> {
    await this.flushing;
    const spent = [...this.unflushed];
    if (spent.length === 0) return;
    this.unflushed.clear();
    for (const [tokenId, cost] of spent) this.inflight.set(tokenId, cost);
    const written: WrittenBackBudget[] = [];
    this.flushing = (async () => {
      for (const [tokenId, cost] of spent) {
        try {
          // TypeORM answers an UPDATE with [rows, count].
          const result = (await this.dataSource.query(
            `UPDATE api_token SET cost_budget = LEAST($2::float8, cost_budget + extract(epoch FROM now() - budget_updated_at) * $3::float8) - $4::float8,
                    budget_updated_at = now()
              WHERE id = $1 RETURNING cost_budget`,
            [tokenId, this.limits.maximumAvailable, this.limits.restoreRate, cost],
          )) as unknown[];
          const rows = (Array.isArray(result[0]) ? result[0] : result) as Array<{ cost_budget: number }>;
          if (rows[0]) written.push({ tokenId, banked: Number(rows[0].cost_budget) });
        } catch (error) {
          // The database is away: keep the spend for the next flush.
          this.unflushed.set(tokenId, (this.unflushed.get(tokenId) ?? 0) + cost);
          this.log?.warn({ error: safeError(error) }, "could not write partner query budgets back; will retry");
        }
      }
      this.inflight.clear();
      writtenBackListeners.forEach((listener) => listener(this.dataSource, written));
    })();
    await this.flushing;
    this.flushing = undefined;
    if (this.unflushed.size > 0) this.timer ??= setTimeout(() => ((this.timer = undefined), void this.flush()), FLUSH_INTERVAL_MS * 4).unref();
  }

  /** On shutdown: nothing left unwritten. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}

const tooComplex = (cost: number, maxCost: number) =>
  new GraphQLError(`This query costs ${cost} points, more than the ${maxCost} any one query may cost. Ask for smaller pages or fewer fields.`, {
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost: { requestedQueryCost: cost, maximumQueryCost: maxCost }, http: { status: 400 } },
  });

/**
 * Ascent's one query-cost model (graphql/query-cost.ts): every query over
 * `maxCost` is refused as QUERY_TOO_COMPLEX, whoever sends it, and each
 * partner request is charged its cost against the token's budget. Over
 * budget: THROTTLED with a retry hint. Every partner response says what the
 * query cost and what is left, in `extensions.cost`.
 */
export function queryCostPlugin(maxCost: number, ledger: PartnerBudgetLedger): ApolloServerPlugin<RequestContext> {
  const { limits } = ledger;
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ contextValue, document, operationName, request, schema }) {
          const cost = cachedQueryCost(schema, document, operationName, request.variables ?? {});
          if (cost > maxCost) throw tooComplex(cost, maxCost);
          const { viewer } = contextValue;
          if (viewer.kind !== "partner") return;
          const available = viewer.budget ? ledger.available(viewer.tokenId, viewer.budget) : limits.maximumAvailable;
          if (cost > available) {
            const tooBig = cost > limits.maximumAvailable;
            const retryAfterSeconds = tooBig ? null : Math.max(1, Math.ceil((cost - available) / limits.restoreRate));
            throw new GraphQLError(
              tooBig
                ? `This query costs ${cost} points, more than a token's whole budget of ${limits.maximumAvailable}. Ask for smaller pages.`
                : `Query budget exhausted: this query costs ${cost} points and ${Math.max(0, Math.floor(available))} are available. Retry in ${retryAfterSeconds} s.`,
              {
                extensions: {
                  code: ErrorCode.THROTTLED,
                  retryAfterSeconds,
                  cost: { requestedQueryCost: cost, throttleStatus: { ...limits, currentlyAvailable: Math.max(0, Math.floor(available)) } },
                  http: { status: 429, headers: new Map(retryAfterSeconds ? [["retry-after", String(retryAfterSeconds)]] : []) },
                },
              },
            );
          }
          ledger.charge(viewer.tokenId, cost);
          report = { requestedQueryCost: cost, throttleStatus: { ...limits, currentlyAvailable: Math.floor(available - cost) } };
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== "single") return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
        },
      };
    },
  };
}
