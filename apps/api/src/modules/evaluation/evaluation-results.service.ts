import { CohortStatus, evaluationPointLabel, EvaluationPoint, EvaluationQuestionKind, KirkpatrickLevel, LIKERT_MAX, SelfRatingMeasure } from "@ascent/domain";
import { controlCount, DEFAULT_DISCLOSURE_SETTINGS, releaseLikert, releasePairedChange, type RatingPair } from "@ascent/metrics";
import type { RequestContext } from "../../graphql/context";
import { badUserInput } from "../../graphql/errors";
import type { Cohort } from "../cohort";
import type { EvaluationQuestionResult, EvaluationResults, EvaluationRoundStatus, QuestionnaireResults, SelfRatingChange } from "./dto/results.dto";
import { managedCohort, managedProgramme } from "./evaluation-access";
import type { EvaluationSender } from "./evaluation-sending";
import type { EvaluationQuestion, Questionnaire } from "./questionnaire.entity";

const THRESHOLD = DEFAULT_DISCLOSURE_SETTINGS.suppressBelowOrEqual;

interface RoundRow {
  id: string;
  questionnaire_id: string;
  cohort_id: string;
  opened_at: Date;
  closes_at: Date;
  invited: number;
  responded: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Results, always after disclosure control, for everyone who may read them
 * (the owning academy's staff and administrators): they know who is in a
 * cohort, so a small group's figures would be its members' answers.
 *
 * Against differencing between visible figures:
 * - a round's figures appear only once answering has closed, so no figure
 *   changes in front of a reader as one more answer arrives;
 * - a programme's figures add up only the cohorts whose own figures are shown
 *   (more than 7 answers), so subtracting shown cohorts from the programme
 *   never leaves a hidden one;
 * - counts are rounded to 5 and shares come from the rounded counts.
 */
export class EvaluationResultsService {
  constructor(private readonly sender: EvaluationSender) {}

  async results(ctx: RequestContext, programmeId: string, cohortId: string | null | undefined): Promise<EvaluationResults> {
    const programme = await managedProgramme(ctx, programmeId);
    let cohorts: Cohort[];
    if (cohortId) {
      const { cohort } = await managedCohort(ctx, cohortId);
      if (cohort.programmeId !== programme.id) throw badUserInput("That cohort is not a cohort of this programme.", { argumentName: "cohortId" });
      cohorts = [cohort];
    } else {
      cohorts = (await ctx.loaders.cohortsByProgrammeId.load(programme.id)).filter((cohort) => cohort.status !== CohortStatus.CANCELLED && cohort.status !== CohortStatus.PLANNED);
    }
    const questionnaires = await ctx.loaders.questionnairesByProgrammeId.load(programme.id);
    const rounds = await this.rounds(ctx, questionnaires, cohorts);
    const closed = rounds.filter((round) => round.closes_at.getTime() <= Date.now());
    const [likert, comments, respondentsByRound] = await Promise.all([this.likertCounts(ctx, closed), this.comments(ctx, closed), this.respondents(closed)]);
    const results: QuestionnaireResults[] = [];
    for (const questionnaire of questionnaires) {
      const questions = await ctx.loaders.questionsByQuestionnaireId.load(questionnaire.id);
      const own = rounds.filter((round) => round.questionnaire_id === questionnaire.id);
      const ownClosed = closed.filter((round) => round.questionnaire_id === questionnaire.id);
      results.push({
        questionnaire,
        pointLabel: evaluationPointLabel(questionnaire.point, questionnaire.followUpMonths),
        rounds: await this.roundStatuses(ctx, questionnaire, cohorts, own),
        ...this.released(questions, ownClosed, own.length, likert, comments, respondentsByRound),
      });
    }
    return { questionnaires: results, selfRatings: await this.selfRatings(ctx, questionnaires, closed) };
  }

  private released(
    questions: EvaluationQuestion[],
    closed: RoundRow[],
    sentTo: number,
    likert: Map<string, number[]>,
    comments: Map<string, string[]>,
    respondentsByRound: Map<string, number>,
  ): Pick<QuestionnaireResults, "respondents" | "note" | "questions"> {
    const shownRounds = closed.filter((round) => (respondentsByRound.get(round.id) ?? 0) > THRESHOLD);
    const respondents = shownRounds.reduce((sum, round) => sum + (respondentsByRound.get(round.id) ?? 0), 0);
    const small = closed.length - shownRounds.length;
    const notes: string[] = [];
    if (sentTo === 0) notes.push("Not sent yet: it goes out by itself when its time comes.");
    else if (closed.length < sentTo) notes.push(`Figures appear once answering has closed (${plural(sentTo - closed.length, "cohort")} still answering).`);
    if (small > 0) notes.push(`${plural(small, "cohort")} with 7 or fewer respondents ${small === 1 ? "is" : "are"} left out, so that no one's answers can be told.`);
    // Nothing closed: nothing to show yet. Closed, but every cohort small: suppressed, not zero.
    const hidden = closed.length > 0 && shownRounds.length === 0 && closed.some((round) => round.responded > 0);
    const questionResults: EvaluationQuestionResult[] = questions.map((question) => {
      if (closed.length === 0) return { question, answered: null, suppressed: false, counts: [], shares: [], comments: null };
      if (question.kind === EvaluationQuestionKind.LIKERT) {
        // Only the rounds where this question itself had more than 7 answers (it may be optional).
        const parts = shownRounds.filter((round) => (likert.get(`${round.id}:${question.id}`) ?? []).reduce((a, b) => a + b, 0) > THRESHOLD);
        const counts = Array.from({ length: LIKERT_MAX }, (_, i) => parts.reduce((sum, round) => sum + (likert.get(`${round.id}:${question.id}`)?.[i] ?? 0), 0));
        const anyAnswers = closed.some((round) => (likert.get(`${round.id}:${question.id}`) ?? []).some((count) => count > 0));
        if (parts.length === 0 && anyAnswers) return { question, answered: null, suppressed: true, counts: counts.map(() => null), shares: counts.map(() => null), comments: null };
        const released = releaseLikert(counts);
        return { question, answered: released.answered, suppressed: released.suppressed, counts: [...released.counts], shares: [...released.shares], comments: null };
      }
      // Comments from rounds with more than 7 respondents, where a count can't single anyone out.
      if (hidden) return { question, answered: null, suppressed: true, counts: [], shares: [], comments: null };
      const texts = shownRounds.flatMap((round) => comments.get(`${round.id}:${question.id}`) ?? []).sort((a, b) => a.localeCompare(b));
      return { question, answered: controlCount(texts.length, DEFAULT_DISCLOSURE_SETTINGS), suppressed: false, counts: [], shares: [], comments: texts };
    });
    return { respondents: hidden ? null : controlCount(respondents, DEFAULT_DISCLOSURE_SETTINGS), note: notes.join(" "), questions: questionResults };
  }

  private async rounds(ctx: RequestContext, questionnaires: Questionnaire[], cohorts: Cohort[]): Promise<RoundRow[]> {
    if (questionnaires.length === 0 || cohorts.length === 0) return [];
    return ctx.db.query(
      `SELECT r.id, r.questionnaire_id, r.cohort_id, r.opened_at, r.closes_at,
              count(i.id)::int AS invited, count(i.submitted_at)::int AS responded
         FROM evaluation_round r LEFT JOIN evaluation_invitation i ON i.round_id = r.id
        WHERE r.questionnaire_id = ANY($1::uuid[]) AND r.cohort_id = ANY($2::uuid[])
        GROUP BY r.id`,
      [questionnaires.map((q) => q.id), cohorts.map((c) => c.id)],
    );
  }

  private respondents(closed: RoundRow[]): Map<string, number> {
    return new Map(closed.map((round) => [round.id, round.responded]));
  }

  /** Counts per round, question and rating: only counts leave the database. */
  private async likertCounts(ctx: RequestContext, closed: RoundRow[]): Promise<Map<string, number[]>> {
    const counts = new Map<string, number[]>();
    if (closed.length === 0) return counts;
    const rows: Array<{ round_id: string; question_id: string; rating: number; n: number }> = await ctx.db.query(
      `SELECT i.round_id, a.question_id, a.rating, count(*)::int AS n
         FROM evaluation_answer a JOIN evaluation_invitation i ON i.id = a.invitation_id
        WHERE i.round_id = ANY($1::uuid[]) AND a.rating IS NOT NULL
        GROUP BY i.round_id, a.question_id, a.rating`,
      [closed.map((round) => round.id)],
    );
    for (const row of rows) {
      const key = `${row.round_id}:${row.question_id}`;
      const list = counts.get(key) ?? Array.from({ length: LIKERT_MAX }, () => 0);
      list[row.rating - 1] += row.n;
      counts.set(key, list);
    }
    return counts;
  }

  private async comments(ctx: RequestContext, closed: RoundRow[]): Promise<Map<string, string[]>> {
    const texts = new Map<string, string[]>();
    if (closed.length === 0) return texts;
    const rows: Array<{ round_id: string; question_id: string; text: string }> = await ctx.db.query(
      `SELECT i.round_id, a.question_id, a.text
         FROM evaluation_answer a JOIN evaluation_invitation i ON i.id = a.invitation_id
        WHERE i.round_id = ANY($1::uuid[]) AND a.text IS NOT NULL
        ORDER BY a.text`,
      [closed.map((round) => round.id)],
    );
    for (const row of rows) {
      const key = `${row.round_id}:${row.question_id}`;
      texts.set(key, [...(texts.get(key) ?? []), row.text]);
    }
    return texts;
  }

  private async roundStatuses(ctx: RequestContext, questionnaire: Questionnaire, cohorts: Cohort[], rounds: RoundRow[]): Promise<EvaluationRoundStatus[]> {
    return Promise.all(
      cohorts.map(async (cohort) => {
        const round = rounds.find((r) => r.cohort_id === cohort.id);
        const window = await this.sender.windowFor(ctx, questionnaire, cohort);
        return {
          cohortId: cohort.globalId,
          cohortName: cohort.name,
          opensAt: window.opensAt,
          closesAt: round?.closes_at ?? window.closesAt,
          sentAt: round?.opened_at ?? null,
          closed: (round?.closes_at ?? window.closesAt).getTime() <= Date.now(),
          invited: round?.invited ?? 0,
          responded: round?.responded ?? 0,
        };
      }),
    );
  }

  /**
   * Confidence and leadership, before vs after, on the same people: per cohort
   * with both rounds closed, the participants who gave both ratings; cohorts
   * with 7 or fewer such pairs are left out of the programme's figure.
   */
  private async selfRatings(ctx: RequestContext, questionnaires: Questionnaire[], closed: RoundRow[]): Promise<SelfRatingChange[]> {
    const pre = questionnaires.find((q) => q.point === EvaluationPoint.PRE_PROGRAMME);
    const post = questionnaires.find((q) => q.point === EvaluationPoint.POST_PROGRAMME);
    const changes: SelfRatingChange[] = [];
    if (!pre || !post) return changes;
    const [preQuestions, postQuestions] = await Promise.all([ctx.loaders.questionsByQuestionnaireId.load(pre.id), ctx.loaders.questionsByQuestionnaireId.load(post.id)]);
    for (const measure of Object.values(SelfRatingMeasure)) {
      const before = preQuestions.find((q) => q.measure === measure);
      const after = postQuestions.find((q) => q.measure === measure);
      if (!before || !after) continue;
      const roundPairs: Array<{ preRound: string; postRound: string }> = [];
      for (const preRound of closed.filter((r) => r.questionnaire_id === pre.id)) {
        const postRound = closed.find((r) => r.questionnaire_id === post.id && r.cohort_id === preRound.cohort_id);
        if (postRound) roundPairs.push({ preRound: preRound.id, postRound: postRound.id });
      }
      const rows: Array<{ post_round: string; before: number; after: number }> = roundPairs.length
        ? await ctx.db.query(
            `SELECT ip.round_id AS post_round, ab.rating AS before, aa.rating AS after
               FROM evaluation_invitation ib
               JOIN evaluation_answer ab ON ab.invitation_id = ib.id AND ab.question_id = $1 AND ab.rating IS NOT NULL
               JOIN evaluation_invitation ip ON ip.participant_id = ib.participant_id
               JOIN evaluation_answer aa ON aa.invitation_id = ip.id AND aa.question_id = $2 AND aa.rating IS NOT NULL
              WHERE (ib.round_id, ip.round_id) IN (SELECT * FROM unnest($3::uuid[], $4::uuid[]))`,
            [before.id, after.id, roundPairs.map((p) => p.preRound), roundPairs.map((p) => p.postRound)],
          )
        : [];
      const byCohort = new Map<string, RatingPair[]>();
      for (const row of rows) byCohort.set(row.post_round, [...(byCohort.get(row.post_round) ?? []), { before: row.before, after: row.after }]);
      const shownParts = [...byCohort.values()].filter((pairs) => pairs.length > THRESHOLD);
      const left = roundPairs.length - shownParts.length;
      const released = releasePairedChange(shownParts.flat());
      const notes = [
        roundPairs.length === 0
          ? "Needs a cohort whose before and after questionnaires have both closed."
          : `The same people before and after, from ${plural(shownParts.length, "cohort")}.`,
        left > 0 ? `${plural(left, "cohort")} with 7 or fewer people who answered both ${left === 1 ? "is" : "are"} left out.` : "",
      ];
      changes.push({ measure, level: KirkpatrickLevel.LEARNING, ...released, note: notes.filter(Boolean).join(" ") });
    }
    return changes;
  }
}
