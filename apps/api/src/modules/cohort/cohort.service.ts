import {
  addDaysToLocalDate,
  canStartWithoutApplications,
  canTransitionCohort,
  COHORT_STATUS_TRANSITIONS,
  CohortStatus,
  cohortStatusLabels,
  curriculumNeedsTrack,
  dayOfWeek,
  DeliveryMode,
  describeEligibility,
  EligibilityRules,
  effectiveCohortStatus,
  fromLondon,
  isOpenForApplications,
  mergeEligibilityRules,
  OrganisationKind,
  ProgrammeStatus,
  Role,
  toLondon,
  trackChangeBlocker,
  formatLondonDateTime,
  UserErrorCode,
} from "@ascent/domain";
import { PREPARED } from "../../db/prepared-statements";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { Connection } from "../../graphql/relay/connection";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId, fromGlobalId, toGlobalId } from "../../graphql/relay/global-id";
import { PageConditions, paginateCompiled } from "../../graphql/relay/compiled-page";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Organisation } from "../organisation";
import { ModuleTemplate, canManageAcademy, canSeeProgramme, cohortVisibility, scopeCohorts, ProgrammeTrack, Programme, normaliseLine, requiredLineProblems } from "../programme";
import { User } from "../user";
import { buildCalendar } from "./calendar";
import { cohortListColumnsFor, listColumnValue, listedValue } from "./cohort-list-columns";
import { CohortFacilitator } from "./cohort-facilitator.entity";
import { CohortSession } from "./cohort-session.entity";
import { Cohort } from "./cohort.entity";
import {
  capacityProblems,
  cohortNameProblems,
  localDateProblems,
  localTimeProblems,
  londonInstant,
  onlineUrlProblems,
  venueProblems,
} from "./cohort.rules";
import {
  AddSessionInput,
  CohortFacilitatorInput,
  CohortFilter,
  CreateCohortInput,
  LondonDateTime,
  ScheduleCohortInput,
  UpdateCohortInput,
  UpdateSessionInput,
} from "./dto/cohort.inputs";
import { CohortStatusPayload, CreateCohortPayload, ScheduleCohortPayload, SessionPayload, UpdateCohortPayload } from "./dto/cohort.payloads";

/** The effective status in SQL, matching effectiveCohortStatus in @ascent/domain. */
const EFFECTIVE_STATUS_SQL = "(CASE WHEN c.status = 'OPEN' AND c.applications_close_at <= :now THEN 'CLOSED' ELSE c.status::text END)";
/** Taking applications now, matching isOpenForApplications in @ascent/domain. */
const OPEN_NOW_SQL = "COALESCE(c.status = 'OPEN' AND c.applications_open_at <= :now AND c.applications_close_at > :now, false)";

/** What a cohort list's query selects: on each cohort, and (null when not asked) on its programme and the programme's academy. */
export interface CohortListSelection {
  fields: ReadonlySet<string>;
  programme?: ReadonlySet<string> | null;
  academy?: ReadonlySet<string> | null;
}

/**
 * The programme and academy columns a list's selection reads, when every
 * field selected on them is a plain column (or the academy, or `id`); null
 * when any is computed by a resolver that may read more (eligibilitySummary,
 * tracks, …): then the list fetches whole entities as before.
 */
function listProjection(ctx: RequestContext, selection: CohortListSelection): { programme: string[]; academy: string[] | null } | null {
  const programme = columnsReadBy(ctx, Programme, selection.programme ?? new Set(), ["id", "academyId", "status"], ["academy"]);
  if (!programme) return null;
  if (!selection.programme?.has("academy")) return { programme, academy: null };
  const academy = columnsReadBy(ctx, Organisation, selection.academy ?? new Set(), ["id"], []);
  return academy ? { programme, academy } : null;
}

/**
 * The cohort columns that Cohort's computed fields read (their resolvers, in
 * this module and the application module). A field missing here and not a
 * column (another feature's field, e.g. mentoringGate) makes the list fetch
 * whole cohorts.
 */
const COHORT_FIELD_READS: Readonly<Record<string, readonly string[]>> = {
  id: ["id"],
  programme: ["programmeId"],
  track: ["trackId"],
  status: ["status", "applicationsCloseAt"],
  openForApplications: ["status", "applicationsOpenAt", "applicationsCloseAt"],
  availableTransitions: ["status", "applicationsOpenAt", "applicationsCloseAt", "startsOn", "endsOn", "capacity", "allocationPolicy"],
  applicationsOpenAtLondon: ["applicationsOpenAt"],
  applicationsCloseAtLondon: ["applicationsCloseAt"],
  sessions: ["id"],
  sessionCount: ["id"],
  facilitators: ["id"],
  placesRemaining: ["id", "capacity"],
  waitlistLength: ["id"],
};

/** The cohort columns a list's selection reads (id and programme always), or null when a selected field may read any. */
function cohortColumnsFor(ctx: RequestContext, selected: ReadonlySet<string>): string[] | null {
  const metadata = ctx.db.connection.getMetadata(Cohort);
  const columns = new Set(["id", "programmeId"]);
  for (const field of selected) {
    if (field === "__typename") continue;
    const reads = COHORT_FIELD_READS[field] ?? (metadata.findColumnWithPropertyName(field) ? [field] : null);
    if (!reads) return null;
    for (const column of reads) columns.add(column);
  }
  return [...columns];
}

