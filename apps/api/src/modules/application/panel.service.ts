import { AllocationPolicy, ApplicationStatus, applicationStatusLabels, UserErrorCode } from "@ascent/domain";
import type { SelectionCriterion } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { canManageAcademy } from "../programme";
import { Allocation } from "./allocation";
import { ApplicationScore, CriterionScoreValue } from "./application-score.entity";
import { Application } from "./application.entity";
import { normaliseNote } from "./application.rules";
import { ApplicationService } from "./application.service";
import { CriterionScore, ScoreApplicationInput, ScoreApplicationPayload } from "./dto/panel.dto";

/** Statuses a panel may still score: under review, or waiting (a new mean moves it on the ranked waiting list). */
const SCORABLE = [ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED];

/** Checks a reviewer's scores against the programme's criteria: each criterion once, a whole number from 0 to its top score. */
export function scoreProblems(criteria: readonly SelectionCriterion[], scores: readonly CriterionScoreValue[]): UserError[] {
  if (scores.length > criteria.length + 5) return [userError(["scores"], UserErrorCode.INVALID, `Give one score for each of the ${criteria.length} criteria.`)];
  const problems: UserError[] = [];
  const seen = new Set<string>();
  scores.forEach((entry, index) => {
    const at = ["scores", String(index)];
    const criterion = criteria.find((c) => c.key === entry.criterionKey);
    if (!criterion) {
      problems.push(userError([...at, "criterionKey"], UserErrorCode.NOT_FOUND, `"${entry.criterionKey.slice(0, 40)}" is not one of this programme's selection criteria.`));
      return;
    }
    if (seen.has(criterion.key)) problems.push(userError([...at, "criterionKey"], UserErrorCode.INVALID, `"${criterion.title}" is scored twice.`));
    seen.add(criterion.key);
    if (!Number.isInteger(entry.score) || entry.score < 0 || entry.score > criterion.maxScore) {
      problems.push(userError([...at, "score"], UserErrorCode.INVALID, `Score "${criterion.title}" with a whole number from 0 to ${criterion.maxScore}.`));
    }
  });
  for (const criterion of criteria) {
    if (!seen.has(criterion.key)) problems.push(userError(["scores", criterion.key], UserErrorCode.REQUIRED, `Score "${criterion.title}".`));
  }
  return problems;
}

/**
 * Panel selection: reviewers score applications against the programme's
 * criteria; the mean of their totals ranks the panel's shortlist and, for
 * panel cohorts, the waiting list (allocation.ts reads application.panel_score).
 */
export class PanelService {
  constructor(
    private readonly applications: ApplicationService,
    private readonly allocation: Allocation,
  ) {}

  score(ctx: RequestContext, input: ScoreApplicationInput): Promise<ScoreApplicationPayload> {
    return runMutation<ScoreApplicationPayload>(
      ctx,
      async (tx) => {
        if (tx.viewer.kind !== "user") throw forbidden();
        const reviewerId = tx.viewer.user.id;
        const applicationId = expectGlobalId(input.applicationId, "Application", "applicationId");
        const visible = await this.applications.findVisible(tx, applicationId);
        if (!visible) throw notFound("That application");
        if (!canManageAcademy(tx, await this.applications.academyOf(tx, visible.cohortId))) throw forbidden();
        // The cohort first, then the application (the one lock order): a new mean reorders the waiting list.
        const locked = await this.allocation.lockForChange(tx, applicationId);
        if (!locked) throw notFound("That application");
        const { cohort, application } = locked;
        const programme = await tx.loaders.programmeById.load(cohort.programmeId);
        const criteria = programme?.selectionCriteria ?? [];

        const problems: UserError[] = [];
        const comment = normaliseNote(["comment"], input.comment, problems);
        if (cohort.allocationPolicy !== AllocationPolicy.PANEL_SELECTION) {
          problems.push(userError(["applicationId"], UserErrorCode.INVALID, "This cohort is first come, first served: its places are not scored by a panel."));
        } else if (criteria.length === 0) {
          problems.push(userError(["applicationId"], UserErrorCode.INVALID, "The programme has no selection criteria yet: add them on the programme's page first."));
        } else if (!SCORABLE.includes(application.status)) {
          problems.push(
            userError(["applicationId"], UserErrorCode.INVALID_TRANSITION, `This application is ${applicationStatusLabels[application.status].toLowerCase()}: only applications under review or on the waiting list are scored.`),
          );
        } else {
          problems.push(...scoreProblems(criteria, input.scores));
        }
        if (problems.length > 0) throw new UserInputProblems(problems);

        const order = new Map(criteria.map((c, index) => [c.key, index]));
        const scores = input.scores.map((s) => ({ criterionKey: s.criterionKey, score: s.score })).sort((a, b) => (order.get(a.criterionKey) ?? 0) - (order.get(b.criterionKey) ?? 0));
        const total = scores.reduce((sum, s) => sum + s.score, 0);
        // One score per reviewer per application: a second score replaces the first.
        await tx.db.query(
          `INSERT INTO application_score (application_id, reviewer_id, scores, total, comment) VALUES ($1, $2, $3::jsonb, $4, $5)
           ON CONFLICT (application_id, reviewer_id) DO UPDATE SET scores = EXCLUDED.scores, total = EXCLUDED.total, comment = EXCLUDED.comment, updated_at = now()`,
          [application.id, reviewerId, JSON.stringify(scores), total, comment],
        );
        const [{ mean }] = await tx.db.query("SELECT avg(total)::float8 AS mean FROM application_score WHERE application_id = $1", [application.id]);
        application.panelScore = mean;
        await tx.db.getRepository(Application).update({ id: application.id }, { panelScore: mean });
        await recordAudit(tx, { operation: "scoreApplication", targetType: "Application", targetId: application.id, fields: ["scores", "total", ...(comment ? ["comment"] : [])] });
        const score = await tx.db.getRepository(ApplicationScore).findOneByOrFail({ applicationId: application.id, reviewerId });
        return { score, application, userErrors: [] };
      },
      (userErrors) => ({ score: null, application: null, userErrors }),
    );
  }

  scoresOf(ctx: RequestContext, application: Application): Promise<ApplicationScore[]> {
    return ctx.loaders.scoresByApplicationId.load(application.id);
  }

  /** Each criterion's score with the criterion's present title and top score. */
  async criterionScores(ctx: RequestContext, score: ApplicationScore): Promise<CriterionScore[]> {
    const application = await ctx.loaders.applicationById.load(score.applicationId);
    const cohort = application ? await ctx.loaders.cohortById.load(application.cohortId) : null;
    const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
    const criteria = new Map((programme?.selectionCriteria ?? []).map((c) => [c.key, c]));
    return score.scores.map((s) => ({ criterionKey: s.criterionKey, score: s.score, title: criteria.get(s.criterionKey)?.title ?? s.criterionKey, maxScore: criteria.get(s.criterionKey)?.maxScore ?? null }));
  }
}
