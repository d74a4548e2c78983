import { CareerOutcomeSource, toLondon, UserErrorCode } from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { ErrorCode, forbidden, notFound } from "../../graphql/errors";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import type { Connection } from "../../graphql/relay/connection";
import { type ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { Application, LinkPurpose, type LinkSigner } from "../application";
import { recordAudit } from "../audit";
import { Cohort } from "../cohort";
import { cohortVisibility, Programme } from "../programme";
import { CareerOutcome } from "./career-outcome.entity";
import { outcomeInputProblems } from "./career-outcome.rules";
import type {
  CareerFollowUp,
  CareerOutcomeFields,
  CareerOutcomeFilter,
  FollowUpOutcome,
  OutcomePerson,
  RecordCareerOutcomeInput,
  RecordCareerOutcomePayload,
  ReportCareerOutcomeInput,
  ReportCareerOutcomePayload,
} from "./dto/career-outcome.dto";
import { outcomeScope, seesPersonOutcomes } from "./outcome-access";
import { type OutcomePersonRow, outcomePeople } from "./outcome-people";

const linkError = (problem: "INVALID" | "EXPIRED") =>
  new GraphQLError(
    problem === "EXPIRED"
      ? "This link has expired. Use the most recent follow-up email, or ask the academy for a new link."
      : "This link is not valid. Check that you copied all of it from the email.",
    { extensions: { code: ErrorCode.BAD_USER_INPUT, link: problem } },
  );

const notFollowed = () =>
  new UserInputProblems([
    userError(["applicationId"], UserErrorCode.INVALID, "Career outcomes are recorded for participants, and for applicants who were waitlisted, never placed, and agreed to be followed up."),
  ]);

const alreadyRecorded = () => new UserInputProblems([userError(["kind"], UserErrorCode.TAKEN, "This outcome is already recorded for this person, with the same date.")]);

const toFollowUpOutcome = (outcome: CareerOutcome): FollowUpOutcome => ({ kind: outcome.kind, effectiveOn: outcome.effectiveOn, bandBefore: outcome.bandBefore, bandAfter: outcome.bandAfter });

/**
 * Career outcomes: recorded by academy staff, by a partner trust for its own
 * staff, or by the person from their follow-up link; read by the same
 * people, each within their scope (outcome-access.ts).
 */
export class CareerOutcomeService {
  constructor(private readonly links: LinkSigner) {}

  list(ctx: RequestContext, args: ConnectionArgs, filter: CareerOutcomeFilter | null | undefined): Promise<Connection<CareerOutcome>> {
    const query = ctx.db
      .getRepository(CareerOutcome)
      .createQueryBuilder("o")
      .innerJoin(Application, "a", "a.id = o.application_id")
      .innerJoin(Cohort, "c", "c.id = a.cohort_id")
      .innerJoin(Programme, "p", "p.id = c.programme_id");
    const scope = outcomeScope(ctx);
    if (scope.kind === "none") throw forbidden();
    if (scope.kind === "academy") query.andWhere("p.academy_id = :academyId", { academyId: scope.academyId });
    if (scope.kind === "organisation") {
      const asked = filter?.organisationId ? expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") : scope.organisationId;
      if (asked !== scope.organisationId) throw new GraphQLError("A partner token reads its own organisation's career outcomes only.", { extensions: { code: ErrorCode.FORBIDDEN } });
      query.andWhere("a.organisation_id = :own", { own: scope.organisationId });
    } else if (filter?.organisationId) {
      query.andWhere("a.organisation_id = :organisationId", { organisationId: expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
    }
    if (filter?.programmeId) query.andWhere("c.programme_id = :programmeId", { programmeId: expectGlobalId(filter.programmeId, "Programme", "filter.programmeId") });
    if (filter?.cohortId) query.andWhere("a.cohort_id = :cohortId", { cohortId: expectGlobalId(filter.cohortId, "Cohort", "filter.cohortId") });
    if (filter?.kind?.length) query.andWhere("o.kind IN (:...kinds)", { kinds: filter.kind });
    if (filter?.group) query.andWhere("o.group = :group", { group: filter.group });
    return paginate(query, args, { sortExpression: "to_char(o.effective_on, 'YYYY-MM-DD')", direction: OrderDirection.DESC });
  }

  async findVisible(ctx: RequestContext, id: string): Promise<CareerOutcome | null> {
    const outcome = await ctx.db.getRepository(CareerOutcome).findOneBy({ id });
    const application = outcome ? await ctx.loaders.applicationById.load(outcome.applicationId) : null;
    return outcome && application && (await seesPersonOutcomes(ctx, application)) ? outcome : null;
  }

  /** A cohort's participants and comparison group with their outcomes, for the staff screen (a partner: its own staff). */
  async cohortPeople(ctx: RequestContext, cohortId: string): Promise<OutcomePerson[]> {
    const cohort = await ctx.loaders.cohortById.load(expectGlobalId(cohortId, "Cohort", "cohortId"));
    const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
    const scope = outcomeScope(ctx);
    if (!cohort || !programme || scope.kind === "none") throw notFound("That cohort");
    if (scope.kind === "academy" && programme.academyId !== scope.academyId) throw notFound("That cohort");
    if (scope.kind === "organisation" && !(await cohortVisibility(ctx))(cohort, programme)) throw notFound("That cohort");
    const rows = (await outcomePeople(ctx.db, { cohortIds: [cohort.id] })).filter((row) => scope.kind !== "organisation" || row.organisationId === scope.organisationId);
    const outcomes = await ctx.db.getRepository(CareerOutcome).createQueryBuilder("o").where("o.application_id = ANY(:ids)", { ids: rows.map((row) => row.applicationId) }).orderBy("o.effective_on", "ASC").getMany();
    const applications = await Promise.all(rows.map((row) => ctx.loaders.applicationById.load(row.applicationId)));
    return rows
      .map((row, index) => ({
        application: applications[index] as Application,
        group: row.group,
        completedOn: row.completedOn,
        outcomes: outcomes.filter((outcome) => outcome.applicationId === row.applicationId),
      }))
      .sort((a, b) => a.group.localeCompare(b.group) * -1 || (a.application.applicantName ?? "").localeCompare(b.application.applicantName ?? ""));
  }

  record(ctx: RequestContext, input: RecordCareerOutcomeInput): Promise<RecordCareerOutcomePayload> {
    return runMutation<RecordCareerOutcomePayload>(
      ctx,
      async (tx) => {
        const application = await tx.loaders.applicationById.load(expectGlobalId(input.applicationId, "Application", "applicationId"));
        if (!application || !(await seesPersonOutcomes(tx, application))) throw notFound("That person");
        const [person] = await outcomePeople(tx.db, { applicationId: application.id });
        if (!person) throw notFollowed();
        const source = tx.viewer.kind === "partner" ? CareerOutcomeSource.PARTNER : CareerOutcomeSource.STAFF;
        const careerOutcome = await this.insert(tx, person, input, application.receivedAt, source);
        return { careerOutcome, userErrors: [] };
      },
      (userErrors) => ({ careerOutcome: null, userErrors }),
    );
  }

  async followUp(ctx: RequestContext, token: string): Promise<CareerFollowUp> {
    const { application, person } = await this.fromLink(ctx, token);
    const cohort = (await ctx.loaders.cohortById.load(application.cohortId)) as Cohort;
    const programme = (await ctx.loaders.programmeById.load(cohort.programmeId)) as Programme;
    return {
      name: application.applicantName,
      programmeTitle: programme.title,
      cohortName: cohort.name,
      group: person.group,
      bandWhenApplied: application.band,
      appliedOn: toLondon(application.receivedAt).date,
      outcomes: await this.ownOutcomes(ctx, application.id),
    };
  }

  report(ctx: RequestContext, input: ReportCareerOutcomeInput): Promise<ReportCareerOutcomePayload> {
    return runMutation<ReportCareerOutcomePayload>(
      ctx,
      async (tx) => {
        const { application, person } = await this.fromLink(tx, input.token);
        await this.insert(tx, person, input, application.receivedAt, CareerOutcomeSource.SELF_REPORTED);
        return { recorded: true, outcomes: await this.ownOutcomes(tx, application.id), userErrors: [] };
      },
      (userErrors) => ({ recorded: false, outcomes: [], userErrors }),
    );
  }

  /** Every outcome the caller may see, as a CSV file: no monitoring data, ever. */
  async csv(ctx: RequestContext, filter: CareerOutcomeFilter | null | undefined): Promise<string> {
    const header = ["Reference", "Name", "Employer", "Programme", "Cohort", "Group", "Outcome", "Effective on", "Band before", "Band after", "Recorded by", "Recorded at"];
    const lines = [header];
    let after: string | null = null;
    for (;;) {
      const page: Connection<CareerOutcome> = await this.list(ctx, { first: 100, after }, filter);
      // All rows of a page at once, so the loaders batch them into a query per kind of row.
      lines.push(...(await Promise.all(page.edges.map(({ node }) => this.csvRow(ctx, node)))));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
  }

  private async csvRow(ctx: RequestContext, outcome: CareerOutcome): Promise<string[]> {
    const application = (await ctx.loaders.applicationById.load(outcome.applicationId)) as Application;
    const cohort = (await ctx.loaders.cohortById.load(application.cohortId)) as Cohort;
    const programme = (await ctx.loaders.programmeById.load(cohort.programmeId)) as Programme;
    const employer = application.organisationId ? ((await ctx.loaders.organisationById.load(application.organisationId))?.name ?? "") : (application.organisationName ?? "");
    return [
      application.reference,
      application.applicantName ?? "(erased)",
      employer,
      programme.title,
      cohort.name,
      outcome.group,
      outcome.kind,
      outcome.effectiveOn,
      outcome.bandBefore ?? "",
      outcome.bandAfter ?? "",
      outcome.source,
      outcome.recordedAt.toISOString(),
    ];
  }

  private async insert(tx: RequestContext, person: OutcomePersonRow, input: CareerOutcomeFields, appliedAt: Date, source: CareerOutcomeSource): Promise<CareerOutcome> {
    const problems = outcomeInputProblems(input, appliedAt);
    if (problems.length > 0) throw new UserInputProblems(problems);
    const repository = tx.db.getRepository(CareerOutcome);
    const fields = { applicationId: person.applicationId, kind: input.kind, effectiveOn: input.effectiveOn.trim() };
    if (await repository.existsBy(fields)) throw alreadyRecorded();
    try {
      const saved = await repository.save(
        repository.create({
          ...fields,
          group: person.group,
          bandBefore: input.bandBefore ?? null,
          bandAfter: input.bandAfter ?? null,
          source,
          recordedByUserId: tx.viewer.kind === "user" ? tx.viewer.user.id : null,
          recordedByTokenId: tx.viewer.kind === "partner" ? tx.viewer.tokenId : null,
        }),
      );
      await recordAudit(tx, { operation: source === CareerOutcomeSource.SELF_REPORTED ? "reportCareerOutcome" : "recordCareerOutcome", targetType: "CareerOutcome", targetId: saved.id, fields: ["kind", "effectiveOn", "bandBefore", "bandAfter"] });
      return saved;
    } catch (error) {
      if (isUniqueViolation(error, "career_outcome_application_kind_date_key")) throw alreadyRecorded();
      throw error;
    }
  }

  private async fromLink(ctx: RequestContext, token: string): Promise<{ application: Application; person: OutcomePersonRow }> {
    const check = this.links.verify(token, LinkPurpose.FOLLOW_UP);
    if (!check.ok) throw linkError(check.problem);
    const application = await ctx.loaders.applicationById.load(check.claims.applicationId);
    if (!application || application.linkVersion !== check.claims.version || application.erasedAt) throw linkError("INVALID");
    const [person] = await outcomePeople(ctx.db, { applicationId: application.id });
    // Withdrawn from the programme (or no longer in the comparison group) since the email: the link no longer applies.
    if (!person) throw linkError("INVALID");
    return { application, person };
  }

  private async ownOutcomes(ctx: RequestContext, applicationId: string): Promise<FollowUpOutcome[]> {
    const outcomes = await ctx.db.getRepository(CareerOutcome).find({ where: { applicationId }, order: { effectiveOn: "ASC" } });
    return outcomes.map(toFollowUpOutcome);
  }
}

/** A CSV cell, quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
