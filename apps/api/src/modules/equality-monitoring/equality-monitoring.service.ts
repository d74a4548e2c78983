import { ApplicationStatus, DisclosureStatus, selectionGroupLabels, selectionGroupOf, UserErrorCode } from "@ascent/domain";
import type { SelectionGroup } from "@ascent/domain";
import { formatIndicatorValue, releaseSelection, releaseSelectionAggregate, SELECTION_GROUPS, type ReleasedSelectionAggregate, type SelectionInput } from "@ascent/metrics";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { badUserInput, ErrorCode, forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { Application, LinkPurpose, type LinkSigner } from "../application";
import type { Cohort } from "../cohort";
import { canSeeProgramme, cohortVisibility, managesAcademy, type Programme } from "../programme";
import type { EqualityMonitoringInput } from "./dto/equality-monitoring.inputs";
import type { EqualityMonitoringPayload, FairSelection, FairSelectionGroup } from "./dto/equality-monitoring.types";
import { EqualityMonitoringResponse } from "./equality-monitoring-response.entity";

const linkError = (problem: "INVALID" | "EXPIRED") =>
  new GraphQLError(
    problem === "EXPIRED"
      ? "This link has expired. Use the most recent email about your application."
      : "This link is not valid. Check that you copied all of it from the email.",
    { extensions: { code: ErrorCode.BAD_USER_INPUT, link: problem } },
  );

const refused = (field: string[] | null, code: UserErrorCode, message: string) => new UserInputProblems([userError(field, code, message)]);

const zeros = (): Record<SelectionGroup, number> => Object.fromEntries(SELECTION_GROUPS.map((group) => [group, 0])) as Record<SelectionGroup, number>;
const emptyInput = (): SelectionInput => ({ applicants: zeros(), offered: zeros(), accepted: zeros() });

/**
 * The applicant's optional monitoring answers (through their private link)
 * and the fair-selection figures made from them. Answers go in and are
 * counted; no method here returns an answer or says whether a person gave one.
 */
export class EqualityMonitoringService {
  constructor(private readonly links: LinkSigner) {}

  /**
   * The application the link names, locked against a concurrent erasure: an
   * erasure either waits for these answers to commit (and its trigger then
   * deletes them) or commits first (and the link is no longer valid).
   */
  private async applicationFromLink(tx: RequestContext, token: string): Promise<Application> {
    const check = this.links.verify(token, LinkPurpose.STATUS);
    if (!check.ok) throw linkError(check.problem);
    const application = await tx.db
      .getRepository(Application)
      .createQueryBuilder("a")
      .setLock("pessimistic_read")
      .where("a.id = :id", { id: check.claims.applicationId })
      .getOne();
    if (!application || application.linkVersion !== check.claims.version || application.erasedAt) throw linkError("INVALID");
    return application;
  }

  submit(ctx: RequestContext, input: EqualityMonitoringInput): Promise<EqualityMonitoringPayload> {
    return runMutation<EqualityMonitoringPayload>(
      ctx,
      async (tx) => {
        const application = await this.applicationFromLink(tx, input.token);
        if (input.consent !== true) {
          throw refused(["consent"], UserErrorCode.REQUIRED, "To keep your answers for equality monitoring, we need your consent as described. You can also leave the form: it is optional.");
        }
        if (application.status === ApplicationStatus.INELIGIBLE) {
          // Only applications in selection are counted; answers that would never be used are not kept.
          throw refused(null, UserErrorCode.INVALID, "This application is not in selection, so there is nothing for equality monitoring to count. Thank you all the same.");
        }
        await tx.db
          .createQueryBuilder()
          .insert()
          .into(EqualityMonitoringResponse)
          .values({
            applicationId: application.id,
            consentedAt: () => "now()",
            ethnicity: input.ethnicity ?? null,
            ageBand: input.ageBand ?? null,
            sex: input.sex ?? null,
            genderSameAsBirth: input.genderSameAsBirth ?? null,
            sexualOrientation: input.sexualOrientation ?? null,
            disability: input.disability ?? null,
            religion: input.religion ?? null,
          })
          .orUpdate(["consented_at", "ethnicity", "age_band", "sex", "gender_same_as_birth", "sexual_orientation", "disability", "religion", "recorded_at"], ["application_id"])
          .execute();
        return { recorded: true, userErrors: [] };
      },
      (userErrors) => ({ recorded: false, userErrors }),
    );
  }

  /** The applicant takes their answers back: they are deleted, not flagged. */
  withdraw(ctx: RequestContext, token: string): Promise<EqualityMonitoringPayload> {
    return runMutation<EqualityMonitoringPayload>(
      ctx,
      async (tx) => {
        const application = await this.applicationFromLink(tx, token);
        await tx.db.getRepository(EqualityMonitoringResponse).delete({ applicationId: application.id });
        return { recorded: false, userErrors: [] };
      },
      (userErrors) => ({ recorded: false, userErrors }),
    );
  }

  // ---- Fair selection ------------------------------------------------------------------------

  async fairSelection(ctx: RequestContext, id: string): Promise<FairSelection> {
    const decoded = fromGlobalId(id);
    if (decoded?.typeName !== "Cohort" && decoded?.typeName !== "Programme") throw badUserInput("id must be a cohort's or a programme's id.");
    const cohort: Cohort | null = decoded.typeName === "Cohort" ? await ctx.loaders.cohortById.load(decoded.id) : null;
    const programme: Programme | null = await ctx.loaders.programmeById.load(cohort ? cohort.programmeId : decoded.id);
    if ((decoded.typeName === "Cohort" && !cohort) || !programme) throw notFound(`That ${decoded.typeName === "Cohort" ? "cohort" : "programme"}`);
    if (!managesAcademy(ctx, programme.academyId)) {
      const visible = cohort ? (await cohortVisibility(ctx))(cohort, programme) : canSeeProgramme(ctx, programme);
      if (visible) throw forbidden();
      throw notFound(`That ${cohort ? "cohort" : "programme"}`);
    }
    const cohortIds: string[] = cohort
      ? [cohort.id]
      : (await ctx.db.query(`SELECT id FROM cohort WHERE programme_id = $1`, [programme.id])).map((row: { id: string }) => row.id);
    const counts = await this.countsByCohort(ctx, cohortIds);
    const released: ReleasedSelectionAggregate = cohort
      ? { ...releaseSelection(counts.get(cohort.id) ?? emptyInput()), partsIncluded: 1, partsLeftOut: 0 }
      : releaseSelectionAggregate(cohortIds.map((cohortId) => counts.get(cohortId) ?? emptyInput()));
    if (released.withheld && cohort) Object.assign(released, { partsIncluded: 0, partsLeftOut: 1 });
    return this.toFairSelection(programme, cohort, released);
  }

  /**
   * Eligible applications counted by cohort and monitoring answer, in
   * PostgreSQL: only counts leave the database, never a person's row.
   * Offered means the application reached OFFERED (or ACCEPTED) at any time.
   */
  private async countsByCohort(ctx: RequestContext, cohortIds: string[]): Promise<Map<string, SelectionInput>> {
    const rows: Array<{ cohort_id: string; ethnicity: string | null; answered: boolean; applicants: number; offered: number; accepted: number }> = await ctx.db.query(
      `SELECT a.cohort_id, r.ethnicity, (r.application_id IS NOT NULL) AS answered,
              count(*)::int AS applicants,
              count(*) FILTER (WHERE reached.offered)::int AS offered,
              count(*) FILTER (WHERE reached.accepted)::int AS accepted
         FROM application a
         LEFT JOIN equality_monitoring_response r ON r.application_id = a.id
         CROSS JOIN LATERAL (
           SELECT coalesce(bool_or(t.to_status = ANY($2::application_status[])), false) AS offered,
                  coalesce(bool_or(t.to_status = $3::application_status), false) AS accepted
             FROM application_transition t WHERE t.application_id = a.id
         ) reached
        WHERE a.cohort_id = ANY($1::uuid[]) AND a.eligible
        GROUP BY a.cohort_id, r.ethnicity, (r.application_id IS NOT NULL)`,
      [cohortIds, [ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED], ApplicationStatus.ACCEPTED],
    );
    const byCohort = new Map<string, SelectionInput>();
    for (const row of rows) {
      const input = byCohort.get(row.cohort_id) ?? emptyInput();
      const group = selectionGroupOf(row.answered ? { ethnicity: row.ethnicity } : undefined);
      (input.applicants as Record<SelectionGroup, number>)[group] += row.applicants;
      (input.offered as Record<SelectionGroup, number>)[group] += row.offered;
      (input.accepted as Record<SelectionGroup, number>)[group] += row.accepted;
      byCohort.set(row.cohort_id, input);
    }
    return byCohort;
  }

  private toFairSelection(programme: Programme, cohort: Cohort | null, released: ReleasedSelectionAggregate): FairSelection {
    const groups: FairSelectionGroup[] = SELECTION_GROUPS.map((group) => {
      const applicants = released.applicants[group];
      const offered = released.offered[group];
      return {
        group,
        label: selectionGroupLabels[group],
        applicants,
        offered,
        accepted: released.accepted[group],
        offerRate: applicants && offered !== null ? offered / applicants : null,
      };
    });
    const rl = released.offerLikelihood;
    return {
      programme,
      cohort,
      disclosure: DisclosureStatus.CONTROLLED,
      withheld: released.withheld,
      cohortsIncluded: released.partsIncluded,
      cohortsLeftOut: released.partsLeftOut,
      groups,
      offerLikelihood: {
        value: rl.value,
        lower: rl.lower,
        upper: rl.upper,
        parity: rl.parity,
        reason: rl.reason,
        formatted: formatIndicatorValue(rl),
        confidenceLevel: rl.method.confidenceLevel,
        parityBandLower: rl.method.parityBand?.lower ?? null,
        parityBandUpper: rl.method.parityBand?.upper ?? null,
      },
    };
  }
}
