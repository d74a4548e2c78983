import { randomBytes, randomUUID } from "node:crypto";
import {
  ApiScope,
  ApplicationStatus,
  asksPositiveActionDeclaration,
  EndorsementStatus,
  evaluateEligibility,
  ineligibleMessage,
  isOpenForApplications,
  mergeEligibilityRules,
  OrganisationKind,
  requiresEndorsement,
  Role,
  rulesAtSubmission,
  UserErrorCode,
} from "@ascent/domain";
import type { EligibilityRules } from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { badUserInput, ErrorCode, forbidden } from "../../graphql/errors";
import { Connection } from "../../graphql/relay/connection";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId, fromGlobalId, toGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { perDataSource } from "../../db/per-data-source";
import { escapeLike } from "../../db/sql";
import { UserError, userError } from "../../graphql/user-error";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";
import { cohortVisibility, managesAcademy, Programme } from "../programme";
import { Allocation } from "./allocation";
import { Arrivals } from "./arrivals";
import { InFlight } from "./in-flight";
import { CohortLookup } from "./cohort-lookup";
import { ApplicationTransition } from "./application-transition.entity";
import { Application } from "./application.entity";
import { type ApplicationLinkPurpose, LinkClaims, LinkPurpose } from "./application.links";
import { ApplicationNotifier } from "./application.messages";
import { normaliseSubmission } from "./application.rules";
import { ApplicationFilter, SubmitApplicationInput } from "./dto/application.inputs";
import { ApplicationOrder, ApplicationOrderField } from "./dto/application-order.input";
import { ApplicationStatusView, EmployerChoice, EndorsementRequestView, SubmitApplicationPayload } from "./dto/application.types";

const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Random bytes drawn 4 KiB at a time: a stampede makes thousands of references, and each draw is a call into OpenSSL. */
let randomPool = Buffer.alloc(0);
let randomAt = 0;

/** ASC- and 8 Crockford base32 characters: easy to read out on the phone, 40 bits of randomness. */
function newReference(): string {
  if (randomAt + 8 > randomPool.length) {
    randomPool = randomBytes(4096);
    randomAt = 0;
  }
  let reference = "ASC-";
  for (let i = 0; i < 8; i++) reference += REFERENCE_ALPHABET[randomPool[randomAt++] % 32];
  return reference;
}

export function linkProblem(problem: "INVALID" | "EXPIRED"): GraphQLError {
  return problem === "EXPIRED"
    ? new GraphQLError("This link has expired. Use the most recent email about your application, or ask the academy for a new link.", { extensions: { code: ErrorCode.BAD_USER_INPUT, link: "EXPIRED" } })
    : new GraphQLError("This link is not valid. Check that you copied all of it from the email.", { extensions: { code: ErrorCode.BAD_USER_INPUT, link: "INVALID" } });
}

/** The applicant's view of their application from what is known of it. */
function statusViewOf(application: Application, cohort: Cohort, transitions: ApplicationTransition[], position: number | null, linkExpiresAt: Date): ApplicationStatusView {
  const { status } = application;
  return {
    reference: application.reference,
    status,
    receivedAt: application.receivedAt,
    cohort,
    applicantName: application.applicantName,
    waitlistPosition: position,
    holdExpiresAt: application.holdExpiresAt,
    offerExpiresAt: application.offerExpiresAt,
    endorsementStatus: application.endorsementStatus,
    lineManagerName: application.lineManagerName,
    canWithdraw: [ApplicationStatus.SUBMITTED, ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED].includes(status),
    canRespondToOffer: status === ApplicationStatus.OFFERED && (application.offerExpiresAt?.getTime() ?? 0) > Date.now(),
    ineligibility: status === ApplicationStatus.INELIGIBLE ? ineligibleMessage({ eligible: false, reasons: application.eligibilityReasons }) : null,
    timeline: transitions.map((t) => ({ status: t.toStatus, reason: t.reason, actor: t.actor, occurredAt: t.occurredAt })),
    linkExpiresAt,
  };
}

export class ApplicationService {
  private readonly arrivals: Arrivals;
  private readonly cohortLookups = new InFlight<Cohort | null>();
  /** Its SQL is built from the entities' metadata once per data source. */
  private readonly cohortLookupFor = perDataSource((dataSource) => new CohortLookup(dataSource));