/** The entity's column properties behind the selected GraphQL fields, with `always`; null when a field is not a column. */
function columnsReadBy(ctx: RequestContext, entity: Function, fields: ReadonlySet<string>, always: string[], relations: string[]): string[] | null {
  const metadata = ctx.db.connection.getMetadata(entity);
  const columns = new Set(always);
  for (const field of fields) {
    if (field === "__typename" || field === "id" || relations.includes(field)) continue;
    if (!metadata.findColumnWithPropertyName(field)) return null;
    columns.add(field);
  }
  return [...columns];
}

const DEFAULT_START_TIME = "09:00";
const DEFAULT_END_TIME = "16:30";
const DEFAULT_WEEKS_BETWEEN_MODULES = 2;
const MAX_FACILITATORS = 20;

const nullIfBlank = (text: string | null | undefined): string | null => {
  const trimmed = (text ?? "").trim();
  return trimmed === "" ? null : trimmed;
};

const londonDateTime = (instant: Date | null): LondonDateTime | null => (instant ? { ...toLondon(instant), text: formatLondonDateTime(instant) } : null);

/** The next weekday on or after the date. */
function weekdayOnOrAfter(date: string): string {
  let day = date;
  while ([0, 6].includes(dayOfWeek(day))) day = addDaysToLocalDate(day, 1);
  return day;
}

/**
 * Lists put what people work on first: current and upcoming cohorts by start
 * date, then finished ones (ended, completed or cancelled), latest first.
 * One text key, so keyset paging stays exact.
 */
const CURRENT_FIRST_SQL = `CASE WHEN c.status IN ('${CohortStatus.COMPLETED}', '${CohortStatus.CANCELLED}') OR c.ends_on < (now() AT TIME ZONE 'Europe/London')::date
  THEN '1:' || to_char(DATE '9999-12-31' - c.starts_on, 'FM0000000')
  ELSE '0:' || to_char(c.starts_on, 'YYYY-MM-DD') END`;

/** The audit trail's name for each status move, as the mutation that makes it is called. */
const STATUS_OPERATIONS: Record<CohortStatus, string> = {
  [CohortStatus.PLANNED]: "planCohort",
  [CohortStatus.OPEN]: "openCohort",
  [CohortStatus.CLOSED]: "closeCohort",
  [CohortStatus.RUNNING]: "startCohort",
  [CohortStatus.COMPLETED]: "completeCohort",
  [CohortStatus.CANCELLED]: "cancelCohort",
};

export class CohortService {
  /**
   * `selection`: what the query asks of each cohort, so the values its fields
   * read come with the page (cohort-list-columns.ts), and of their programme
   * and academy, so only those columns are fetched (listProjection).
   */
  async list(ctx: RequestContext, args: ConnectionArgs, filter: CohortFilter | null | undefined, selection: CohortListSelection = { fields: new Set() }): Promise<Connection<Cohort>> {
    const selected = selection.fields;
    // Asked for each cohort's programme: it and its academy come with the page (the join is there for scoping anyway).
    const withProgramme = selected.has("programme");
    const projection = withProgramme ? listProjection(ctx, selection) : null;
    // Recorded, not built: the statement is built once per shape (relay/compiled-page.ts) and each request binds its values.
    const where = new PageConditions().setParameter("now", new Date());
    scopeCohorts(ctx, where, "c", "p");
    if (filter?.programmeId) where.andWhere("c.programme_id = :programmeId", { programmeId: expectGlobalId(filter.programmeId, "Programme", "filter.programmeId") });
    if (filter?.trackId) where.andWhere("c.track_id = :trackId", { trackId: expectGlobalId(filter.trackId, "Track", "filter.trackId") });
    if (filter?.status?.length) where.andWhere(`${EFFECTIVE_STATUS_SQL} IN (:...statuses)`, { statuses: filter.status });
    if (filter?.openForApplications === true) where.andWhere(OPEN_NOW_SQL);
    if (filter?.openForApplications === false) where.andWhere(`NOT ${OPEN_NOW_SQL}`);
    const columns = cohortListColumnsFor(selected);
    const programmeShape = !withProgramme ? "-" : projection ? `${projection.programme.join(",")}/${projection.academy?.join(",") ?? "-"}` : "*";
    // Only the cohort columns the selected fields read, when known: dates not shown are not parsed.
    const cohortColumns = cohortColumnsFor(ctx, selected);
    const connection = await paginateCompiled<Cohort>(ctx.db, args, {
      shape: `cohorts|${cohortColumns?.join(",") ?? "*"}|${programmeShape}|${columns.map((column) => column.key).join(",")}`,
      conditions: where,
      build: () => {
        // Prepared: the catalogue and the partner read send the same few shapes of this statement over and over.
        const query = ctx.db.getRepository(Cohort).createQueryBuilder("c").comment(PREPARED);
        if (cohortColumns) query.select(cohortColumns.map((column) => `c.${column}`));
        if (!withProgramme) query.innerJoin(Programme, "p", "p.id = c.programme_id");
        else if (projection) {
          // Only the columns the selected fields read: a list asking for titles doesn't hydrate descriptions and jsonb lists.
          query.innerJoin("c.programme", "p").addSelect(projection.programme.map((column) => `p.${column}`));
          if (projection.academy) query.innerJoin("p.academy", "pa").addSelect(projection.academy.map((column) => `pa.${column}`));
        } else query.innerJoinAndSelect("c.programme", "p").innerJoinAndSelect("p.academy", "pa");
        columns.forEach((column, i) => query.addSelect(column.sql("c"), `extra_${i}`));
        return query;
      },
      entities: withProgramme
        ? [
            { alias: "c", target: Cohort },
            { alias: "p", target: Programme, parent: { alias: "c", property: "programme" } },
            { alias: "pa", target: Organisation, parent: { alias: "p", property: "academy" } },
          ]
        : [{ alias: "c", target: Cohort }],
      sortExpression: CURRENT_FIRST_SQL,
      direction: OrderDirection.ASC,
      onRow: (cohort, raw) => columns.forEach((column, i) => listColumnValue(ctx, cohort, column, raw[`extra_${i}`])),
    });
    // Whole programmes and academies serve the request's other readers too; partial ones stay on their cohorts (listedProgramme).
    if (withProgramme && !projection) {
      for (const { node } of connection.edges) {
        if (!node.programme) continue;
        ctx.loaders.programmeById.prime(node.programme.id, node.programme);
        if (node.programme.academy) ctx.loaders.organisationById.prime(node.programme.academy.id, node.programme.academy);
      }
    }
    return connection;
  }

