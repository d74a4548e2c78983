import { CohortStatus, evaluationPointLabel, evaluationWindow, formatLondonDateTime, ParticipantStatus, UserErrorCode, type EvaluationWindow } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../graphql/context";
import { runMutation } from "../../graphql/mutation";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { participantDetailSql } from "../application";
import type { Cohort } from "../cohort";
import { enqueueMessage } from "../notification";
import type { Programme } from "../programme";
import type { EvaluationRoundInput, EvaluationRoundPayload } from "./dto/builder.dto";
import { managedRound } from "./evaluation-access";
import { EvaluationRound } from "./evaluation-round.entity";
import type { EvaluationLinks } from "./evaluation.links";
import { Questionnaire } from "./questionnaire.entity";

type Tx = RequestContext;

const closedProblem = (closesAt: Date) =>
  new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID_TRANSITION, `Answering for this cohort closed at ${formatLondonDateTime(closesAt)} (London time); it can't be sent again.`)]);

/**
 * Sending questionnaires: each cohort's round opens once, by the timed sweep
 * when its window opens or by staff sending early, and invites each
 * participant once. The unique (round, participant) row and the message's
 * dedupe key, written in one transaction, make a second send impossible
 * however often the sweep or a button runs.
 */
export class EvaluationSender {
  constructor(
    private readonly links: EvaluationLinks,
    private readonly consoleUrl: string,
  ) {}

  answerUrl(token: string): string {
    return `${this.consoleUrl}/evaluations/answer/${encodeURIComponent(token)}`;
  }

  async windowFor(ctx: RequestContext, questionnaire: Questionnaire, cohort: Cohort): Promise<EvaluationWindow> {
    const sessions = await ctx.loaders.sessionsByCohortId.load(cohort.id);
    return evaluationWindow(questionnaire.point, questionnaire.followUpMonths || null, { startsOn: cohort.startsOn, endsOn: cohort.endsOn, sessions });
  }

