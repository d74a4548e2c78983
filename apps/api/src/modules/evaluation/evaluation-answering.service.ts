import { evaluationPointLabel } from "@ascent/domain";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../../graphql/context";
import { ErrorCode } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { toGlobalId } from "../../graphql/relay/global-id";
import { UserInputProblems } from "../../graphql/user-error";
import { participantDetailSql } from "../application";
import { recordAudit } from "../audit";
import type { EvaluationForm, SubmitEvaluationInput, SubmitEvaluationPayload } from "./dto/answering.dto";
import { EvaluationAnswer, EvaluationInvitation, EvaluationRound } from "./evaluation-round.entity";
import type { EvaluationLinks } from "./evaluation.links";
import { answerProblems } from "./evaluation.rules";
import { Questionnaire } from "./questionnaire.entity";

/** A link that can't be used: bad input (never an authorization error), saying nothing about what it names. */
export function evaluationLinkProblem(problem: "INVALID" | "EXPIRED" | "CLOSED"): GraphQLError {
  if (problem === "INVALID") return new GraphQLError("This link is not valid. Check that you copied all of it from the email.", { extensions: { code: ErrorCode.BAD_USER_INPUT, link: "INVALID" } });
  return new GraphQLError("Answering this questionnaire has closed. Thank you: if you sent answers before, they are kept.", { extensions: { code: ErrorCode.BAD_USER_INPUT, link: problem } });
}

interface Opened {
  invitation: EvaluationInvitation;
  round: EvaluationRound;
}

/**
 * Answering through the private link. One response per participant and
 * questionnaire: sending again replaces the earlier answers until the round
 * closes (people correct a slip; the last word counts), then the link stops
 * working and the answers are final.
 */
export class EvaluationAnsweringService {
  constructor(private readonly links: EvaluationLinks) {}

  async form(ctx: RequestContext, token: string): Promise<EvaluationForm> {
    return this.formOf(ctx, await this.open(ctx, token, false));
  }

  submit(ctx: RequestContext, input: SubmitEvaluationInput): Promise<SubmitEvaluationPayload> {
    return runMutation<SubmitEvaluationPayload>(
      ctx,
      async (tx) => {
        const opened = await this.open(tx, input.token, true);
        const round = opened.round;
        const questions = await tx.loaders.questionsByQuestionnaireId.load(round.questionnaireId);
        const { problems, checked } = answerProblems(questions, input.answers);
        if (problems.length > 0) throw new UserInputProblems(problems);
        const answers = tx.db.getRepository(EvaluationAnswer);
        await answers.delete({ invitationId: opened.invitation.id });
        if (checked.length > 0) await answers.insert(checked.map((answer) => ({ invitationId: opened.invitation.id, questionId: answer.question.id, rating: answer.rating, text: answer.text })));
        // An UPDATE through TypeORM answers [rows, count].
        const [[{ now }]]: [Array<{ now: Date }>, number] = await tx.db.query(
          `UPDATE evaluation_invitation SET submitted_at = coalesce(submitted_at, now()), updated_at = now() WHERE id = $1 RETURNING updated_at AS now`,
          [opened.invitation.id],
        );
        opened.invitation.submittedAt ??= now;
        opened.invitation.updatedAt = now;
        await recordAudit(tx, { operation: "submitEvaluation", targetType: "EvaluationInvitation", targetId: opened.invitation.id, fields: ["answers"] });
        return { form: await this.formOf(tx, opened), userErrors: [] };
      },
      (userErrors) => ({ form: null, userErrors }),
    );
  }

  private async open(ctx: RequestContext, token: string, lock: boolean): Promise<Opened> {
    const check = this.links.verify(token);
    if (!check.ok) throw evaluationLinkProblem(check.problem);
    const query = ctx.db.getRepository(EvaluationInvitation).createQueryBuilder("i").where("i.id = :id", { id: check.invitationId });
    // Two submissions at once from the same link queue up rather than interleave their answers.
    if (lock) query.setLock("pessimistic_write");
    const invitation = await query.getOne();
    if (!invitation) throw evaluationLinkProblem("INVALID");
    const round = await ctx.db.getRepository(EvaluationRound).findOneByOrFail({ id: invitation.roundId });
    if (round.closesAt.getTime() <= Date.now()) throw evaluationLinkProblem("CLOSED");
    return { invitation, round };
  }

  private async formOf(ctx: RequestContext, { invitation, round }: Opened): Promise<EvaluationForm> {
    const questionnaire = await ctx.db.getRepository(Questionnaire).findOneByOrFail({ id: round.questionnaireId });
    const [cohort, questions, participant] = await Promise.all([
      ctx.loaders.cohortById.load(round.cohortId),
      ctx.loaders.questionsByQuestionnaireId.load(questionnaire.id),
      ctx.db.query(`SELECT ${participantDetailSql("name")} AS name FROM participant pt WHERE pt.id = $1`, [invitation.participantId]) as Promise<Array<{ name: string | null }>>,
    ]);
    const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
    const answers = await ctx.db.getRepository(EvaluationAnswer).findBy({ invitationId: invitation.id });
    return {
      programmeTitle: programme?.title ?? "",
      cohortName: cohort?.name ?? "",
      pointLabel: evaluationPointLabel(questionnaire.point, questionnaire.followUpMonths),
      title: questionnaire.title,
      introduction: questionnaire.introduction,
      participantName: participant[0]?.name ?? null,
      closesAt: round.closesAt,
      submittedAt: invitation.submittedAt,
      questions,
      answers: answers.map((answer) => ({ questionId: toGlobalId("EvaluationQuestion", answer.questionId), rating: answer.rating, text: answer.text })),
    };
  }
}