  /** The cohort's programme for its `programme` field: the one its list fetched (maybe only the selected columns), else loaded. */
  listedProgramme(ctx: RequestContext, cohort: Cohort): Promise<Programme> | Programme {
    return cohort.programme ?? this.programmeOf(ctx, cohort);
  }

  /** Null when it doesn't exist or the viewer may not see it. */
  async findById(ctx: RequestContext, id: string): Promise<Cohort | null> {
    const cohort = await ctx.loaders.cohortById.load(id);
    if (!cohort) return null;
    const visible = await cohortVisibility(ctx);
    return visible(cohort, await ctx.loaders.programmeById.load(cohort.programmeId)) ? cohort : null;
  }

  /** Null when it doesn't exist or its cohort isn't the viewer's to see. */
  async findSessionById(ctx: RequestContext, id: string): Promise<CohortSession | null> {
    const session = await ctx.db.getRepository(CohortSession).findOneBy({ id });
    return session && (await this.findById(ctx, session.cohortId)) ? session : null;
  }

  findByGlobalId(ctx: RequestContext, globalId: string): Promise<Cohort | null> {
    return this.findById(ctx, expectGlobalId(globalId, "Cohort"));
  }

  async programmeOf(ctx: RequestContext, cohort: Cohort): Promise<Programme> {
    const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
    if (!programme) throw new Error(`cohort ${cohort.id} has no programme`);
    return programme;
  }

  async trackOf(ctx: RequestContext, cohort: Cohort): Promise<ProgrammeTrack | null> {
    return cohort.trackId ? ctx.loaders.trackById.load(cohort.trackId) : null;
  }

  status(cohort: Cohort): CohortStatus {
    return effectiveCohortStatus(cohort, new Date());
  }

  openForApplications(cohort: Cohort): boolean {
    return isOpenForApplications(cohort, new Date());
  }

  availableTransitions(cohort: Cohort): CohortStatus[] {
    const from = this.status(cohort);
    return COHORT_STATUS_TRANSITIONS[from].filter((to) => !(from === CohortStatus.PLANNED && to === CohortStatus.RUNNING && !canStartWithoutApplications(cohort, toLondon(new Date()).date)));
  }

  londonTimes(cohort: Cohort) {
    return { opens: londonDateTime(cohort.applicationsOpenAt), closes: londonDateTime(cohort.applicationsCloseAt) };
  }

  sessionsOf(ctx: RequestContext, cohort: Cohort): Promise<CohortSession[]> {
    return ctx.loaders.sessionsByCohortId.load(cohort.id);
  }

  sessionCount(ctx: RequestContext, cohort: Cohort): Promise<number> | number {
    // Listed with its page: answered at once (no promise per cohort), else through the loader.
    return listedValue<number>(cohort, "sessionCount") ?? ctx.loaders.sessionCountByCohortId.load(cohort.id);
  }

  facilitatorsOf(ctx: RequestContext, cohort: Cohort): Promise<CohortFacilitator[]> {
    return ctx.loaders.facilitatorsByCohortId.load(cohort.id);
  }

  async eligibility(ctx: RequestContext, cohort: Cohort): Promise<EligibilityRules> {
    const [programme, track] = await Promise.all([this.programmeOf(ctx, cohort), this.trackOf(ctx, cohort)]);
    return mergeEligibilityRules(programme.eligibility, track?.eligibility);
  }

  async eligibilitySummary(ctx: RequestContext, cohort: Cohort): Promise<string[]> {
    const programme = await this.programmeOf(ctx, cohort);
    const academy = await ctx.loaders.organisationById.load(programme.academyId);
    return describeEligibility(await this.eligibility(ctx, cohort), { academyName: academy?.name });
  }

  async facilitatorName(ctx: RequestContext, facilitator: CohortFacilitator): Promise<string> {
    if (facilitator.organisationId) return (await ctx.loaders.organisationById.load(facilitator.organisationId))?.name ?? "";
    if (facilitator.userId) return (await ctx.loaders.userById.load(facilitator.userId))?.name ?? "";
    return facilitator.name ?? "";
  }

  async calendarIcs(ctx: RequestContext, cohort: Cohort): Promise<string> {
    const [programme, sessions] = await Promise.all([this.programmeOf(ctx, cohort), this.sessionsOf(ctx, cohort)]);
    const facilitators = new Map((await this.facilitatorsOf(ctx, cohort)).map((f) => [f.id, f]));
    const events = [];
    for (const session of sessions) {
      const facilitator = session.facilitatorId ? facilitators.get(session.facilitatorId) : undefined;
      const description = [`${programme.title}: ${cohort.name}`, facilitator ? `Facilitator: ${await this.facilitatorName(ctx, facilitator)}` : null, session.onlineUrl ? `Join online: ${session.onlineUrl}` : null]
        .filter(Boolean)
        .join("\n");
      events.push({
        uid: `${session.id}@ascent`,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        summary: `${session.title} (${programme.title})`,
        location: session.venue ?? session.onlineUrl,
        description,
        url: session.onlineUrl,
      });
    }
    return buildCalendar(`${programme.title}: ${cohort.name}`, events, new Date());
  }