  constructor(
    readonly allocation: Allocation,
    readonly notifier: ApplicationNotifier,
  ) {
    this.arrivals = new Arrivals(allocation);
  }

  // ---- Arrival -------------------------------------------------------------------------------

  async submit(ctx: RequestContext, input: SubmitApplicationInput): Promise<SubmitApplicationPayload> {
    const decoded = fromGlobalId(input.cohortId);
    const cohortId = decoded?.typeName === "Cohort" ? decoded.id : null;
    const key = input.idempotencyKey.trim();
    // A replay is found by the batch under the cohort's lock (arrivals.ts), so the common case, a new application, costs no
    // lookup of its own. Only a refusal looks for an earlier application with this key: a retry after the window closed,
    // or with input that no longer passes, still gets its first result.
    const refused = async (userErrors: UserError[]): Promise<SubmitApplicationPayload> => {
      const earlier = cohortId ? await ctx.db.getRepository(Application).findOneBy({ cohortId, idempotencyKey: key }) : null;
      if (earlier) return this.replayPayload(ctx, earlier);
      return { application: null, statusToken: null, statusUrl: null, replayed: false, userErrors };
    };

    const problems: UserError[] = [];
    const target = cohortId ? await this.applicableCohort(ctx, cohortId, problems) : null;
    if (!cohortId) problems.push(userError(["cohortId"], UserErrorCode.NOT_FOUND, "That cohort doesn't exist or isn't taking applications."));
    const rules: EligibilityRules = target ? mergeEligibilityRules(target.programme.eligibility, target.track?.eligibility) : {};
    const questions = target?.programme.applicationQuestions ?? [];
    const needsEndorsement = requiresEndorsement(rules);
    const applicant = normaliseSubmission(input, questions, needsEndorsement, problems);
    const organisationId = await this.resolveOrganisation(ctx, input.applicant.organisationId, problems);
    const declaration = input.positiveActionDeclaration ?? null;
    if (target && asksPositiveActionDeclaration(rules) && declaration?.declared && !declaration.consent) {
      problems.push(userError(["positiveActionDeclaration", "consent"], UserErrorCode.REQUIRED, "To use your declaration for this programme, we need your consent as described."));
    }
    if (problems.length > 0 || !target) return refused(problems);

    const eligibility = evaluateEligibility(
      rulesAtSubmission(rules),
      {
        band: input.applicant.band ?? null,
        medicalGrade: input.applicant.medicalGrade ?? null,
        staffGroup: input.applicant.staffGroup ?? null,
        identifiesAsBlackAsianOrMinorityEthnic: declaration ? declaration.declared && declaration.consent : null,
        organisationIsAcademyMember: rules.memberOrganisationsOnly && organisationId ? await ctx.loaders.isAcademyMember.load(`${target.programme.academyId}:${organisationId}`) : false,
        mentorOrCoachIdentified: input.mentorOrCoachIdentified ?? null,
      },
      { academyName: target.academyName },
    );

    const positiveAction = asksPositiveActionDeclaration(rules);
    const arrived = await this.arrivals.submit(ctx, target.cohort.id, {
      id: randomUUID(),
      idempotencyKey: applicant.idempotencyKey,
      eligible: eligibility.eligible,
      endorsement: needsEndorsement ? EndorsementStatus.PENDING : EndorsementStatus.NOT_REQUIRED,
      declarationConsented: Boolean(positiveAction && declaration?.consent),
      fields: {
        reference: newReference(),
        eligibilityReasons: eligibility.reasons,
        applicantName: applicant.name,
        applicantEmail: applicant.email,
        organisationId,
        organisationName: organisationId ? null : applicant.organisationName,
        jobTitle: applicant.jobTitle,
        staffGroup: input.applicant.staffGroup ?? null,
        band: input.applicant.band ?? null,
        medicalGrade: input.applicant.medicalGrade ?? null,
        positiveActionDeclared: declaration && positiveAction ? declaration.declared && declaration.consent : null,
        mentorOrCoachIdentified: input.mentorOrCoachIdentified ?? null,
        followUpConsentAt: input.followUpConsent ? new Date() : null,
        answers: applicant.answers,
        lineManagerName: applicant.lineManager?.name ?? null,
        lineManagerEmail: applicant.lineManager?.email ?? null,
        panelScore: null,
        linkVersion: 1,
        erasedAt: null,
      },
    });
    if (arrived.kind === "refused") return refused(arrived.problems);
    if (arrived.kind === "replay") return this.replayPayload(ctx, await ctx.db.getRepository(Application).findOneByOrFail({ id: arrived.applicationId }));
    // What the batch knows answers the applicant without another query, and without building this request's loaders
    // to hold it (a stampede is thousands of these at once).
    const { application } = arrived;
    const token = this.notifier.statusToken(application, target.cohort);
    return {
      application: statusViewOf(application, target.cohort, [arrived.arrival], arrived.waitlistPosition, this.notifier.statusLinkExpiry(target.cohort)),
      statusToken: token,
      statusUrl: this.notifier.statusUrl(token),
      replayed: false,
      userErrors: [],
    };
  }

