import { type AccessRule, ApiScope, NhsRegion, partnerWith, Role } from "@ascent/domain";
import { formatWresReturnCsv, WRES_CSV_TEMPLATE } from "@ascent/metrics";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Organisation } from "../organisation";
import { WresBenchmark, WresCsvPreview, WresGroupBreakdown, WresIndicator, WresReport, WresTargetProgress, WresTrend } from "./dto/wres-report.types";
import { RemoveWresTargetInput, SetWresTargetInput, SubmitWresReturnInput } from "./dto/wres-return.input";
import { RemoveWresTargetPayload, SetWresTargetPayload, SubmitWresReturnPayload } from "./dto/wres.payloads";
import { WresReturn } from "./wres-return.entity";
import { WresTarget } from "./wres-target.entity";
import { WresTargetService } from "./wres-target.service";
import { WresService } from "./wres.service";

/**
 * Reading WRES figures: administrators, programme managers and partner tokens with wres:read (their own raw,
 * others' controlled). Not facilitators: they deliver programmes, often for an outside provider, and need no
 * monitoring data for it (least access; README "Who may do what").
 */
const READ: [AccessRule, ...AccessRule[]] = [Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.WRES_READ)];
/** Submitting returns and setting targets (the service checks it is the caller's own organisation). */
const WRITE: [AccessRule, ...AccessRule[]] = [Role.ADMIN, Role.PROGRAMME_MANAGER, partnerWith(ApiScope.WRES_WRITE)];
/** Objects that only reach their owners (a return, a target) may be read by either kind of caller. */
const READ_OR_WRITE: [AccessRule, ...AccessRule[]] = [...READ, partnerWith(ApiScope.WRES_WRITE)];

@Resolver()
export class WresResolver {
  constructor(
    private readonly wres: WresService,
    private readonly targets: WresTargetService,
  ) {}

  @Allow(...READ)
  @Query(() => WresReport, {
    nullable: true,
    description: "An organisation's WRES indicators for a data year: unsuppressed for its owners, disclosure-controlled for everyone else. Null when it has no return for the year.",
  })
  wresReport(@Ctx() ctx: RequestContext, @Arg("organisationId", () => ID) organisationId: string, @Arg("year", () => Int) year: number): Promise<WresReport | null> {
    return this.wres.report(ctx, organisationId, year);
  }

  @Allow(...READ)
  @Query(() => WresBenchmark, {
    nullable: true,
    description:
      "Benchmark over every current return of the year: England when region is null, else the region. Raw when you own every organisation in it; " +
      "otherwise disclosure-controlled, and withheld when it holds too few organisations besides your own. Null when there are no returns.",
  })
  wresBenchmark(
    @Ctx() ctx: RequestContext,
    @Arg("year", () => Int) year: number,
    @Arg("region", () => NhsRegion, { nullable: true }) region?: NhsRegion | null,
  ): Promise<WresBenchmark | null> {
    return this.wres.benchmark(ctx, year, region);
  }

  @Allow(...READ)
  @Query(() => WresTrend, { description: "One indicator (WRES2, WRES5.BME, WRES1.CLINICAL.BAND_5, ...) across years, with England and the region." })
  wresTrend(
    @Ctx() ctx: RequestContext,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("code") code: string,
    @Arg("fromYear", () => Int, { nullable: true }) fromYear?: number | null,
    @Arg("toYear", () => Int, { nullable: true }) toYear?: number | null,
  ): Promise<WresTrend> {
    return this.wres.trend(ctx, organisationId, code, fromYear, toYear);
  }

  @Allow(...READ_OR_WRITE)
  @Query(() => [WresReturn], { description: "Every version of an organisation's returns, newest first (its owners only; FORBIDDEN otherwise)." })
  wresReturns(
    @Ctx() ctx: RequestContext,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("year", () => Int, { nullable: true }) year?: number | null,
  ): Promise<WresReturn[]> {
    return this.wres.history(ctx, organisationId, year);
  }

  @Allow(...READ)
  @Query(() => [WresTarget], { description: "An organisation's Model Employer aspirations." })
  wresTargets(@Ctx() ctx: RequestContext, @Arg("organisationId", () => ID) organisationId: string): Promise<WresTarget[]> {
    return this.targets.list(ctx, organisationId);
  }

  @Allow(...READ)
  @Query(() => Int, {
    nullable: true,
    description: "The most recent data year the organisation has a current return for (any organisation's when none is given); null when there is none.",
  })
  wresLatestYear(@Ctx() ctx: RequestContext, @Arg("organisationId", () => ID, { nullable: true }) organisationId?: string | null): Promise<number | null> {
    return this.wres.latestYear(ctx, organisationId);
  }

  @Allow(...READ_OR_WRITE)
  @Query(() => String, { description: "The empty WRES return CSV template, with notes as # comments." })
  wresCsvTemplate(): string {
    return WRES_CSV_TEMPLATE;
  }

  @Allow(...WRITE)
  @Query(() => WresCsvPreview, { description: "Checks a WRES return CSV on the server (the console's parser): every problem with its row and column. Saves nothing." })
  previewWresReturnCsv(@Ctx() ctx: RequestContext, @Arg("csv") csv: string, @Arg("year", () => Int) year: number): WresCsvPreview {
    return this.wres.previewCsv(ctx, csv, year);
  }