  create(ctx: RequestContext, input: CreateCohortInput): Promise<CreateCohortPayload> {
    return runMutation<CreateCohortPayload>(
      ctx,
      async (tx) => {
        const problems: UserError[] = [];
        const programme = await this.resolveProgramme(tx, input.programmeId, problems);
        const trackId = programme ? await this.resolveTrack(tx, programme, input.trackId, problems) : null;
        const name = normaliseLine(input.name);
        problems.push(...cohortNameProblems(name), ...capacityProblems(input.capacity));
        const cohort = tx.db.getRepository(Cohort).create({
          programmeId: programme?.id,
          trackId,
          name,
          capacity: input.capacity,
          allocationPolicy: input.allocationPolicy,
          startsOn: input.startsOn.trim(),
          endsOn: input.endsOn.trim(),
          status: CohortStatus.PLANNED,
          applicationsOpenAt: input.applicationsOpenAt ? londonInstant("applicationsOpenAt", input.applicationsOpenAt, problems) : null,
          applicationsCloseAt: input.applicationsCloseAt ? londonInstant("applicationsCloseAt", input.applicationsCloseAt, problems) : null,
        });
        this.checkDatesAndWindow(cohort, input.applicationsOpenAt != null, input.applicationsCloseAt != null, problems);
        const facilitators = await this.resolveFacilitators(tx, input.facilitators, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(Cohort).save(cohort);
        await this.saveFacilitators(tx, cohort.id, facilitators);
        await recordAudit(tx, { operation: "createCohort", targetType: "Cohort", targetId: cohort.id, fields: Object.keys(input) });
        return { cohort, userErrors: [] };
      },
      (userErrors) => ({ cohort: null, userErrors }),
    );
  }

  update(ctx: RequestContext, input: UpdateCohortInput): Promise<UpdateCohortPayload> {
    return runMutation<UpdateCohortPayload>(
      ctx,
      async (tx) => {
        const cohort = await this.lockCohort(tx, input.id);
        const problems: UserError[] = [];
        if (input.name !== undefined) problems.push(...cohortNameProblems((cohort.name = normaliseLine(input.name))));
        if (input.capacity !== undefined) {
          if (input.capacity === null) problems.push(userError(["capacity"], UserErrorCode.REQUIRED, "A cohort needs at least 1 place."));
          else problems.push(...capacityProblems((cohort.capacity = input.capacity)));
        }
        if (input.allocationPolicy != null) cohort.allocationPolicy = input.allocationPolicy;
        if (input.startsOn !== undefined) cohort.startsOn = (input.startsOn ?? "").trim();
        if (input.endsOn !== undefined) cohort.endsOn = (input.endsOn ?? "").trim();
        if (input.applicationsOpenAt !== undefined) cohort.applicationsOpenAt = input.applicationsOpenAt ? londonInstant("applicationsOpenAt", input.applicationsOpenAt, problems) : null;
        if (input.applicationsCloseAt !== undefined) cohort.applicationsCloseAt = input.applicationsCloseAt ? londonInstant("applicationsCloseAt", input.applicationsCloseAt, problems) : null;
        this.checkDatesAndWindow(cohort, cohort.applicationsOpenAt !== null || input.applicationsOpenAt != null, cohort.applicationsCloseAt !== null || input.applicationsCloseAt != null, problems);
        if (this.status(cohort) === CohortStatus.OPEN && (cohort.applicationsOpenAt === null || cohort.applicationsCloseAt === null)) {
          problems.push(userError(["applicationsCloseAt"], UserErrorCode.REQUIRED, "An open cohort needs its application window; close the cohort first to clear it."));
        }
        if (problems.length === 0 && (input.startsOn !== undefined || input.endsOn !== undefined)) problems.push(...(await this.sessionsOutsideDates(tx, cohort)));
        if (input.trackId !== undefined) await this.changeTrack(tx, cohort, input.trackId, problems);
        const facilitators = input.facilitators !== undefined ? await this.resolveFacilitators(tx, input.facilitators, problems) : undefined;
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(Cohort).save(cohort);
        if (facilitators !== undefined) {
          await tx.db.getRepository(CohortFacilitator).delete({ cohortId: cohort.id });
          await this.saveFacilitators(tx, cohort.id, facilitators);
        }
        await recordAudit(tx, { operation: "updateCohort", targetType: "Cohort", targetId: cohort.id, fields: Object.keys(input).filter((key) => key !== "id") });
        return { cohort, userErrors: [] };
      },
      (userErrors) => ({ cohort: null, userErrors }),
    );
  }

  /** Moves a cohort to another status when the move is allowed from its effective status and its conditions hold. */
  changeStatus(ctx: RequestContext, globalId: string, to: CohortStatus): Promise<CohortStatusPayload> {
    return runMutation<CohortStatusPayload>(
      ctx,
      async (tx) => {
        const cohort = await this.lockCohort(tx, globalId);
        const now = new Date();
        const from = effectiveCohortStatus(cohort, now);
        if (!canTransitionCohort(from, to)) {
          throw new UserInputProblems([
            userError(["id"], UserErrorCode.INVALID_TRANSITION, `A cohort that is ${cohortStatusLabels[from].toLowerCase()} can't become ${cohortStatusLabels[to].toLowerCase()}.`),
          ]);
        }
        if (from === CohortStatus.PLANNED && to === CohortStatus.RUNNING && !canStartWithoutApplications(cohort, toLondon(now).date)) {
          throw new UserInputProblems([
            userError(["id"], UserErrorCode.INVALID_TRANSITION, `This cohort starts on ${cohort.startsOn}: open it for applications, or start it on its first day.`),
          ]);
        }
        if (to === CohortStatus.OPEN) {
          // The share lock createCohort takes too: archiving (which locks the programme for update) can't slip in between.
          const programme = await tx.db.getRepository(Programme).findOneOrFail({ where: { id: cohort.programmeId }, lock: { mode: "pessimistic_read" } });
          const problems: UserError[] = [];
          if (programme.status !== ProgrammeStatus.PUBLISHED) problems.push(userError(["id"], UserErrorCode.INVALID_TRANSITION, "Publish the programme before opening its cohorts."));
          if (cohort.applicationsOpenAt === null || cohort.applicationsCloseAt === null) {
            problems.push(userError(["applicationsCloseAt"], UserErrorCode.REQUIRED, "Set the application window before opening the cohort."));
          } else if (cohort.applicationsCloseAt.getTime() <= now.getTime()) {
            problems.push(userError(["applicationsCloseAt"], UserErrorCode.INVALID, "The application window has already closed; move its closing time first."));
          }
          // Applicants choose a cohort by its dates: one with no sessions has nothing to show them.
          if ((await tx.db.getRepository(CohortSession).countBy({ cohortId: cohort.id })) === 0) {
            problems.push(userError(["id"], UserErrorCode.INVALID, "Add the cohort's sessions before opening it: generate them from the curriculum or add them one by one."));
          }
          if (problems.length > 0) throw new UserInputProblems(problems);
        }
        cohort.status = to;
        await tx.db.getRepository(Cohort).save(cohort);
        await recordAudit(tx, { operation: STATUS_OPERATIONS[to], targetType: "Cohort", targetId: cohort.id, fields: ["status"] });
        return { cohort, userErrors: [] };
      },
      (userErrors) => ({ cohort: null, userErrors }),
    );
  }

  schedule(ctx: RequestContext, input: ScheduleCohortInput): Promise<ScheduleCohortPayload> {
    return runMutation<ScheduleCohortPayload>(
      ctx,
      async (tx) => {
        const cohort = await this.lockCohort(tx, input.cohortId, "cohortId");
        const problems: UserError[] = [];
        const status = this.status(cohort);
        if (status === CohortStatus.COMPLETED || status === CohortStatus.CANCELLED) {
          throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID_TRANSITION, `A ${cohortStatusLabels[status].toLowerCase()} cohort can't be scheduled.`)]);
        }
        const startTime = input.startTime?.trim() || DEFAULT_START_TIME;
        const endTime = input.endTime?.trim() || DEFAULT_END_TIME;
        const firstDate = input.firstDate?.trim() || cohort.startsOn;
        const weeks = input.weeksBetweenModules ?? DEFAULT_WEEKS_BETWEEN_MODULES;
        const venue = nullIfBlank(input.venue);
        const onlineUrl = nullIfBlank(input.onlineUrl);
        problems.push(...localDateProblems(["firstDate"], firstDate, "the first date"), ...localTimeProblems(["startTime"], startTime), ...localTimeProblems(["endTime"], endTime));
        if (problems.length === 0 && endTime <= startTime) problems.push(userError(["endTime"], UserErrorCode.INVALID, "Sessions must end after they start."));
        if (!Number.isInteger(weeks) || weeks < 0 || weeks > 52) problems.push(userError(["weeksBetweenModules"], UserErrorCode.INVALID, "Weeks between modules must be 0 to 52."));
        problems.push(...venueProblems(["venue"], venue), ...onlineUrlProblems(["onlineUrl"], onlineUrl));
        const existing = await tx.db.getRepository(CohortSession).countBy({ cohortId: cohort.id });
        if (existing > 0 && input.replaceExisting !== true) {
          problems.push(userError(["replaceExisting"], UserErrorCode.INVALID, `The cohort already has ${existing} sessions; pass replaceExisting: true to replace them.`));
        }
        const templates = (await tx.db.getRepository(ModuleTemplate).find({ where: { programmeId: cohort.programmeId }, order: { position: "ASC", id: "ASC" } }))
          .filter((t) => t.lengthDays > 0 && (t.trackId === null || t.trackId === cohort.trackId))
          .sort((a, b) => Number(a.trackId !== null) - Number(b.trackId !== null) || a.position - b.position);
        if (templates.length === 0) problems.push(userError(["cohortId"], UserErrorCode.INVALID, "The curriculum has no scheduled modules to generate sessions from."));
        if (problems.length > 0) throw new UserInputProblems(problems);
        if (firstDate < cohort.startsOn) throw new UserInputProblems([userError(["firstDate"], UserErrorCode.INVALID, `The first session can't be before the cohort starts on ${cohort.startsOn}.`)]);

        const repository = tx.db.getRepository(CohortSession);
        const sessions: CohortSession[] = [];
        let moduleStart = weekdayOnOrAfter(firstDate);
        for (const template of templates) {
          let day = moduleStart;
          for (let dayNumber = 1; dayNumber <= template.lengthDays; dayNumber += 1) {
            if (dayNumber > 1) day = weekdayOnOrAfter(addDaysToLocalDate(day, 1));
            const online = template.deliveryMode === DeliveryMode.ONLINE;
            sessions.push(
              repository.create({
                cohortId: cohort.id,
                moduleTemplateId: template.id,
                facilitatorId: null,
                title: template.lengthDays > 1 ? `${template.title}, day ${dayNumber} of ${template.lengthDays}` : template.title,
                kind: template.kind,
                dayNumber,
                startsAt: fromLondon({ date: day, time: startTime }) ?? undefined,
                endsAt: fromLondon({ date: day, time: endTime }) ?? undefined,
                venue: online ? null : venue,
                onlineUrl: online ? onlineUrl : null,
              }),
            );
            if (!sessions.at(-1)?.startsAt || !sessions.at(-1)?.endsAt) {
              throw new UserInputProblems([userError(["startTime"], UserErrorCode.INVALID, `${startTime}-${endTime} doesn't happen on ${day} in London (the clocks change).`)]);
            }
          }
          moduleStart = weekdayOnOrAfter(addDaysToLocalDate(moduleStart, weeks * 7));
          if (moduleStart <= day) moduleStart = weekdayOnOrAfter(addDaysToLocalDate(day, 1));
        }
        const lastDay = toLondon(sessions.at(-1)?.startsAt as Date).date;
        if (lastDay > cohort.endsOn) {
          throw new UserInputProblems([
            userError(["weeksBetweenModules"], UserErrorCode.INVALID, `The sessions would run until ${lastDay}, after the cohort ends on ${cohort.endsOn}; bring them closer together or move the end date.`),
          ]);
        }
        await repository.delete({ cohortId: cohort.id });
        await repository.save(sessions);
        // Sessions are part of their cohort's schedule: their changes show in the cohort's trail.
        await recordAudit(tx, { operation: "scheduleCohort", targetType: "Cohort", targetId: cohort.id, fields: ["sessions"] });
        return { cohort, sessions, userErrors: [] };
      },
      (userErrors) => ({ cohort: null, sessions: [], userErrors }),
    );
  }

  addSession(ctx: RequestContext, input: AddSessionInput): Promise<SessionPayload> {
    return runMutation<SessionPayload>(
      ctx,
      async (tx) => {
        const cohort = await this.lockCohort(tx, input.cohortId, "cohortId");
        const session = tx.db.getRepository(CohortSession).create({ cohortId: cohort.id, moduleTemplateId: null, dayNumber: 1, kind: input.kind });
        const problems: UserError[] = [];
        const { cohortId: _cohortId, ...changes } = input;
        await this.applySessionChanges(tx, cohort, session, changes, { date: "", startTime: "", endTime: "" }, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(CohortSession).save(session);
        await recordAudit(tx, { operation: "addSession", targetType: "Cohort", targetId: cohort.id, fields: Object.keys(changes) });
        return { session, userErrors: [] };
      },
      (userErrors) => ({ session: null, userErrors }),
    );
  }

  updateSession(ctx: RequestContext, input: UpdateSessionInput): Promise<SessionPayload> {
    return runMutation<SessionPayload>(
      ctx,
      async (tx) => {
        const { cohort, session } = await this.lockSessionAndCohort(tx, input.id);
        const current = { date: toLondon(session.startsAt).date, startTime: toLondon(session.startsAt).time, endTime: toLondon(session.endsAt).time };
        const problems: UserError[] = [];
        await this.applySessionChanges(tx, cohort, session, input, current, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(CohortSession).save(session);
        await recordAudit(tx, { operation: "updateSession", targetType: "Cohort", targetId: cohort.id, fields: Object.keys(input).filter((key) => key !== "id") });
        return { session, userErrors: [] };
      },
      (userErrors) => ({ session: null, userErrors }),
    );
  }

  deleteSession(ctx: RequestContext, globalId: string): Promise<SessionPayload> {
    return runMutation<SessionPayload>(
      ctx,
      async (tx) => {
        const { cohort, session } = await this.lockSessionAndCohort(tx, globalId);
        await tx.db.getRepository(CohortSession).delete({ id: session.id });
        await recordAudit(tx, { operation: "deleteSession", targetType: "Cohort", targetId: cohort.id, fields: ["sessions"] });
        return { session, userErrors: [] };
      },
      (userErrors) => ({ session: null, userErrors }),
    );
  }

  /** Applies edits to a session, checking every field and keeping it inside the cohort's dates. */
  private async applySessionChanges(
    tx: RequestContext,
    cohort: Cohort,
    session: CohortSession,
    input: Partial<Omit<UpdateSessionInput, "id">>,
    current: { date: string; startTime: string; endTime: string },
    problems: UserError[],
  ) {
    if (input.title !== undefined) {
      session.title = normaliseLine(input.title);
      problems.push(...requiredLineProblems(["title"], session.title, 200, "the session's title"));
    }
    if (input.kind != null) session.kind = input.kind;
    if (input.venue !== undefined) problems.push(...venueProblems(["venue"], (session.venue = nullIfBlank(input.venue))));
    if (input.onlineUrl !== undefined) problems.push(...onlineUrlProblems(["onlineUrl"], (session.onlineUrl = nullIfBlank(input.onlineUrl))));
    if (input.facilitatorId !== undefined) {
      session.facilitatorId = null;
      if (input.facilitatorId) {
        const decoded = fromGlobalId(input.facilitatorId);
        const facilitator = decoded?.typeName === "CohortFacilitator" ? await tx.db.getRepository(CohortFacilitator).findOneBy({ id: decoded.id }) : null;
        if (!facilitator || facilitator.cohortId !== cohort.id) problems.push(userError(["facilitatorId"], UserErrorCode.NOT_FOUND, "Choose one of the cohort's facilitators."));
        else session.facilitatorId = facilitator.id;
      }
    }
    const date = input.date != null ? input.date.trim() : current.date;
    const startTime = input.startTime != null ? input.startTime.trim() : current.startTime;
    const endTime = input.endTime != null ? input.endTime.trim() : current.endTime;
    const before = problems.length;
    problems.push(...localDateProblems(["date"], date, "the date"), ...localTimeProblems(["startTime"], startTime), ...localTimeProblems(["endTime"], endTime));
    if (problems.length > before) return;
    if (date < cohort.startsOn || date > cohort.endsOn) {
      problems.push(userError(["date"], UserErrorCode.INVALID, `The session must fall within the cohort's dates, ${cohort.startsOn} to ${cohort.endsOn}.`));
    }
    if (endTime <= startTime) problems.push(userError(["endTime"], UserErrorCode.INVALID, "The session must end after it starts."));
    const startsAt = fromLondon({ date, time: startTime });
    const endsAt = fromLondon({ date, time: endTime });
    if (!startsAt) problems.push(userError(["startTime"], UserErrorCode.INVALID, `${startTime} doesn't happen on ${date} in London: the clocks go forward that night.`));
    if (!endsAt) problems.push(userError(["endTime"], UserErrorCode.INVALID, `${endTime} doesn't happen on ${date} in London: the clocks go forward that night.`));
    if (startsAt) session.startsAt = startsAt;
    if (endsAt) session.endsAt = endsAt;
  }

  /** Dates valid, start before end; the window both-or-neither, opening before closing, closing before the cohort starts. */
  private checkDatesAndWindow(cohort: Cohort, openGiven: boolean, closeGiven: boolean, problems: UserError[]) {
    const datesOk = [...localDateProblems(["startsOn"], cohort.startsOn, "the start date"), ...localDateProblems(["endsOn"], cohort.endsOn, "the end date")];
    problems.push(...datesOk);
    if (datesOk.length === 0 && cohort.endsOn < cohort.startsOn) problems.push(userError(["endsOn"], UserErrorCode.INVALID, "The cohort must end on or after the day it starts."));
    if (openGiven !== closeGiven) {
      problems.push(userError([openGiven ? "applicationsCloseAt" : "applicationsOpenAt"], UserErrorCode.REQUIRED, "Give both the opening and the closing time of the application window, or neither."));
      return;
    }
    const { applicationsOpenAt: opens, applicationsCloseAt: closes } = cohort;
    if (!opens || !closes) return;
    if (closes.getTime() <= opens.getTime()) {
      problems.push(userError(["applicationsCloseAt"], UserErrorCode.INVALID, "Applications must close after they open."));
      return;
    }
    const startOfCohort = datesOk.length === 0 ? fromLondon({ date: cohort.startsOn, time: "00:00" }) : null;
    if (startOfCohort && closes.getTime() > startOfCohort.getTime()) {
      problems.push(userError(["applicationsCloseAt"], UserErrorCode.INVALID, `Applications must close before the cohort starts on ${cohort.startsOn}.`));
    }
  }

  private async sessionsOutsideDates(tx: RequestContext, cohort: Cohort): Promise<UserError[]> {
    const sessions = await tx.db.getRepository(CohortSession).findBy({ cohortId: cohort.id });
    const outside = sessions.filter((s) => {
      const date = toLondon(s.startsAt).date;
      return date < cohort.startsOn || date > cohort.endsOn;
    });
    if (outside.length === 0) return [];
    const field = outside.some((s) => toLondon(s.startsAt).date < cohort.startsOn) ? "startsOn" : "endsOn";
    return [userError([field], UserErrorCode.INVALID, `${outside.length} scheduled session(s) would fall outside the cohort's new dates; move them first.`)];
  }

  private async resolveProgramme(tx: RequestContext, globalId: string, problems: UserError[]): Promise<Programme | null> {
    const decoded = fromGlobalId(globalId);
    const programme = decoded?.typeName === "Programme" ? await tx.db.getRepository(Programme).findOne({ where: { id: decoded.id }, lock: { mode: "pessimistic_read" } }) : null;
    if (!programme) {
      problems.push(userError(["programmeId"], UserErrorCode.NOT_FOUND, "The programme doesn't exist."));
      return null;
    }
    if (!canManageAcademy(tx, programme.academyId)) {
      // Refusals never reveal what the caller can't see: another academy's draft is absent, its published programme forbidden.
      if (canSeeProgramme(tx, programme)) throw forbidden();
      problems.push(userError(["programmeId"], UserErrorCode.NOT_FOUND, "The programme doesn't exist."));
      return null;
    }
    if (programme.status === ProgrammeStatus.ARCHIVED) {
      problems.push(userError(["programmeId"], UserErrorCode.INVALID, "The programme is archived; return it to draft before adding cohorts."));
    }
    return programme;
  }

  /** Moves the cohort to another track (or none) while nothing depends on the one it has. */
  private async changeTrack(tx: RequestContext, cohort: Cohort, globalId: string | null, problems: UserError[]): Promise<void> {
    const programme = await tx.db.getRepository(Programme).findOneByOrFail({ id: cohort.programmeId });
    const trackId = await this.resolveTrack(tx, programme, globalId, problems);
    if (trackId === cohort.trackId || problems.some((problem) => problem.field?.[0] === "trackId")) return;
    const sessionCount = await tx.db.getRepository(CohortSession).countBy({ cohortId: cohort.id });
    const blocker = trackChangeBlocker({ status: this.status(cohort), sessionCount });
    if (blocker) problems.push(userError(["trackId"], UserErrorCode.INVALID, blocker));
    else cohort.trackId = trackId;
  }

  private async resolveTrack(tx: RequestContext, programme: Programme, globalId: string | null | undefined, problems: UserError[]): Promise<string | null> {
    if (!globalId) {
      const modules = await tx.db.getRepository(ModuleTemplate).find({ where: { programmeId: programme.id }, select: { trackId: true } });
      if (curriculumNeedsTrack(modules)) {
        problems.push(userError(["trackId"], UserErrorCode.REQUIRED, "This programme's curriculum is in tracks: choose the track this cohort follows."));
      }
      return null;
    }
    const decoded = fromGlobalId(globalId);
    const track = decoded?.typeName === "Track" ? await tx.db.getRepository(ProgrammeTrack).findOneBy({ id: decoded.id }) : null;
    if (!track || track.programmeId !== programme.id) {
      problems.push(userError(["trackId"], UserErrorCode.NOT_FOUND, "Choose one of the programme's tracks."));
      return null;
    }
    return track.id;
  }

  private async resolveFacilitators(tx: RequestContext, inputs: CohortFacilitatorInput[] | null | undefined, problems: UserError[]) {
    const list = inputs ?? [];
    if (list.length > MAX_FACILITATORS) problems.push(userError(["facilitators"], UserErrorCode.INVALID, `A cohort can have at most ${MAX_FACILITATORS} facilitators.`));
    const resolved: Array<Pick<CohortFacilitator, "userId" | "organisationId" | "name" | "role">> = [];
    for (const [index, input] of list.entries()) {
      const at = ["facilitators", String(index)];
      const name = nullIfBlank(input.name);
      const role = nullIfBlank(input.role);
      const given = [input.userId, input.organisationId, name].filter((v) => v != null && v !== "").length;
      if (given !== 1) {
        problems.push(userError(at, UserErrorCode.INVALID, "Give exactly one of userId, organisationId or name."));
        continue;
      }
      if (role !== null && role.length > 200) problems.push(userError([...at, "role"], UserErrorCode.TOO_LONG, "The role can be at most 200 characters."));
      if (name !== null) {
        if (name.length > 200) problems.push(userError([...at, "name"], UserErrorCode.TOO_LONG, "The name can be at most 200 characters."));
        resolved.push({ userId: null, organisationId: null, name, role });
      } else if (input.userId) {
        const decoded = fromGlobalId(input.userId);
        const user = decoded?.typeName === "User" ? await tx.db.getRepository(User).findOneBy({ id: decoded.id }) : null;
        if (!user) problems.push(userError([...at, "userId"], UserErrorCode.NOT_FOUND, "That user doesn't exist."));
        else if (user.role !== Role.FACILITATOR) problems.push(userError([...at, "userId"], UserErrorCode.INVALID, `${user.name} is not a facilitator.`));
        else resolved.push({ userId: user.id, organisationId: null, name: null, role });
      } else if (input.organisationId) {
        const decoded = fromGlobalId(input.organisationId);
        const organisation = decoded?.typeName === "Organisation" ? await tx.db.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
        if (!organisation) problems.push(userError([...at, "organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist."));
        else if (organisation.kind !== OrganisationKind.FACILITATION_PROVIDER && organisation.kind !== OrganisationKind.ACADEMY) {
          problems.push(userError([...at, "organisationId"], UserErrorCode.INVALID, `${organisation.name} is not a facilitation provider or academy.`));
        } else resolved.push({ userId: null, organisationId: organisation.id, name: null, role });
      }
    }
    return resolved;
  }

  private async saveFacilitators(tx: RequestContext, cohortId: string, facilitators: Array<Pick<CohortFacilitator, "userId" | "organisationId" | "name" | "role">>) {
    if (facilitators.length === 0) return;
    const repository = tx.db.getRepository(CohortFacilitator);
    await repository.save(facilitators.map((f, position) => repository.create({ ...f, cohortId, position })));
  }

  private async lockCohort(tx: RequestContext, globalId: string, argumentName = "id"): Promise<Cohort> {
    const id = expectGlobalId(globalId, "Cohort", argumentName);
    const cohort = await tx.db.getRepository(Cohort).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!cohort) throw notFound("That cohort");
    const programme = await tx.db.getRepository(Programme).findOneByOrFail({ id: cohort.programmeId });
    if (canManageAcademy(tx, programme.academyId)) return cohort;
    // Refusals never reveal what the caller can't see: an invisible cohort is absent, a visible one forbidden.
    const canSee = await cohortVisibility(tx);
    throw canSee(cohort, programme) ? forbidden() : notFound("That cohort");
  }

  /** Locks the cohort, then the session (the order every cohort mutation locks in). */
  private async lockSessionAndCohort(tx: RequestContext, globalId: string): Promise<{ cohort: Cohort; session: CohortSession }> {
    const id = expectGlobalId(globalId, "Session");
    const found = await tx.db.getRepository(CohortSession).findOneBy({ id });
    if (!found) throw notFound("That session");
    const cohort = await this.lockCohort(tx, toGlobalId("Cohort", found.cohortId));
    const session = await tx.db.getRepository(CohortSession).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!session) throw notFound("That session");
    return { cohort, session };
  }
}

