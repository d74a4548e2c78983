import { Answer, answerProblems, ApplicationQuestion, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";
import { normaliseLine } from "../programme";
import { SubmitApplicationInput } from "./dto/application.inputs";

export const NAME_MAX_LENGTH = 200;
export const EMAIL_MAX_LENGTH = 320;
export const REASON_MAX_LENGTH = 2000;
const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]+$/;
/** Printable ASCII without spaces: what a form's UUID (or any sane key) looks like. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,100}$/;
/** Markup in a one-line field is never a name or a job title: refuse it rather than store it. */
const MARKUP = /[<>]/;

export function lineProblems(field: string[], value: string, what: string, max = NAME_MAX_LENGTH, required = true): UserError[] {
  if (value === "") return required ? [userError(field, UserErrorCode.REQUIRED, `Enter ${what}.`)] : [];
  if (value.length > max) return [userError(field, UserErrorCode.TOO_LONG, `${what[0].toUpperCase()}${what.slice(1).replace(/^(your|the|a) /, "")} can be at most ${max} characters.`)];
  if (MARKUP.test(value)) return [userError(field, UserErrorCode.INVALID, `${what[0].toUpperCase()}${what.slice(1).replace(/^(your|the|a) /, "")} can't contain < or >.`)];
  return [];
}

export function emailProblems(field: string[], email: string, whose: string): UserError[] {
  if (email === "") return [userError(field, UserErrorCode.REQUIRED, `Enter ${whose} email address.`)];
  if (email.length > EMAIL_MAX_LENGTH || !EMAIL.test(email)) return [userError(field, UserErrorCode.INVALID, `Enter ${whose} email address like name@nhs.net.`)];
  return [];
}

/** Free text (a reason, a comment): trimmed, null when empty, within a limit. */
export function normaliseNote(field: string[], text: string | null | undefined, problems: UserError[], max = REASON_MAX_LENGTH): string | null {
  const trimmed = (text ?? "").replace(/\r\n?/g, "\n").trim();
  if (trimmed.length > max) problems.push(userError(field, UserErrorCode.TOO_LONG, `This can be at most ${max} characters.`));
  return trimmed === "" ? null : trimmed;
}

export interface NormalisedApplicant {
  name: string;
  email: string;
  organisationName: string | null;
  jobTitle: string;
  lineManager: { name: string; email: string } | null;
  answers: Answer[];
  idempotencyKey: string;
}

/** The form's fields, tidied and checked; every problem names its field. Answers are kept as typed, only trimmed. */
export function normaliseSubmission(input: SubmitApplicationInput, questions: readonly ApplicationQuestion[], needsLineManager: boolean, problems: UserError[]): NormalisedApplicant {
  const name = normaliseLine(input.applicant.name);
  const email = input.applicant.email.trim().toLowerCase();
  const jobTitle = normaliseLine(input.applicant.jobTitle);
  const organisationName = normaliseLine(input.applicant.organisationName);
  problems.push(
    ...lineProblems(["applicant", "name"], name, "your name"),
    ...emailProblems(["applicant", "email"], email, "your work"),
    ...lineProblems(["applicant", "jobTitle"], jobTitle, "your job title"),
    ...lineProblems(["applicant", "organisationName"], organisationName, "your organisation's name", NAME_MAX_LENGTH, false),
  );
  if (!input.applicant.organisationId && organisationName === "") {
    problems.push(userError(["applicant", "organisationId"], UserErrorCode.REQUIRED, "Choose your organisation, or type its name if it is not in the list."));
  }
  if (!input.applicant.staffGroup) problems.push(userError(["applicant", "staffGroup"], UserErrorCode.REQUIRED, "Choose your staff group."));
  if (input.applicant.band && input.applicant.medicalGrade) {
    problems.push(userError(["applicant", "band"], UserErrorCode.INVALID, "Give your Agenda for Change band or your medical grade, not both."));
  }

  let lineManager: NormalisedApplicant["lineManager"] = null;
  if (input.lineManager) {
    lineManager = { name: normaliseLine(input.lineManager.name), email: input.lineManager.email.trim().toLowerCase() };
    problems.push(...lineProblems(["lineManager", "name"], lineManager.name, "your line manager's name"), ...emailProblems(["lineManager", "email"], lineManager.email, "your line manager's"));
    if (lineManager.email !== "" && lineManager.email === email) problems.push(userError(["lineManager", "email"], UserErrorCode.INVALID, "Your line manager's email must be theirs, not yours."));
  } else if (needsLineManager) {
    problems.push(userError(["lineManager"], UserErrorCode.REQUIRED, "This programme needs your line manager's support: give their name and work email, and we will ask them."));
  }

  const answers = (input.answers ?? []).map((answer) => ({ questionKey: answer.questionKey.trim(), value: answer.value.replace(/\r\n?/g, "\n").trim() }));
  for (const problem of answerProblems(questions, answers)) problems.push(userError(problem.path, problem.code ?? UserErrorCode.INVALID, problem.message));

  const idempotencyKey = input.idempotencyKey.trim();
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) problems.push(userError(["idempotencyKey"], UserErrorCode.INVALID, "The idempotency key must be 8 to 100 printable characters without spaces (the form makes one)."));
  return { name, email, organisationName: organisationName === "" ? null : organisationName, jobTitle, lineManager, answers: answers.filter((a) => a.value !== ""), idempotencyKey };
}
