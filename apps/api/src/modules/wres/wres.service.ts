import {
  DisclosureStatus,
  NhsRegion,
  UserErrorCode,
} from "@ascent/domain";
import {
  computeWres,
  computeWresByGroup,
  hasBmeGroups,
  type IndicatorResult,
  parseWresReturnCsv,
  WRES_CSV_MAX_RECORDS,
  type WresReturnInput,
} from "@ascent/metrics";
import { IsNull } from "typeorm";
import { requestScoped, type RequestContext } from "../../graphql/context";
import { badUserInput, forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { expectGlobalId, toGlobalId } from "../../graphql/relay/global-id";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit, recordPartnerRead } from "../audit";
import { Organisation } from "../organisation";
import { WresBenchmark, WresCsvPreview, WresGroupBreakdown, WresIndicator, WresReport, WresTrend, WresTrendPoint } from "./dto/wres-report.types";
import type { SubmitWresReturnInput } from "./dto/wres-return.input";
import type { SubmitWresReturnPayload } from "./dto/wres.payloads";
import { disclosureLevelFor, maySubmitFor, OWNER, ownedOrganisations, type OwnedOrganisations, release, type WresDisclosureLevel } from "./wres-access";
import { releaseBenchmark, sumByRegion, type YearSums } from "./wres-benchmark";
import { breakdownOf, releaseGroupBenchmark } from "./wres-groups";
import { WresYearCache, type WresYearCacheOptions } from "./wres-year-cache";
import { WresReturn, WresReturnSource } from "./wres-return.entity";
import { type CurrentWresReturn } from "./wres.loaders";
import { toIndicator, wresReturnFromInput } from "./wres.rules";
import { DEFAULT_WRES_SETTINGS, FIRST_WRES_YEAR, latestWresYear, type WresSettings } from "./wres.settings";

/** A return of zeros: its report lists every indicator code there is. */
const ZERO_RETURN: WresReturnInput = {
  year: 2020,
  workforce: [],
  shortlisting: { shortlisted: { white: 0, bme: 0 }, appointed: { white: 0, bme: 0 } },
  disciplinary: { entering: { white: 0, bme: 0 }, headcount: { white: 0, bme: 0 } },
  training: { accessed: { white: 0, bme: 0 }, headcount: { white: 0, bme: 0 } },
  survey: {
    harassmentFromPublic: { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } },
    harassmentFromStaff: { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } },
    equalOpportunities: { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } },
    discrimination: { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } },
  },
  board: { white: 0, bme: 0 },
};
export const WRES_INDICATOR_CODES: ReadonlySet<string> = new Set(computeWres(ZERO_RETURN).indicators.map((result) => result.code));

/** Most years a trend spans. */
const MAX_TREND_YEARS = 30;
/** CSV text accepted by the server-side check (a return is a few kB). */
const MAX_CSV_CHARACTERS = 500_000;


export { sumByRegion, type YearSums } from "./wres-benchmark";

/** A reader who owns none of the organisations. */
const NOBODY: OwnedOrganisations = new Set();

const TOP_LEVEL_FIELDS = ["year", "workforce", "shortlisting", "disciplinary", "training", "survey", "board"];

export class WresService {
  /** Each data year's aggregates, per api process, checked against the year's version in PostgreSQL on every request. */
  readonly years: WresYearCache;

  constructor(
    readonly settings: WresSettings = DEFAULT_WRES_SETTINGS,
    options: { yearCache?: Partial<WresYearCacheOptions> } = {},
  ) {
    this.years = new WresYearCache(settings, options.yearCache);
  }

  // ---- returns -------------------------------------------------------------