  @Allow(...WRITE)
  @Mutation(() => SubmitWresReturnPayload, {
    description: "Submits an organisation's WRES return for a year; a resubmission supersedes the current version (history kept). Partners submit for their own organisation only.",
  })
  submitWresReturn(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitWresReturnInput) input: SubmitWresReturnInput): Promise<SubmitWresReturnPayload> {
    return this.wres.submit(ctx, input);
  }

  @Allow(...WRITE)
  @Mutation(() => SetWresTargetPayload, { description: "Sets the BME share an organisation aims for in a group of staff by a year (replacing any for the same group and year)." })
  setWresTarget(@Ctx() ctx: RequestContext, @Arg("input", () => SetWresTargetInput) input: SetWresTargetInput): Promise<SetWresTargetPayload> {
    return this.targets.set(ctx, input);
  }

  @Allow(...WRITE)
  @Mutation(() => RemoveWresTargetPayload)
  removeWresTarget(@Ctx() ctx: RequestContext, @Arg("input", () => RemoveWresTargetInput) input: RemoveWresTargetInput): Promise<RemoveWresTargetPayload> {
    return this.targets.remove(ctx, input);
  }
}

@Resolver(() => WresReport)
export class WresReportResolver {
  constructor(
    private readonly wres: WresService,
    private readonly targetService: WresTargetService,
  ) {}

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() report: WresReport): Promise<Organisation | null> {
    return this.wres.organisationOf(ctx, report.organisationUuid);
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => WresReturn, { nullable: true, description: "The return behind the report: its owners only (null for everyone else)." })
  wresReturn(@Root() report: WresReport): WresReturn | null {
    return this.wres.returnOfReport(report);
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => WresIndicator, { nullable: true, description: "One figure by code, e.g. WRES2 or WRES1.CLINICAL.BAND_5." })
  indicator(@Root() report: WresReport, @Arg("code") code: string): WresIndicator | null {
    return report.indicators.find((indicator) => indicator.code === code) ?? null;
  }

  @Allow(...READ)
  @FieldResolver(() => WresBenchmark, { nullable: true, description: "England's benchmark for the same year." })
  englandBenchmark(@Ctx() ctx: RequestContext, @Root() report: WresReport): Promise<WresBenchmark | null> {
    return this.wres.benchmark(ctx, report.year, null);
  }

  @Allow(...READ)
  @FieldResolver(() => WresBenchmark, { nullable: true, description: "The organisation's region's benchmark for the same year (null when it has no region)." })
  async regionBenchmark(@Ctx() ctx: RequestContext, @Root() report: WresReport): Promise<WresBenchmark | null> {
    const region = await this.wres.regionOf(ctx, report.organisationUuid);
    return region ? this.wres.benchmark(ctx, report.year, region) : null;
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => WresGroupBreakdown, {
    nullable: true,
    description:
      "Figures by broad ethnic group (Asian, Black, Mixed, Other against white staff; representation in senior roles), at the report's disclosure. " +
      "Null when the return does not split BME staff by group.",
  })
  byGroup(@Root() report: WresReport): WresGroupBreakdown | null {
    return this.wres.groupsOfReport(report);
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => [WresTargetProgress], { description: "Progress against each of the organisation's targets, from this year's return." })
  targets(@Ctx() ctx: RequestContext, @Root() report: WresReport): Promise<WresTargetProgress[]> {
    return this.targetService.progress(ctx, report);
  }
}

@Resolver(() => WresReturn)
export class WresReturnResolver {
  constructor(private readonly wres: WresService) {}

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() wresReturn: WresReturn): Promise<Organisation | null> {
    return this.wres.organisationOf(ctx, wresReturn.organisationId);
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => Boolean, { description: "True for the version in force." })
  current(@Root() wresReturn: WresReturn): boolean {
    return wresReturn.supersededAt === null;
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => WresReport, { description: "The indicators of this version, unsuppressed (a return reaches its owners only)." })
  report(@Root() wresReturn: WresReturn): WresReport {
    return this.wres.reportOfReturn(wresReturn);
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => Boolean, { description: "True when this version splits BME staff by group (Asian, Black, Mixed, Other); the split is in csv." })
  splitByGroup(@Root() wresReturn: WresReturn): boolean {
    return this.wres.splitByGroup(wresReturn);
  }

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => String, { description: "This version as CSV, in the upload format." })
  csv(@Root() wresReturn: WresReturn): string {
    return formatWresReturnCsv(wresReturn.input);
  }
}

@Resolver(() => WresBenchmark)
export class WresBenchmarkResolver {
  constructor(private readonly wres: WresService) {}

  @Allow(...READ)
  @FieldResolver(() => WresGroupBreakdown, {
    nullable: true,
    description:
      "Figures by broad ethnic group over the organisations of this benchmark that split BME staff by group (organisationCount says how many), " +
      "released by the same rules as the benchmark. Null when none did.",
  })
  byGroup(@Ctx() ctx: RequestContext, @Root() benchmark: WresBenchmark): Promise<WresGroupBreakdown | null> {
    return this.wres.groupBenchmark(ctx, benchmark);
  }
}

@Resolver(() => WresTarget)
export class WresTargetResolver {
  constructor(private readonly wres: WresService) {}

  @Allow(...READ_OR_WRITE)
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: RequestContext, @Root() target: WresTarget): Promise<Organisation | null> {
    return this.wres.organisationOf(ctx, target.organisationId);
  }
}