  /**
   * The cohort, its programme, track and academy name, if it is taking
   * applications now; else a problem on cohortId. One query: at the opening
   * minute every request asks this, and the pool is what they queue for:
   * concurrent requests share one query (the receipt re-checks under the lock).
   */
  private async applicableCohort(ctx: RequestContext, cohortId: string, problems: UserError[]) {
    const cohort = await this.cohortLookups.get(cohortId, () => this.cohortLookupFor(ctx.dataSource).find(ctx.db, cohortId));
    const programme = cohort?.programme ?? null;
    const track = cohort?.track ?? null;
    const visible = cohort && programme ? (await cohortVisibility(ctx))(cohort, programme) : false;
    if (!cohort || !programme || !visible) {
      problems.push(userError(["cohortId"], UserErrorCode.NOT_FOUND, "That cohort doesn't exist or isn't taking applications."));
      return null;
    }
    if (!isOpenForApplications(cohort, new Date())) {
      problems.push(userError(["cohortId"], UserErrorCode.INVALID, "This cohort isn't taking applications at the moment."));
      return null;
    }
    return { cohort, programme, track, academyName: programme.academy?.name };
  }

  private async resolveOrganisation(ctx: RequestContext, globalId: string | null | undefined, problems: UserError[]): Promise<string | null> {
    if (!globalId) return null;
    const decoded = fromGlobalId(globalId);
    const organisation = decoded?.typeName === "Organisation" ? await ctx.loaders.organisationById.load(decoded.id) : null;
    if (!organisation) {
      problems.push(userError(["applicant", "organisationId"], UserErrorCode.NOT_FOUND, "Choose your organisation from the list, or type its name."));
      return null;
    }
    return organisation.id;
  }

  private async payloadFor(ctx: RequestContext, application: Application, replayed: boolean): Promise<SubmitApplicationPayload> {
    const cohort = await this.cohortOf(ctx, application);
    const token = this.notifier.statusToken(application, cohort);
    return { application: await this.statusView(ctx, application, this.notifier.statusLinkExpiry(cohort)), statusToken: token, statusUrl: this.notifier.statusUrl(token), replayed, userErrors: [] };
  }

  /** The first result again: the same application, the same link. */
  private replayPayload(ctx: RequestContext, application: Application): Promise<SubmitApplicationPayload> {
    return this.payloadFor(ctx, application, true);
  }

  /** Public names only; academies and facilitation providers are not employers applicants choose. */
  async employerChoices(ctx: RequestContext, search: string): Promise<EmployerChoice[]> {
    const text = search.trim();
    if (text.length < 2 || text.length > 100) return [];
    const rows: Array<{ id: string; name: string }> = await ctx.db.query(
      `SELECT id, name FROM organisation WHERE kind = ANY($1::organisation_kind[]) AND (name ILIKE $2 OR ods_code ILIKE $3) ORDER BY lower(name) LIMIT 20`,
      [[OrganisationKind.TRUST, OrganisationKind.ICB, OrganisationKind.CCG, OrganisationKind.OTHER], `%${escapeLike(text)}%`, escapeLike(text)],
    );
    return rows.map((row) => ({ id: toGlobalId("Organisation", row.id), name: row.name }));
  }

  // ---- Private links ---------------------------------------------------------------------------