  /**
   * Stores a new version of an organisation's return for a year. The current
   * version (if any) is superseded in the same transaction; concurrent
   * submissions for the same organisation and year queue on an advisory lock.
   */
  submit(ctx: RequestContext, input: SubmitWresReturnInput): Promise<SubmitWresReturnPayload> {
    return runMutation<SubmitWresReturnPayload>(
      ctx,
      async (tx) => {
        const organisationId = expectGlobalId(input.organisationId, "Organisation", "input.organisationId");
        if (tx.viewer.kind === "partner" && tx.viewer.organisationId !== organisationId) throw forbidden();
        const organisation = await tx.db.getRepository(Organisation).findOneBy({ id: organisationId });
        if (!organisation) {
          if (tx.viewer.kind !== "user") throw forbidden();
          throw new UserInputProblems([userError(["organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist.")]);
        }
        if (!(await maySubmitFor(tx, organisationId))) throw forbidden();
        const { value, problems } = wresReturnFromInput(input);
        if (problems.length > 0) throw new UserInputProblems(problems);

        await tx.db.query("SELECT pg_advisory_xact_lock(hashtext('ascent:wres-return'), hashtext($1))", [`${organisationId}:${input.year}`]);
        const repository = tx.db.getRepository(WresReturn);
        const previous = await repository.findOne({ where: { organisationId, year: input.year }, order: { version: "DESC" } });
        const now = new Date();
        if (previous && previous.supersededAt === null) {
          await repository.update({ id: previous.id }, { supersededAt: now });
          await recordAudit(tx, { operation: "submitWresReturn", targetType: "WresReturn", targetId: previous.id, fields: ["supersededAt"] });
        }
        const saved = await repository.save(
          repository.create({
            organisationId,
            year: input.year,
            version: (previous?.version ?? 0) + 1,
            input: value,
            source: input.fromCsv ? WresReturnSource.CSV : WresReturnSource.API,
            submittedByUserId: tx.viewer.kind === "user" ? tx.viewer.user.id : null,
            submittedByTokenId: tx.viewer.kind === "partner" ? tx.viewer.tokenId : null,
            submittedAt: now,
            supersededAt: null,
          }),
        );
        await recordAudit(tx, { operation: "submitWresReturn", targetType: "WresReturn", targetId: saved.id, fields: TOP_LEVEL_FIELDS });
        return { wresReturn: saved, userErrors: [] };
      },
      (userErrors) => ({ wresReturn: null, userErrors }),
    );
  }

  /**
   * The latest year with a current return: the organisation's own when one is
   * given (where its dashboard opens), else anyone's.
   */
  async latestYear(ctx: RequestContext, organisationGlobalId?: string | null): Promise<number | null> {
    if (organisationGlobalId === null || organisationGlobalId === undefined) {
      const [{ year }]: Array<{ year: number | null }> = await ctx.db.query(`SELECT max(year)::int AS year FROM wres_return WHERE superseded_at IS NULL`);
      return year;
    }
    const organisationId = expectGlobalId(organisationGlobalId, "Organisation", "organisationId");
    const [{ year }]: Array<{ year: number | null }> = await ctx.db.query(
      `SELECT max(year)::int AS year FROM wres_return WHERE superseded_at IS NULL AND organisation_id = $1`,
      [organisationId],
    );
    return year;
  }

  /** Every version of an organisation's returns (newest first), for its owners only. */
  async history(ctx: RequestContext, organisationGlobalId: string, year: number | null | undefined): Promise<WresReturn[]> {
    const organisationId = expectGlobalId(organisationGlobalId, "Organisation", "organisationId");
    if ((await disclosureLevelFor(ctx, organisationId)) !== OWNER) throw forbidden();
    const returns = await ctx.db.getRepository(WresReturn).find({
      where: { organisationId, ...(year ? { year } : {}) },
      order: { year: "DESC", version: "DESC" },
    });
    await recordPartnerRead(ctx, { operation: "wresReturns", targetType: "Organisation", targetId: organisationId, fields: year ? [`year:${year}`] : [] });
    return returns;
  }

  /** The return's own report (its owners see it; the WresReturn type is owner-only). */
  reportOfReturn(wresReturn: WresReturn): WresReport {
    return this.buildReport(wresReturn, OWNER);
  }

  async organisationOf(ctx: RequestContext, organisationId: string): Promise<Organisation | null> {
    return ctx.loaders.organisationById.load(organisationId);
  }

  // ---- reports -------------------------------------------------------------

  /**
   * An organisation's indicators for a year from its current return: raw for
   * its owners, disclosure-controlled (SUBNATIONAL) for everyone else. Null
   * when there is no return for that year.
   */
  async report(ctx: RequestContext, organisationGlobalId: string, year: number): Promise<WresReport | null> {
    const organisationId = expectGlobalId(organisationGlobalId, "Organisation", "organisationId");
    // The year's aggregates are wanted by the report's benchmarks anyway; their version is read in the same tick.
    const [current, aggregates] = await Promise.all([
      ctx.db.getRepository(WresReturn).findOneBy({ organisationId, year, supersededAt: IsNull() }),
      this.years.aggregates(ctx, year),
    ]);
    if (!current) return null;
    const cached = aggregates.byOrganisation.get(organisationId)?.returnId === current.id ? aggregates.ownReport(organisationId) : null;
    return this.buildReport(current, await this.levelFor(ctx, organisationId), cached ?? undefined);
  }

  /** Who may see an organisation's figures raw: once per request. */
  private levelFor(ctx: RequestContext, organisationId: string): Promise<WresDisclosureLevel> {
    return requestScoped(ctx, `wres level ${organisationId}`, () => disclosureLevelFor(ctx, organisationId));
  }

  private buildReport(source: WresReturn, level: WresDisclosureLevel, computed?: readonly IndicatorResult[]): WresReport {
    const indicators = computed ?? computeWres(source.input, { settings: this.settings.metric }).indicators;
    return Object.assign(new WresReport(), {
      organisationId: toGlobalId("Organisation", source.organisationId),
      organisationUuid: source.organisationId,
      year: source.year,
      disclosure: level === OWNER ? DisclosureStatus.RAW : DisclosureStatus.CONTROLLED,
      submittedAt: source.submittedAt,
      indicators: indicators.map((result) => toIndicator(release(result, level, this.settings))),
      source,
      level,
    });
  }

  /**
   * The report's figures by ethnic group, released at the report's level (raw
   * for owners, disclosure-controlled for everyone else); null when the
   * return does not split BME staff by group. Computed only when asked for.
   */
  groupsOfReport(report: WresReport): WresGroupBreakdown | null {
    const raw = computeWresByGroup(report.source.input, { settings: this.settings.metric });
    if (!raw) return null;
    const released = {
      groups: raw.groups.map(({ group, indicators }) => ({ group, indicators: indicators.map((result) => release(result, report.level, this.settings)) })),
      seniorRoles: raw.seniorRoles.map((result) => release(result, report.level, this.settings)),
    };
    return breakdownOf(released, { organisationCount: 1, returnCount: 1, disclosure: report.disclosure, withheld: false });
  }

  /** Whether a return splits BME staff by group. */
  splitByGroup(wresReturn: WresReturn): boolean {
    return hasBmeGroups(wresReturn.input);
  }

  /** The return behind a report, for its owners; null for everyone else. */
  returnOfReport(report: WresReport): WresReturn | null {
    return report.level === OWNER ? report.source : null;
  }

  // ---- benchmarks ----------------------------------------------------------

  /**
   * England (region null) or one region for a data year: every current return
   * summed, then computed once, and released to this reader by the rules for
   * aggregates (`releaseBenchmark`). Null when no organisation has a return.
   */
  async benchmark(ctx: RequestContext, year: number, region: NhsRegion | null | undefined): Promise<WresBenchmark | null> {
    // Computed once per request: a dashboard asks for England and every region of several years.
    // The year's sums and raw figures come from the per-process cache; disclosure is applied for this reader here.
    return requestScoped(ctx, `wres benchmark ${year}:${region ?? "ENGLAND"}`, async () => {
      const [aggregates, owned] = await Promise.all([this.years.aggregates(ctx, year), ownedOrganisations(ctx)]);
      return releaseBenchmark(aggregates.sums, year, region ?? null, owned, this.settings, (key, input) => aggregates.rawBenchmark(key, input));
    });
  }

  /**
   * Pure: the benchmark over already-loaded returns (also used by the
   * benchmark script), for a reader who owns `owned` (default: none of them).
   * Pass `sums` from `sumByRegion` to reuse them across England and the
   * regions of a year.
   */
  computeBenchmark(
    returns: readonly CurrentWresReturn[],
    year: number,
    region: NhsRegion | null,
    sums: YearSums = sumByRegion(returns),
    owned: OwnedOrganisations = NOBODY,
  ): WresBenchmark | null {
    return releaseBenchmark(sums, year, region, owned, this.settings);
  }

  /**
   * A benchmark's figures by ethnic group: the returns of its organisations
   * that split BME by group, summed, computed once and released by the rules
   * for aggregates (`releaseGroupBenchmark`). Null when none of them did.
   */
  async groupBenchmark(ctx: RequestContext, benchmark: WresBenchmark): Promise<WresGroupBreakdown | null> {
    const { year, region } = benchmark;
    return requestScoped(ctx, `wres group benchmark ${year}:${region ?? "ENGLAND"}`, async () => {
      const [aggregates, owned] = await Promise.all([this.years.aggregates(ctx, year), ownedOrganisations(ctx)]);
      return releaseGroupBenchmark(aggregates.groupSums, region, owned, this.settings, (key, input) => aggregates.rawGroupBenchmark(key, input));
    });
  }

  async regionOf(ctx: RequestContext, organisationId: string): Promise<NhsRegion | null> {
    return (await ctx.loaders.organisationById.load(organisationId))?.region ?? null;
  }

  // ---- trends --------------------------------------------------------------

  /**
   * One indicator of an organisation across data years, with England and the
   * organisation's region alongside; the same disclosure as wresReport.
   * Years default to those the organisation has returns for.
   */
  async trend(ctx: RequestContext, organisationGlobalId: string, code: string, fromYear?: number | null, toYear?: number | null): Promise<WresTrend> {
    const organisationId = expectGlobalId(organisationGlobalId, "Organisation", "organisationId");
    if (!WRES_INDICATOR_CODES.has(code)) throw badUserInput(`${code} is not a WRES indicator code (e.g. WRES2, WRES5.BME, WRES1.CLINICAL.BAND_5).`, { argumentName: "code" });
    const organisation = await ctx.loaders.organisationById.load(organisationId);
    if (!organisation) throw notFound("That organisation");
    // The years the organisation has current returns for: once per request (a dashboard asks nine trends).
    const span = await requestScoped(ctx, `wres years of ${organisationId}`, async () => {
      const [row]: Array<{ first: number | null; last: number | null }> = await ctx.db.query(
        `SELECT min(year)::int AS first, max(year)::int AS last FROM wres_return WHERE organisation_id = $1 AND superseded_at IS NULL`,
        [organisationId],
      );
      return row;
    });
    const from = fromYear ?? span.first ?? latestWresYear();
    const to = toYear ?? span.last ?? latestWresYear();
    if (from > to || from < FIRST_WRES_YEAR || to - from + 1 > MAX_TREND_YEARS) {
      throw badUserInput(`Give years from ${FIRST_WRES_YEAR} with fromYear <= toYear, at most ${MAX_TREND_YEARS} years apart.`, { argumentName: "fromYear" });
    }
    const level = await this.levelFor(ctx, organisationId);
    const pick = (indicators: readonly WresIndicator[] | undefined) => indicators?.find((indicator) => indicator.code === code) ?? null;
    const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // Every year at once: their versions are read in one statement. The organisation's own figure comes from the
    // year's cached aggregates (its current return's indicators, computed once per return) and only the one
    // indicator asked for is released, at the same level as wresReport.
    const points: WresTrendPoint[] = await Promise.all(
      years.map(async (year) => {
        const [aggregates, england, region] = await Promise.all([
          this.years.aggregates(ctx, year),
          this.benchmark(ctx, year, null),
          organisation.region ? this.benchmark(ctx, year, organisation.region) : Promise.resolve(null),
        ]);
        const own = aggregates.ownReport(organisationId)?.find((result) => result.code === code);
        return {
          year,
          organisation: own ? toIndicator(release(own, level, this.settings)) : null,
          england: pick(england?.indicators),
          region: pick(region?.indicators),
        };
      }),
    );
    return { organisationId: organisationGlobalId, code, region: organisation.region, points };
  }

  // ---- CSV -----------------------------------------------------------------

  /**
   * Checks CSV text with the same parser the console uses; saves nothing.
   * The indicators are computed from the caller's own figures, so they are
   * shown as given.
   */
  previewCsv(_ctx: RequestContext, csv: string, year: number): WresCsvPreview {
    if (csv.length > MAX_CSV_CHARACTERS) throw badUserInput(`The file is too large (over ${MAX_CSV_CHARACTERS} characters; at most ${WRES_CSV_MAX_RECORDS} lines).`, { argumentName: "csv" });
    const { input, issues, dataRows } = parseWresReturnCsv(csv, { year });
    const yearIssue = year < FIRST_WRES_YEAR || year > latestWresYear() ? [{ row: null, column: null, path: "year", message: `The year must be from ${FIRST_WRES_YEAR} to ${latestWresYear()}.` }] : [];
    const allIssues = [...yearIssue, ...issues];
    const results: IndicatorResult[] = input && allIssues.length === 0 ? [...computeWres(input, { settings: this.settings.metric }).indicators] : [];
    return { valid: allIssues.length === 0, dataRows, issues: allIssues, indicators: results.map(toIndicator) };
  }
}

