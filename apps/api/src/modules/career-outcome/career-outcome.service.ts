import { type AfcBand, CareerOutcomeSource, toLondon, UserErrorCode } from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { ErrorCode, forbidden, notFound } from "../../graphql/errors";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import type { Connection } from "../../graphql/relay/connection";
import { type ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { Application, LinkPurpose, type LinkSigner, Participant, participantDetails } from "../application";
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
import { OUTCOMES_OF_PEOPLE_SQL, type OutcomePersonRow, outcomePeople, personKey, personOfOutcome } from "./outcome-people";

const linkError = (problem: "INVALID" | "EXPIRED") =>
  new GraphQLError(
    problem === "EXPIRED"
      ? "This link has expired. Use the most recent follow-up email, or ask the academy for a new link."
      : "This link is not valid. Check that you copied all of it from the email.",
    { extensions: { code: ErrorCode.BAD_USER_INPUT, link: problem } },
  );

const notFollowed = (field: "applicationId" | "participantId" = "applicationId") =>
  new UserInputProblems([
    userError([field], UserErrorCode.INVALID, "Career outcomes are recorded for participants, and for applicants who were waitlisted, never placed, and agreed to be followed up."),
  ]);

const onePerson = (neither: boolean) =>
  new UserInputProblems([
    userError(
      ["participantId"],
      neither ? UserErrorCode.REQUIRED : UserErrorCode.INVALID,
      neither
        ? "Say whose outcome it is: the participant (participantId), or for a comparison-group applicant their application (applicationId)."
        : "Give the participant (participantId) or the application (applicationId), not both.",
    ),
  ]);

/** The employer of the person an outcome (or a participant) is about, as SQL: the application's, else the hand-added participant's. */
const OUTCOME_ORGANISATION_SQL = "(CASE WHEN o.application_id IS NOT NULL THEN a.organisation_id ELSE pt.organisation_id END)";

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
      .leftJoin(Application, "a", "a.id = o.application_id")
      .leftJoin(Participant, "pt", "pt.id = o.participant_id")
      .innerJoin(Cohort, "c", "c.id = coalesce(a.cohort_id, pt.cohort_id)")
      .innerJoin(Programme, "p", "p.id = c.programme_id");
    const scope = outcomeScope(ctx);
    if (scope.kind === "none") throw forbidden();
    if (scope.kind === "academy") query.andWhere("p.academy_id = :academyId", { academyId: scope.academyId });
    if (scope.kind === "organisation") {
      const asked = filter?.organisationId ? expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") : scope.organisationId;
      if (asked !== scope.organisationId) throw new GraphQLError("A partner token reads its own organisation's career outcomes only.", { extensions: { code: ErrorCode.FORBIDDEN } });
      query.andWhere(`${OUTCOME_ORGANISATION_SQL} = :own`, { own: scope.organisationId });
    } else if (filter?.organisationId) {
      query.andWhere(`${OUTCOME_ORGANISATION_SQL} = :organisationId`, { organisationId: expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
    }
    if (filter?.programmeId) query.andWhere("c.programme_id = :programmeId", { programmeId: expectGlobalId(filter.programmeId, "Programme", "filter.programmeId") });
    if (filter?.cohortId) query.andWhere("c.id = :cohortId", { cohortId: expectGlobalId(filter.cohortId, "Cohort", "filter.cohortId") });
    if (filter?.kind?.length) query.andWhere("o.kind IN (:...kinds)", { kinds: filter.kind });
    if (filter?.group) query.andWhere("o.group = :group", { group: filter.group });
    return paginate(query, args, { sortExpression: "to_char(o.effective_on, 'YYYY-MM-DD')", direction: OrderDirection.DESC });
  }

  async findVisible(ctx: RequestContext, id: string): Promise<CareerOutcome | null> {
    const outcome = await ctx.db.getRepository(CareerOutcome).findOneBy({ id });
    const person = outcome ? await this.personOf(ctx, outcome) : null;
    return outcome && person && (await seesPersonOutcomes(ctx, person)) ? outcome : null;
  }

  /** Who an outcome is about: their application, or (added by hand) their participant, with the facts every reader needs. */
  async personOf(ctx: RequestContext, outcome: CareerOutcome): Promise<{ application: Application | null; participant: Participant | null; cohortId: string; organisationId: string | null } | null> {
    const application = outcome.applicationId ? await ctx.loaders.applicationById.load(outcome.applicationId) : null;
    const participant = outcome.participantId ? await ctx.loaders.participantById.load(outcome.participantId) : null;
    if (application) return { application, participant, cohortId: application.cohortId, organisationId: application.organisationId };
    if (participant) return { application: null, participant, cohortId: participant.cohortId, organisationId: participant.organisationId };
    return null;
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
    const outcomes = await ctx.db
      .getRepository(CareerOutcome)
      .createQueryBuilder("o")
      .where(OUTCOMES_OF_PEOPLE_SQL(":participantIds", ":applicationIds"), {
        participantIds: rows.flatMap((row) => (row.participantId ? [row.participantId] : [])),
        applicationIds: rows.flatMap((row) => (row.applicationId ? [row.applicationId] : [])),
      })
      .orderBy("o.effective_on", "ASC")
      .getMany();
    const whose = personOfOutcome(rows);
    const people = await Promise.all(
      rows.map(async (row) => {
        const application = row.applicationId ? await ctx.loaders.applicationById.load(row.applicationId) : null;
        const participant = row.participantId ? await ctx.loaders.participantById.load(row.participantId) : null;
        const details = participant ? await participantDetails(ctx, participant) : null;
        return {
          application,
          participant,
          name: details ? details.name : (application?.applicantName ?? null),
          band: details ? details.band : (application?.band ?? null),
          addedByHand: participant !== null && participant.applicationId === null,
          group: row.group,
          completedOn: row.completedOn,
          outcomes: outcomes.filter((outcome) => whose(outcome) === personKey(row)),
        };
      }),
    );
    return people.sort((a, b) => a.group.localeCompare(b.group) * -1 || (a.name ?? "").localeCompare(b.name ?? ""));
  }

  record(ctx: RequestContext, input: RecordCareerOutcomeInput): Promise<RecordCareerOutcomePayload> {
    return runMutation<RecordCareerOutcomePayload>(
      ctx,
      async (tx) => {
        const hasApplication = input.applicationId !== null && input.applicationId !== undefined;
        const hasParticipant = input.participantId !== null && input.participantId !== undefined;
        if (hasApplication === hasParticipant) throw onePerson(!hasApplication);
        const source = tx.viewer.kind === "partner" ? CareerOutcomeSource.PARTNER : CareerOutcomeSource.STAFF;
        if (hasParticipant) {
          const participant = await tx.loaders.participantById.load(expectGlobalId(input.participantId as string, "Participant", "participantId"));
          const details = participant ? await participantDetails(tx, participant) : null;
          if (!participant || !details || !(await seesPersonOutcomes(tx, { cohortId: participant.cohortId, organisationId: details.organisationId }))) throw notFound("That person");
          const [person] = await outcomePeople(tx.db, { participantId: participant.id });
          if (!person) throw notFollowed("participantId");
          const application = participant.applicationId ? await tx.loaders.applicationById.load(participant.applicationId) : null;
          const careerOutcome = await this.insert(tx, person, input, application?.receivedAt ?? null, source);
          return { careerOutcome, userErrors: [] };
        }
        const application = await tx.loaders.applicationById.load(expectGlobalId(input.applicationId as string, "Application", "applicationId"));
        if (!application || !(await seesPersonOutcomes(tx, application))) throw notFound("That person");
        const [person] = await outcomePeople(tx.db, { applicationId: application.id });
        if (!person) throw notFollowed();
        const careerOutcome = await this.insert(tx, person, input, application.receivedAt, source);
        return { careerOutcome, userErrors: [] };
      },
      (userErrors) => ({ careerOutcome: null, userErrors }),
    );
  }

  async followUp(ctx: RequestContext, token: string): Promise<CareerFollowUp> {
    const linked = await this.fromLink(ctx, token);
    const cohort = (await ctx.loaders.cohortById.load(linked.person.cohortId)) as Cohort;
    const programme = (await ctx.loaders.programmeById.load(cohort.programmeId)) as Programme;
    return {
      name: linked.name,
      programmeTitle: programme.title,
      cohortName: cohort.name,
      group: linked.person.group,
      addedByHand: linked.application === null,
      bandWhenApplied: linked.band,
      appliedOn: linked.application ? toLondon(linked.application.receivedAt).date : null,
      outcomes: await this.ownOutcomes(ctx, linked.person),
    };
  }

  report(ctx: RequestContext, input: ReportCareerOutcomeInput): Promise<ReportCareerOutcomePayload> {
    return runMutation<ReportCareerOutcomePayload>(
      ctx,
      async (tx) => {
        const { application, person } = await this.fromLink(tx, input.token);
        await this.insert(tx, person, input, application?.receivedAt ?? null, CareerOutcomeSource.SELF_REPORTED);
        return { recorded: true, outcomes: await this.ownOutcomes(tx, person), userErrors: [] };
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
    const person = await this.personOf(ctx, outcome);
    if (!person) throw new Error(`Career outcome ${outcome.id} has neither an application nor a participant`);
    const { application, participant } = person;
    const details = application ? { name: application.applicantName, organisationId: application.organisationId, organisationName: application.organisationName } : await participantDetails(ctx, participant as Participant);
    const cohort = (await ctx.loaders.cohortById.load(person.cohortId)) as Cohort;
    const programme = (await ctx.loaders.programmeById.load(cohort.programmeId)) as Programme;
    const employer = details.organisationId ? ((await ctx.loaders.organisationById.load(details.organisationId))?.name ?? "") : (details.organisationName ?? "");
    return [
      // Someone staff added by hand has no application, so no reference: the cell says so.
      application ? application.reference : "(added by hand)",
      details.name ?? "(erased)",
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

  private async insert(tx: RequestContext, person: OutcomePersonRow, input: CareerOutcomeFields, appliedAt: Date | null, source: CareerOutcomeSource): Promise<CareerOutcome> {
    const problems = outcomeInputProblems(input, appliedAt);
    if (problems.length > 0) throw new UserInputProblems(problems);
    const repository = tx.db.getRepository(CareerOutcome);
    const when = { kind: input.kind, effectiveOn: input.effectiveOn.trim() };
    // A participant's outcomes are theirs (found by participant); a comparison-group applicant's by application.
    const same = person.participantId ? { ...when, participantId: person.participantId } : { ...when, applicationId: person.applicationId as string };
    if (await repository.existsBy(same)) throw alreadyRecorded();
    try {
      const saved = await repository.save(
        repository.create({
          ...when,
          applicationId: person.applicationId,
          participantId: person.participantId,
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
      if (isUniqueViolation(error, "career_outcome_application_kind_date_key") || isUniqueViolation(error, "career_outcome_participant_kind_date_key")) throw alreadyRecorded();
      throw error;
    }
  }

  /**
   * The person a follow-up link names: a participant (links sent since they
   * name participants, also those added by hand), or an application (the
   * comparison group's, and a participant's link mailed before). Tampered,
   * expired or revoked (withdrawn, erased) links are bad input with `link`.
   */
  private async fromLink(ctx: RequestContext, token: string): Promise<{ application: Application | null; person: OutcomePersonRow; name: string | null; band: AfcBand | null }> {
    const check = this.links.verifyFollowUp(token);
    if (!check.ok) throw linkError(check.problem);
    const { claims } = check;
    if (claims.purpose === LinkPurpose.PARTICIPANT_FOLLOW_UP) {
      const participant = await ctx.loaders.participantById.load(claims.participantId);
      if (!participant || participant.linkVersion !== claims.version) throw linkError("INVALID");
      const application = participant.applicationId ? await ctx.loaders.applicationById.load(participant.applicationId) : null;
      if (application?.erasedAt) throw linkError("INVALID");
      const [person] = await outcomePeople(ctx.db, { participantId: participant.id });
      // Withdrawn since the email (or the cohort cancelled): the link no longer applies.
      if (!person) throw linkError("INVALID");
      const details = await participantDetails(ctx, participant);
      return { application: application ?? null, person, name: details.name, band: details.band };
    }
    const application = await ctx.loaders.applicationById.load(claims.applicationId);
    if (!application || application.linkVersion !== claims.version || application.erasedAt) throw linkError("INVALID");
    const [person] = await outcomePeople(ctx.db, { applicationId: application.id });
    // Withdrawn from the programme (or no longer in the comparison group) since the email: the link no longer applies.
    if (!person) throw linkError("INVALID");
    return { application, person, name: application.applicantName, band: application.band };
  }

  /** What the person has told us (or staff recorded): a participant's by participant (and their application, for outcomes from before), else by application. */
  private async ownOutcomes(ctx: RequestContext, person: OutcomePersonRow): Promise<FollowUpOutcome[]> {
    const where = [...(person.participantId ? [{ participantId: person.participantId }] : []), ...(person.applicationId ? [{ applicationId: person.applicationId }] : [])];
    const outcomes = await ctx.db.getRepository(CareerOutcome).find({ where, order: { effectiveOn: "ASC" } });
    return outcomes.map(toFollowUpOutcome);
  }
}

/** A CSV cell, quoted when needed; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