  /** Staff send now instead of waiting for the window to open (until it closes). */
  sendNow(ctx: RequestContext, input: EvaluationRoundInput): Promise<EvaluationRoundPayload> {
    return runMutation<EvaluationRoundPayload>(
      ctx,
      async (tx) => {
        const { questionnaire, cohort, programme } = await managedRound(tx, input.questionnaireId, input.cohortId);
        if (cohort.status === CohortStatus.CANCELLED) throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID_TRANSITION, "This cohort is cancelled.")]);
        const existing = await tx.db.getRepository(EvaluationRound).findOneBy({ questionnaireId: questionnaire.id, cohortId: cohort.id });
        if (existing && existing.closesAt.getTime() <= Date.now()) throw closedProblem(existing.closesAt);
        const window = await this.windowFor(tx, questionnaire, cohort);
        if (!existing && window.closesAt.getTime() <= Date.now()) throw closedProblem(window.closesAt);
        const { round, sent } = await this.invite(tx, questionnaire, cohort, programme, existing?.closesAt ?? window.closesAt);
        await recordAudit(tx, { operation: "sendEvaluation", targetType: "Cohort", targetId: cohort.id, fields: ["questionnaireId"] });
        return { sent, closesAt: round.closesAt, userErrors: [] };
      },
      (userErrors) => ({ sent: null, closesAt: null, userErrors }),
    );
  }

  /** Staff end answering early; the round's results can then be shown. */
  close(ctx: RequestContext, input: EvaluationRoundInput): Promise<EvaluationRoundPayload> {
    return runMutation<EvaluationRoundPayload>(
      ctx,
      async (tx) => {
        const { questionnaire, cohort } = await managedRound(tx, input.questionnaireId, input.cohortId);
        const [round]: Array<{ id: string; closes_at: Date }> = await tx.db.query(`SELECT id, closes_at FROM evaluation_round WHERE questionnaire_id = $1 AND cohort_id = $2 FOR UPDATE`, [questionnaire.id, cohort.id]);
        if (!round) throw new UserInputProblems([userError(["questionnaireId"], UserErrorCode.INVALID_TRANSITION, "This questionnaire hasn't been sent to this cohort yet.")]);
        if (round.closes_at.getTime() <= Date.now()) throw closedProblem(round.closes_at);
        const [[{ now }]]: [Array<{ now: Date }>, number] = await tx.db.query(`UPDATE evaluation_round SET closes_at = now() WHERE id = $1 RETURNING closes_at AS now`, [round.id]);
        await recordAudit(tx, { operation: "closeEvaluation", targetType: "Cohort", targetId: cohort.id, fields: ["questionnaireId", "closesAt"] });
        return { sent: null, closesAt: now, userErrors: [] };
      },
      (userErrors) => ({ sent: null, closesAt: null, userErrors }),
    );
  }

  /**
   * The timed part (a job every few minutes): every questionnaire whose
   * window is open for a cohort with participants goes to everyone in it not
   * yet invited, including people enrolled after it first went out.
   */
  async sweep(ctx: RequestContext): Promise<number> {
    const pairs: Array<{ questionnaire_id: string; cohort_id: string }> = await ctx.db.query(
      `SELECT q.id AS questionnaire_id, c.id AS cohort_id
         FROM evaluation_questionnaire q
         JOIN cohort c ON c.programme_id = q.programme_id
        WHERE c.status NOT IN ('PLANNED', 'CANCELLED')
          AND c.ends_on >= (now() - make_interval(months => q.follow_up_months + 2))::date
          AND EXISTS (SELECT 1 FROM participant p WHERE p.cohort_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM evaluation_round r WHERE r.questionnaire_id = q.id AND r.cohort_id = c.id AND r.closes_at <= now())
        ORDER BY c.id, q.id`,
    );
    let sent = 0;
    for (const pair of pairs) {
      sent += await inTransaction(ctx, async (tx) => {
        const questionnaire = await tx.db.getRepository(Questionnaire).findOneBy({ id: pair.questionnaire_id });
        const cohort = await tx.loaders.cohortById.load(pair.cohort_id);
        const programme = cohort ? await tx.loaders.programmeById.load(cohort.programmeId) : null;
        if (!questionnaire || !cohort || !programme) return 0;
        const window = await this.windowFor(tx, questionnaire, cohort);
        const now = Date.now();
        if (now < window.opensAt.getTime() || now >= window.closesAt.getTime()) return 0;
        return (await this.invite(tx, questionnaire, cohort, programme, window.closesAt)).sent;
      });
    }
    return sent;
  }

  /** Opens (or finds) the cohort's round and invites, once each, the participants not yet invited. */
  private async invite(tx: Tx, questionnaire: Questionnaire, cohort: Cohort, programme: Programme, closesAt: Date): Promise<{ round: EvaluationRound; sent: number }> {
    await tx.db.query(`INSERT INTO evaluation_round (questionnaire_id, cohort_id, closes_at) VALUES ($1, $2, $3) ON CONFLICT (questionnaire_id, cohort_id) DO NOTHING`, [questionnaire.id, cohort.id, closesAt]);
    // The lock makes the sweep and a staff send queue up on the same round.
    const round = await tx.db.getRepository(EvaluationRound).createQueryBuilder("r").setLock("pessimistic_write").where("r.questionnaire_id = :q AND r.cohort_id = :c", { q: questionnaire.id, c: cohort.id }).getOneOrFail();
    if (round.closesAt.getTime() <= Date.now()) return { round, sent: 0 };
    const invited: Array<{ id: string; name: string | null; email: string }> = await tx.db.query(
      `WITH added AS (
         INSERT INTO evaluation_invitation (round_id, participant_id)
         SELECT $1, pt.id FROM participant pt
          WHERE pt.cohort_id = $2 AND pt.status <> $3 AND ${participantDetailSql("email")} IS NOT NULL
         ORDER BY pt.id
         ON CONFLICT (round_id, participant_id) DO NOTHING
         RETURNING id, participant_id)
       SELECT added.id, ${participantDetailSql("name")} AS name, ${participantDetailSql("email")} AS email
         FROM added JOIN participant pt ON pt.id = added.participant_id`,
      [round.id, cohort.id, ParticipantStatus.WITHDRAWN],
    );
    const label = evaluationPointLabel(questionnaire.point, questionnaire.followUpMonths);
    for (const invitation of invited) {
      const link = this.answerUrl(this.links.sign(invitation.id, round.closesAt));
      await enqueueMessage(tx, {
        kind: "evaluation.invitation",
        to: invitation.email,
        subject: `${label}: ${questionnaire.title} (${programme.title})`.slice(0, 300),
        text: [
          `Dear ${invitation.name ?? "participant"},`,
          `${programme.title}, ${cohort.name}: please tell us how things are for you ${label.toLowerCase().startsWith("follow") ? "now" : label.toLowerCase()}. It takes a few minutes. Ratings are reported only as figures for groups of more than seven people; written comments are read by the academy's own staff, never with your name.`,
          `Answer at your private link (no account needed; keep it to yourself). You can change your answers until ${formatLondonDateTime(round.closesAt)} (London time):\n${link}`,
        ].join("\n\n"),
        dedupeKey: `evaluation:invitation:${invitation.id}`,
      });
    }
    return { round, sent: invited.length };
  }
}