  /** Checks a token and loads what it names; a revoked (older version) link is as invalid as a forged one. */
  async fromLink(ctx: RequestContext, token: string, purpose: ApplicationLinkPurpose): Promise<{ application: Application; claims: LinkClaims }> {
    const check = this.notifier.links.verify(token, purpose);
    if (!check.ok) throw linkProblem(check.problem);
    const application = await ctx.db.getRepository(Application).findOneBy({ id: check.claims.applicationId });
    if (!application || application.linkVersion !== check.claims.version) throw linkProblem("INVALID");
    return { application, claims: check.claims };
  }

  async statusByLink(ctx: RequestContext, token: string): Promise<ApplicationStatusView> {
    const { application, claims } = await this.fromLink(ctx, token, LinkPurpose.STATUS);
    return this.statusView(ctx, application, claims.expiresAt);
  }

  async endorsementByLink(ctx: RequestContext, token: string): Promise<EndorsementRequestView> {
    const { application, claims } = await this.fromLink(ctx, token, LinkPurpose.ENDORSE);
    return this.endorsementView(ctx, application, claims.expiresAt);
  }

  async statusView(ctx: RequestContext, application: Application, linkExpiresAt: Date): Promise<ApplicationStatusView> {
    const [cohort, transitions, position] = await Promise.all([
      this.cohortOf(ctx, application),
      ctx.loaders.transitionsByApplicationId.load(application.id),
      this.waitlistPosition(ctx, application),
    ]);
    return statusViewOf(application, cohort, transitions, position, linkExpiresAt);
  }

  private async cohortOf(ctx: RequestContext, application: Application): Promise<Cohort> {
    const cohort = await ctx.loaders.cohortById.load(application.cohortId);
    if (!cohort) throw new Error(`application ${application.id} names a missing cohort`);
    return cohort;
  }

  async endorsementView(ctx: RequestContext, application: Application, linkExpiresAt: Date): Promise<EndorsementRequestView> {
    const cohort = await ctx.db.getRepository(Cohort).findOneByOrFail({ id: application.cohortId });
    const organisation = application.organisationId ? await ctx.loaders.organisationById.load(application.organisationId) : null;
    return {
      applicantName: application.applicantName,
      applicantJobTitle: application.jobTitle,
      applicantOrganisation: organisation?.name ?? application.organisationName,
      lineManagerName: application.lineManagerName,
      cohort,
      status: application.endorsementStatus,
      applicationStatus: application.status,
      canDecide:
        application.endorsementStatus === EndorsementStatus.PENDING &&
        [ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.WAITLISTED, ApplicationStatus.SUBMITTED].includes(application.status),
      comment: application.endorsementComment,
      holdExpiresAt: application.holdExpiresAt,
      linkExpiresAt,
    };
  }

  // ---- Reading, for staff and partners ---------------------------------------------------------

  waitlistPosition(ctx: RequestContext, application: Application): Promise<number | null> {
    return application.status === ApplicationStatus.WAITLISTED ? ctx.loaders.waitlistPositionByApplicationId.load(application.id) : Promise.resolve(null);
  }

