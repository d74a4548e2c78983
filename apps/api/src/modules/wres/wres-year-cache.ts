import type { NhsRegion } from "@ascent/domain";
import { benchmarkWres, benchmarkWresByGroup, computeWres, type IndicatorResult, type WresGroupReport, type WresReturnInput } from "@ascent/metrics";
import type { EntityManager } from "typeorm";
import { requestScoped, type RequestContext } from "../../graphql/context";
import { sumByRegion, type YearSums } from "./wres-benchmark";
import { sumGroupsByRegion, type YearGroupSums } from "./wres-groups";
import type { CurrentWresReturn } from "./wres.loaders";
import type { WresSettings } from "./wres.settings";

/**
 * What every reader's WRES benchmarks of a data year are computed from,
 * before any disclosure control: the year's current returns, their sums per
 * region and for England, and (lazily) the raw indicators of each aggregate
 * and of each organisation's own return. Nothing here depends on who reads;
 * `releaseBenchmark` / `releaseGroupBenchmark` / `release` apply the reader's
 * disclosure on every request.
 *
 * Cached per api process under the year's version in PostgreSQL
 * (`wres_year_version`, bumped by triggers whenever a return is inserted,
 * superseded or deleted, or an organisation with returns changes region):
 * a request reads the versions of the years it needs (one statement for all
 * of them, `wresYearVersion` loader) and recomputes a year only when its
 * version moved. Several api processes stay correct because the version
 * lives in the database.
 */
export class WresYearAggregates {
  private groupSumsMemo: YearGroupSums | undefined;
  private readonly rawBenchmarks = new Map<NhsRegion | null, readonly IndicatorResult[]>();
  private readonly rawGroupBenchmarks = new Map<NhsRegion | null, WresGroupReport>();
  private readonly ownReports = new Map<string, readonly IndicatorResult[]>();
  readonly byOrganisation: ReadonlyMap<string, CurrentWresReturn & { returnId: string }>;
  readonly sums: YearSums;

  constructor(
    readonly year: number,
    readonly version: string,
    readonly returns: ReadonlyArray<CurrentWresReturn & { returnId: string }>,
    private readonly settings: WresSettings,
  ) {
    this.sums = sumByRegion(returns);
    this.byOrganisation = new Map(returns.map((r) => [r.organisationId, r]));
  }

  /** The per-group sums, computed the first time anyone asks for a `byGroup`. */
  get groupSums(): YearGroupSums {
    this.groupSumsMemo ??= sumGroupsByRegion(this.returns);
    return this.groupSumsMemo;
  }

  /** England's (null) or a region's indicators over its summed counts, unreleased. */
  rawBenchmark(region: NhsRegion | null, input: WresReturnInput): readonly IndicatorResult[] {
    let raw = this.rawBenchmarks.get(region);
    if (!raw) {
      raw = benchmarkWres([input], { settings: this.settings.metric }).indicators;
      this.rawBenchmarks.set(region, raw);
    }
    return raw;
  }

  rawGroupBenchmark(region: NhsRegion | null, input: WresReturnInput): WresGroupReport {
    let raw = this.rawGroupBenchmarks.get(region);
    if (!raw) {
      raw = benchmarkWresByGroup([input], { settings: this.settings.metric });
      this.rawGroupBenchmarks.set(region, raw);
    }
    return raw;
  }

  /** An organisation's own indicators from its current return of the year (unreleased); null without one. */
  ownReport(organisationId: string): readonly IndicatorResult[] | null {
    const own = this.byOrganisation.get(organisationId);
    if (!own) return null;
    let report = this.ownReports.get(own.returnId);
    if (!report) {
      report = computeWres(own.input, { settings: this.settings.metric }).indicators;
      this.ownReports.set(own.returnId, report);
    }
    return report;
  }
}

/**
 * A year's current returns and the version they are, read in ONE statement
 * (one snapshot): the data can never be newer or older than the version it is
 * cached under, even when a submission commits between two requests' reads.
 */
async function loadYear(db: EntityManager, year: number): Promise<{ version: string; returns: Array<CurrentWresReturn & { returnId: string }> }> {
  const rows: Array<{ version: string; id: string | null; organisation_id: string; region: NhsRegion | null; input: WresReturnInput }> = await db.query(
    `SELECT v.version::text AS version, r.id, r.organisation_id, r.region, r.input
       FROM (SELECT coalesce((SELECT version FROM wres_year_version WHERE year = $1), 0) AS version) v
       LEFT JOIN (SELECT r.id, r.organisation_id, o.region, r.input
                    FROM wres_return r JOIN organisation o ON o.id = r.organisation_id
                   WHERE r.year = $1 AND r.superseded_at IS NULL) r ON true
      ORDER BY r.organisation_id`,
    [year],
  );
  const returns = rows.filter((row) => row.id !== null).map((row) => ({ returnId: row.id as string, organisationId: row.organisation_id, region: row.region, input: row.input }));
  return { version: rows[0]?.version ?? "0", returns };
}

export interface WresYearCacheOptions {
  /** false: recompute on every request (once per request), as before the cache; for comparison and as a switch-off. */
  enabled: boolean;
  /** Years kept at most (the oldest-used go first). */
  maxYears: number;
}

export class WresYearCache {
  /** How many times a year's aggregates were computed from the returns (tests and benchmarks read it). */
  recomputations = 0;
  private readonly entries = new Map<number, WresYearAggregates>();
  private readonly loading = new Map<string, Promise<WresYearAggregates>>();
  private readonly options: WresYearCacheOptions;

  constructor(
    private readonly settings: WresSettings,
    options: Partial<WresYearCacheOptions> = {},
  ) {
    this.options = { enabled: true, maxYears: 64, ...options };
  }

  /** The year's aggregates as of the version this request reads: from the cache, or recomputed once. */
  aggregates(ctx: RequestContext, year: number): Promise<WresYearAggregates> {
    return requestScoped(ctx, `wres year ${year}`, async () => {
      // Inside a transaction (a mutation's payload) the data may be uncommitted: computed for this request only.
      if (!this.options.enabled || ctx.db.queryRunner?.isTransactionActive) return this.compute(ctx.db, year);
      const version = await ctx.loaders.wresYearVersion.load(year);
      const cached = this.entries.get(year);
      if (cached && cached.version === version) {
        // Most recently used last.
        this.entries.delete(year);
        this.entries.set(year, cached);
        return cached;
      }
      const key = `${year}:${version}`;
      let pending = this.loading.get(key);
      if (!pending) {
        pending = this.compute(ctx.db, year).finally(() => this.loading.delete(key));
        this.loading.set(key, pending);
      }
      const computed = await pending;
      this.store(computed);
      return computed;
    });
  }

  private async compute(db: EntityManager, year: number): Promise<WresYearAggregates> {
    const { version, returns } = await loadYear(db, year);
    this.recomputations += 1;
    return new WresYearAggregates(year, version, returns, this.settings);
  }

  private store(aggregates: WresYearAggregates): void {
    const current = this.entries.get(aggregates.year);
    // Sequence numbers grow: never replace a newer state with an older one (a lagging replica's).
    if (current && BigInt(current.version) > BigInt(aggregates.version)) return;
    this.entries.delete(aggregates.year);
    this.entries.set(aggregates.year, aggregates);
    while (this.entries.size > this.options.maxYears) this.entries.delete(this.entries.keys().next().value as number);
  }
}
