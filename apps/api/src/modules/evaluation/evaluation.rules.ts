import { EVALUATION_LIMITS, EvaluationPoint, EvaluationQuestionKind, LIKERT_MAX, LIKERT_MIN, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";
import type { CreateQuestionnaireInput, CreateQuestionTemplateInput } from "./dto/builder.dto";
import type { EvaluationAnswerInput } from "./dto/answering.dto";
import type { EvaluationQuestion } from "./questionnaire.entity";

const L = EVALUATION_LIMITS;

function requiredText(problems: UserError[], field: string, value: string | null | undefined, max: number, missing: string) {
  const text = (value ?? "").trim();
  if (!text) problems.push(userError([field], UserErrorCode.REQUIRED, missing));
  else if (text.length > max) problems.push(userError([field], UserErrorCode.TOO_LONG, `At most ${max} characters.`));
}

/** A template's own fields; the academy is checked by the service. Blank means missing; nothing is trimmed silently beyond the ends. */
export function questionTemplateProblems(input: CreateQuestionTemplateInput): UserError[] {
  const problems: UserError[] = [];
  requiredText(problems, "prompt", input.prompt, L.promptMaxLength, "Enter the question.");
  if (input.kind === EvaluationQuestionKind.LIKERT) {
    requiredText(problems, "lowLabel", input.lowLabel, L.scaleLabelMaxLength, "Say what 1 on the scale means, e.g. \"Not at all confident\".");
    requiredText(problems, "highLabel", input.highLabel, L.scaleLabelMaxLength, "Say what 5 on the scale means, e.g. \"Very confident\".");
  } else {
    if (input.lowLabel?.trim() || input.highLabel?.trim()) problems.push(userError(["lowLabel"], UserErrorCode.INVALID, "Free-text questions have no scale: leave the scale labels empty."));
    if (input.measure) problems.push(userError(["measure"], UserErrorCode.INVALID, "Only a 1-5 scale can be compared before and after: choose a Likert question."));
  }
  return problems;
}

export function questionnaireProblems(input: CreateQuestionnaireInput): UserError[] {
  const problems: UserError[] = [];
  requiredText(problems, "title", input.title, L.titleMaxLength, "Give the questionnaire a title.");
  if ((input.introduction ?? "").length > L.introductionMaxLength) problems.push(userError(["introduction"], UserErrorCode.TOO_LONG, `At most ${L.introductionMaxLength} characters.`));
  if (input.point === EvaluationPoint.FOLLOW_UP) {
    const months = input.followUpMonths;
    if (months === null || months === undefined) problems.push(userError(["followUpMonths"], UserErrorCode.REQUIRED, "Say how many months after the programme ends the follow-up goes out."));
    else if (!Number.isInteger(months) || months < L.followUpMonthsMin || months > L.followUpMonthsMax) {
      problems.push(userError(["followUpMonths"], UserErrorCode.INVALID, `A follow-up goes out ${L.followUpMonthsMin} to ${L.followUpMonthsMax} months after the programme ends.`));
    }
  } else if (input.followUpMonths !== null && input.followUpMonths !== undefined) {
    problems.push(userError(["followUpMonths"], UserErrorCode.INVALID, "Only follow-ups have a number of months."));
  }
  if (input.questions.length === 0) problems.push(userError(["questions"], UserErrorCode.REQUIRED, "Add at least one question."));
  if (input.questions.length > L.questionsMax) problems.push(userError(["questions"], UserErrorCode.INVALID, `A questionnaire can have at most ${L.questionsMax} questions.`));
  const seen = new Set<string>();
  input.questions.forEach((question, index) => {
    if (seen.has(question.templateId)) problems.push(userError(["questions", String(index), "templateId"], UserErrorCode.INVALID, "This question is already in the questionnaire."));
    seen.add(question.templateId);
  });
  return problems;
}

export interface CheckedAnswer {
  question: EvaluationQuestion;
  rating: number | null;
  text: string | null;
}

/**
 * A participant's answers against the questionnaire's questions. Problems
 * are keyed by the question's global id (`["answers", questionId]`), so the
 * answering page puts each message beside its question.
 */
export function answerProblems(questions: readonly EvaluationQuestion[], answers: readonly EvaluationAnswerInput[]): { problems: UserError[]; checked: CheckedAnswer[] } {
  const problems: UserError[] = [];
  const checked: CheckedAnswer[] = [];
  const byGlobalId = new Map(questions.map((question) => [question.globalId, question]));
  const answered = new Set<string>();
  answers.forEach((answer, index) => {
    const question = byGlobalId.get(answer.questionId);
    if (!question) {
      problems.push(userError(["answers", String(index), "questionId"], UserErrorCode.NOT_FOUND, "That question is not in this questionnaire."));
      return;
    }
    const field = ["answers", answer.questionId];
    if (answered.has(question.id)) {
      problems.push(userError(field, UserErrorCode.INVALID, "This question is answered twice."));
      return;
    }
    answered.add(question.id);
    if (question.kind === EvaluationQuestionKind.LIKERT) {
      if (answer.text !== null && answer.text !== undefined) problems.push(userError(field, UserErrorCode.INVALID, "Choose a point on the scale; this question takes no text."));
      const rating = answer.rating;
      if (rating === null || rating === undefined) return;
      if (!Number.isInteger(rating) || rating < LIKERT_MIN || rating > LIKERT_MAX) problems.push(userError(field, UserErrorCode.INVALID, `Choose a point from ${LIKERT_MIN} to ${LIKERT_MAX}.`));
      else checked.push({ question, rating, text: null });
    } else {
      if (answer.rating !== null && answer.rating !== undefined) problems.push(userError(field, UserErrorCode.INVALID, "This question takes words, not a rating."));
      const text = answer.text ?? "";
      if (!text.trim()) return;
      if (text.length > L.answerTextMaxLength) problems.push(userError(field, UserErrorCode.TOO_LONG, `At most ${L.answerTextMaxLength} characters (this answer has ${text.length}).`));
      else checked.push({ question, rating: null, text });
    }
  });
  for (const question of questions) {
    if (question.required && !checked.some((answer) => answer.question.id === question.id) && !problems.some((p) => p.field?.[1] === question.globalId)) {
      problems.push(userError(["answers", question.globalId], UserErrorCode.REQUIRED, question.kind === EvaluationQuestionKind.LIKERT ? "Choose a point on the scale: this question must be answered." : "Write an answer: this question must be answered."));
    }
  }
  return { problems, checked };
}