  /** Staff see their academy's cohorts (admins all); a partner token its own organisation's staff, never ineligible applications. */
  async list(ctx: RequestContext, args: ConnectionArgs, filter: ApplicationFilter | null | undefined, orderBy?: ApplicationOrder | null): Promise<Connection<Application>> {
    const query = ctx.db.getRepository(Application).createQueryBuilder("a").innerJoin(Cohort, "c", "c.id = a.cohort_id").innerJoin(Programme, "p", "p.id = c.programme_id");
    const { viewer } = ctx;
    if (viewer.kind === "partner") {
      if (!viewer.scopes.includes(ApiScope.APPLICATIONS_READ)) throw forbidden();
      const asked = filter?.organisationId ? expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") : viewer.organisationId;
      if (asked !== viewer.organisationId) throw new GraphQLError("A partner token reads its own organisation's applications only.", { extensions: { code: ErrorCode.FORBIDDEN } });
      // Ineligible applications never take a place; for a positive-action programme they would also hint at a declaration.
      query.where("a.organisation_id = :own AND a.status <> :ineligible", { own: viewer.organisationId, ineligible: ApplicationStatus.INELIGIBLE });
      if (filter?.search || filter?.endorsementStatus?.length) throw badUserInput("search and endorsementStatus are for academy staff.");
    } else if (viewer.kind === "user" && viewer.role === Role.ADMIN) {
      query.where("true");
    } else if (viewer.kind === "user" && viewer.role === Role.PROGRAMME_MANAGER && viewer.user.organisationId) {
      query.where("p.academy_id = :academy", { academy: viewer.user.organisationId });
    } else {
      throw forbidden();
    }
    if (filter?.cohortId) query.andWhere("a.cohort_id = :cohortId", { cohortId: expectGlobalId(filter.cohortId, "Cohort", "filter.cohortId") });
    if (filter?.organisationId && viewer.kind !== "partner") query.andWhere("a.organisation_id = :organisationId", { organisationId: expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
    if (filter?.status?.length) query.andWhere("a.status IN (:...statuses)", { statuses: filter.status });
    if (filter?.endorsementStatus?.length) query.andWhere("a.endorsement_status IN (:...endorsements)", { endorsements: filter.endorsementStatus });
    if (filter?.eligible != null) query.andWhere("a.eligible = :eligible", { eligible: filter.eligible });
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere("(a.reference ILIKE :contains OR a.applicant_name ILIKE :contains OR a.applicant_email ILIKE :contains)", { contains: `%${escapeLike(search)}%` });
    }
    const direction = orderBy?.direction ?? OrderDirection.ASC;
    if (orderBy?.field === ApplicationOrderField.RANKING) {
      if (!filter?.cohortId) throw badUserInput("Ranking is within one cohort: give filter.cohortId.", { argumentName: "orderBy" });
      if (viewer.kind === "partner") throw badUserInput("The ranking is for academy staff.", { argumentName: "orderBy" });
      // The waiting list's own order (allocation.ts), numbered once for the cohort so the cursor is a plain integer.
      query.innerJoin(
        (ranked) =>
          ranked
            .select("w.id", "id")
            .addSelect(`(row_number() OVER (ORDER BY CASE WHEN wc.allocation_policy = 'PANEL_SELECTION' THEN w.panel_score END DESC NULLS LAST, w.receipt_number))::int`, "rank")
            .from(Application, "w")
            .innerJoin(Cohort, "wc", "wc.id = w.cohort_id")
            .where("w.cohort_id = :cohortId"),
        "r",
        "r.id = a.id",
      );
      return paginate(query, args, { sortExpression: "r.rank", direction });
    }
    const order = filter?.cohortId
      ? { sortExpression: "a.receipt_number", direction }
      : { sortExpression: `to_char(a.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, direction };
    return paginate(query, args, order);
  }

  /** node(id:): the same scope as the list. */
  async findVisible(ctx: RequestContext, id: string): Promise<Application | null> {
    const application = await ctx.loaders.applicationById.load(id);
    if (!application) return null;
    return (await this.canSee(ctx, application)) ? application : null;
  }

  async canSee(ctx: RequestContext, application: Application): Promise<boolean> {
    const { viewer } = ctx;
    if (viewer.kind === "partner") {
      return viewer.scopes.includes(ApiScope.APPLICATIONS_READ) && application.organisationId === viewer.organisationId && application.status !== ApplicationStatus.INELIGIBLE;
    }
    if (viewer.kind !== "user" || viewer.role === Role.FACILITATOR) return false;
    return managesAcademy(ctx, await this.academyOf(ctx, application.cohortId));
  }

  async academyOf(ctx: RequestContext, cohortId: string): Promise<string> {
    const cohort = await ctx.loaders.cohortById.load(cohortId);
    const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
    if (!programme) throw new Error(`cohort ${cohortId} has no programme`);
    return programme.academyId;
  }

  transitionsOf(ctx: RequestContext, application: Application): Promise<ApplicationTransition[]> {
    return ctx.loaders.transitionsByApplicationId.load(application.id);
  }

  async organisationOf(ctx: RequestContext, application: Application): Promise<Organisation | null> {
    return application.organisationId ? ctx.loaders.organisationById.load(application.organisationId) : null;
  }

  async answersOf(ctx: RequestContext, application: Application) {
    const cohort = await ctx.loaders.cohortById.load(application.cohortId);
    const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
    const labels = new Map((programme?.applicationQuestions ?? []).map((q) => [q.key, q.label]));
    return application.answers.map((answer) => ({ questionKey: answer.questionKey, question: labels.get(answer.questionKey) ?? answer.questionKey, value: answer.value }));
  }
}
