import { UserErrorCode } from "./errors";
import { EligibilityRequirement, EligibilityResult, EligibilityRuleKind, EligibilityRules, EthnicityCriterion } from "./eligibility";

/**
 * What a programme asks applicants, as data on the programme: its own
 * questions, its selection criteria (for panels) and, for a positive-action
 * programme, the wording of the self-declaration and its consent.
 */

export enum ApplicationQuestionKind {
  /** One line. */
  TEXT = "TEXT",
  /** Paragraphs. */
  LONG_TEXT = "LONG_TEXT",
  /** One of the question's choices. */
  CHOICE = "CHOICE",
}

export interface ApplicationQuestion {
  /** Stable within the programme; answers refer to it. Lower-case letters, digits and dashes. */
  key: string;
  label: string;
  help?: string | null;
  kind: ApplicationQuestionKind;
  required: boolean;
  /** For TEXT and LONG_TEXT. */
  maxLength?: number | null;
  /** For CHOICE. */
  choices?: string[] | null;
}

export interface SelectionCriterion {
  key: string;
  title: string;
  description?: string | null;
  /** Scores run from 0 to this. */
  maxScore: number;
}

export interface PositiveActionDeclaration {
  /** What the applicant declares, in the programme's words. */
  statement: string;
  /** What they consent to: how the declaration is used and kept. */
  consent: string;
}

export const QUESTION_KEY = /^[a-z][a-z0-9-]{0,39}$/;
export const QUESTION_LABEL_MAX_LENGTH = 500;
export const MAX_QUESTIONS = 30;
export const MAX_CHOICES = 30;
export const MAX_ANSWER_LENGTH = 10_000;
export const DEFAULT_TEXT_MAX_LENGTH = 200;
export const DEFAULT_LONG_TEXT_MAX_LENGTH = 3000;
export const MAX_SCORE = 100;
export const DECLARATION_MAX_LENGTH = 2000;

export interface FormProblem {
  path: string[];
  message: string;
  /** Set where the kind of problem matters to the caller (answers); INVALID otherwise. */
  code?: UserErrorCode;
}

/** The length limit that applies to a text question. */
export function answerLimit(question: ApplicationQuestion): number {
  return question.maxLength ?? (question.kind === ApplicationQuestionKind.LONG_TEXT ? DEFAULT_LONG_TEXT_MAX_LENGTH : DEFAULT_TEXT_MAX_LENGTH);
}

function keyProblems(items: ReadonlyArray<{ key: string }>, path: string): FormProblem[] {
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!QUESTION_KEY.test(item.key)) problems.push({ path: [path, String(index), "key"], message: "Use a short key of lower-case letters, digits and dashes, starting with a letter." });
    else if (seen.has(item.key)) problems.push({ path: [path, String(index), "key"], message: `The key ${item.key} is used twice.` });
    seen.add(item.key);
  });
  return problems;
}

/** Checks a programme's questions as data (input, import or seed). */
export function applicationQuestionsProblems(questions: readonly ApplicationQuestion[]): FormProblem[] {
  const problems: FormProblem[] = [];
  if (questions.length > MAX_QUESTIONS) problems.push({ path: ["applicationQuestions"], message: `A programme can ask at most ${MAX_QUESTIONS} questions.` });
  problems.push(...keyProblems(questions, "applicationQuestions"));
  questions.forEach((question, index) => {
    const at = ["applicationQuestions", String(index)];
    if (question.label.trim() === "") problems.push({ path: [...at, "label"], message: "Enter the question." });
    if (question.label.length > QUESTION_LABEL_MAX_LENGTH) problems.push({ path: [...at, "label"], message: `A question can be at most ${QUESTION_LABEL_MAX_LENGTH} characters.` });
    if ((question.help ?? "").length > QUESTION_LABEL_MAX_LENGTH) problems.push({ path: [...at, "help"], message: `Help can be at most ${QUESTION_LABEL_MAX_LENGTH} characters.` });
    if (question.kind === ApplicationQuestionKind.CHOICE) {
      const choices = question.choices ?? [];
      if (choices.length < 2) problems.push({ path: [...at, "choices"], message: "A choice question needs at least 2 choices." });
      if (choices.length > MAX_CHOICES) problems.push({ path: [...at, "choices"], message: `A choice question can have at most ${MAX_CHOICES} choices.` });
      if (new Set(choices).size !== choices.length) problems.push({ path: [...at, "choices"], message: "Each choice must be different." });
      if (choices.some((choice) => choice.trim() === "" || choice.length > QUESTION_LABEL_MAX_LENGTH)) {
        problems.push({ path: [...at, "choices"], message: `Each choice needs 1 to ${QUESTION_LABEL_MAX_LENGTH} characters.` });
      }
    } else if (question.maxLength != null && (!Number.isInteger(question.maxLength) || question.maxLength < 1 || question.maxLength > MAX_ANSWER_LENGTH)) {
      problems.push({ path: [...at, "maxLength"], message: `The length limit must be 1 to ${MAX_ANSWER_LENGTH} characters.` });
    }
  });
  return problems;
}

export function selectionCriteriaProblems(criteria: readonly SelectionCriterion[]): FormProblem[] {
  const problems: FormProblem[] = [...keyProblems(criteria, "selectionCriteria")];
  if (criteria.length > MAX_QUESTIONS) problems.push({ path: ["selectionCriteria"], message: `A programme can have at most ${MAX_QUESTIONS} criteria.` });
  criteria.forEach((criterion, index) => {
    const at = ["selectionCriteria", String(index)];
    if (criterion.title.trim() === "" || criterion.title.length > QUESTION_LABEL_MAX_LENGTH) problems.push({ path: [...at, "title"], message: `Give the criterion a title of 1 to ${QUESTION_LABEL_MAX_LENGTH} characters.` });
    if (!Number.isInteger(criterion.maxScore) || criterion.maxScore < 1 || criterion.maxScore > MAX_SCORE) problems.push({ path: [...at, "maxScore"], message: `The top score must be a whole number from 1 to ${MAX_SCORE}.` });
  });
  return problems;
}

export function declarationProblems(declaration: PositiveActionDeclaration | null): FormProblem[] {
  if (!declaration) return [];
  const problems: FormProblem[] = [];
  for (const field of ["statement", "consent"] as const) {
    const text = declaration[field].trim();
    if (text === "" || text.length > DECLARATION_MAX_LENGTH) problems.push({ path: ["positiveActionDeclaration", field], message: `Enter 1 to ${DECLARATION_MAX_LENGTH} characters.` });
  }
  return problems;
}

export interface Answer {
  questionKey: string;
  value: string;
}

/** The controls and formats characters a one-line or paragraph answer may not hold (tabs and newlines are fine in paragraphs). */
const hasControlCharacter = (text: string): boolean =>
  [...text].some((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && char !== "\n" && char !== "\r" && char !== "\t") || code === 0x7f;
  });

/**
 * Checks answers against the questions: every required one answered, none
 * unknown or repeated, text within its limit, a choice among the choices.
 * Paths are ["answers", index] for the question's position in the form.
 */
export function answerProblems(questions: readonly ApplicationQuestion[], answers: readonly Answer[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const byKey = new Map<string, string>();
  answers.forEach((answer, index) => {
    if (!questions.some((q) => q.key === answer.questionKey)) problems.push({ path: ["answers", String(index), "questionKey"], message: "That is not one of this programme's questions.", code: UserErrorCode.NOT_FOUND });
    else if (byKey.has(answer.questionKey)) problems.push({ path: ["answers", String(index), "questionKey"], message: "The question is answered twice." });
    byKey.set(answer.questionKey, answer.value);
  });
  questions.forEach((question) => {
    const at = ["answers", question.key];
    const value = (byKey.get(question.key) ?? "").trim();
    if (value === "") {
      if (question.required) problems.push({ path: at, message: `Answer "${question.label}".`, code: UserErrorCode.REQUIRED });
      return;
    }
    if (question.kind === ApplicationQuestionKind.CHOICE) {
      if (!(question.choices ?? []).includes(value)) problems.push({ path: at, message: `Choose one of the answers offered for "${question.label}".` });
      return;
    }
    const limit = answerLimit(question);
    if (value.length > limit) problems.push({ path: at, message: `Your answer to "${question.label}" can be at most ${limit} characters; it has ${value.length}.`, code: UserErrorCode.TOO_LONG });
    if (question.kind === ApplicationQuestionKind.TEXT && /[\r\n]/.test(value)) problems.push({ path: at, message: `"${question.label}" takes one line.` });
    if (hasControlCharacter(value)) problems.push({ path: at, message: `Your answer to "${question.label}" contains characters that can't be stored.` });
  });
  return problems;
}

/**
 * The rules checked when an application arrives. Two requirements are not
 * the applicant's to prove in the form: the line manager's support is asked
 * of the manager (the endorsement step, which holds the place meanwhile), and
 * the equality monitoring form is optional and never used in any decision
 * about a person, so it cannot decide eligibility.
 */
export function rulesAtSubmission(rules: EligibilityRules): EligibilityRules {
  const deferred = new Set<EligibilityRequirement>([EligibilityRequirement.LINE_MANAGER_SUPPORT, EligibilityRequirement.EQUALITY_MONITORING_FORM]);
  const requirements = (rules.requirements ?? []).filter((requirement) => !deferred.has(requirement));
  return { ...rules, requirements: requirements.length > 0 ? requirements : null };
}

export const requiresEndorsement = (rules: EligibilityRules): boolean => (rules.requirements ?? []).includes(EligibilityRequirement.LINE_MANAGER_SUPPORT);

export const asksPositiveActionDeclaration = (rules: EligibilityRules): boolean => rules.ethnicity === EthnicityCriterion.POSITIVE_ACTION_BME;

export const DEFAULT_POSITIVE_ACTION_DECLARATION: PositiveActionDeclaration = {
  statement: "I identify as Black, Asian or minority ethnic.",
  consent:
    "I agree that the academy uses this declaration only to confirm that I can join this positive action programme. It is kept with my application, apart from any equality monitoring answers, and is not shared with my employer.",
};

/**
 * How an ineligible result is told to the applicant: who the programme is
 * for, in the programme's terms, rather than a verdict on the person. A
 * positive-action programme leads with whom it is for.
 */
export function ineligibleMessage(result: EligibilityResult): { title: string; lines: string[] } {
  const unmet = result.reasons.filter((reason) => !reason.met);
  const positiveAction = unmet.some((reason) => reason.rule === EligibilityRuleKind.POSITIVE_ACTION);
  const lines = unmet.map((reason) => reason.explanation);
  if (positiveAction) {
    return {
      title: "This programme is for staff who identify as Black, Asian or minority ethnic",
      lines: [
        ...lines,
        "It is a positive action programme under the Equality Act 2010, so its places go to staff who declare this themselves. Your application is kept, but it can't take a place.",
      ],
    };
  }
  return {
    title: "This cohort is for a different group of staff",
    lines: [...lines, "Your application is kept, but it can't take a place in this cohort. Other programmes in the catalogue may suit you."],
  };
}
