import {
  DeliveryMode,
  EligibilityRules,
  eligibilityRulesProblems,
  MAX_MODULE_LENGTH_DAYS,
  moduleKindLabels,
  PROGRAMME_SUMMARY_MAX_LENGTH,
  PROGRAMME_TITLE_MAX_LENGTH,
  UNSCHEDULED_MODULE_KINDS,
  UserErrorCode,
} from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";
import { EligibilityRulesInput } from "./dto/eligibility.types";
import { ModuleTemplateInput } from "./dto/programme.inputs";

export const DURATION_MAX_LENGTH = 100;
export const LIST_ITEM_MAX_LENGTH = 1000;
export const TRACK_NAME_MAX_LENGTH = 200;

/** One line: trimmed, inner runs of spaces collapsed. */
export const normaliseLine = (text: string | null | undefined) => (text ?? "").trim().replace(/\s+/g, " ");

/** Free text: trimmed, Windows line endings made Unix; null when empty. */
export const normaliseText = (text: string | null | undefined): string | null => {
  const trimmed = (text ?? "").replace(/\r\n?/g, "\n").trim();
  return trimmed === "" ? null : trimmed;
};

/** An ordered list of one-line items; blank items dropped. */
export const normaliseList = (items: readonly string[] | null | undefined): string[] => (items ?? []).map(normaliseLine).filter((item) => item !== "");

export function requiredLineProblems(field: string[], value: string, max: number, what: string): UserError[] {
  if (value === "") return [userError(field, UserErrorCode.REQUIRED, `Enter ${what}.`)];
  if (value.length > max) return [userError(field, UserErrorCode.TOO_LONG, `${what[0].toUpperCase()}${what.slice(1).replace(/^(the|a) /, "")} can be at most ${max} characters.`)];
  return [];
}

export const titleProblems = (title: string) => requiredLineProblems(["title"], title, PROGRAMME_TITLE_MAX_LENGTH, "the title");
export const summaryProblems = (summary: string) => requiredLineProblems(["summary"], summary, PROGRAMME_SUMMARY_MAX_LENGTH, "a summary");
export const durationProblems = (duration: string) => requiredLineProblems(["duration"], duration, DURATION_MAX_LENGTH, "the duration, for example \"12 months\"");

export function listProblems(field: string, items: string[]): UserError[] {
  return items.flatMap((item, index) =>
    item.length > LIST_ITEM_MAX_LENGTH ? [userError([field, String(index)], UserErrorCode.TOO_LONG, `Each item can be at most ${LIST_ITEM_MAX_LENGTH} characters.`)] : [],
  );
}

export const uniqueDeliveryModes = (modes: readonly DeliveryMode[] | null | undefined): DeliveryMode[] => [...new Set(modes ?? [])];

/**
 * Turns an eligibility input into the stored rules (empty lists and nulls
 * dropped, so absence means "no rule" / "inherited") and checks every value,
 * reporting problems at their path under `field`.
 */
export function normaliseEligibility(field: string[], input: EligibilityRulesInput | null | undefined, problems: UserError[]): EligibilityRules {
  const rules: EligibilityRules = {};
  if (!input) return rules;
  for (const problem of eligibilityRulesProblems({ ...input })) problems.push(userError([...field, ...problem.path], UserErrorCode.INVALID, problem.message));
  if (input.bands?.length) rules.bands = [...input.bands];
  if (input.medicalGrades?.length) rules.medicalGrades = [...input.medicalGrades];
  if (input.staffGroups?.length) rules.staffGroups = [...input.staffGroups];
  if (input.ethnicity != null) rules.ethnicity = input.ethnicity;
  if (input.memberOrganisationsOnly != null) rules.memberOrganisationsOnly = input.memberOrganisationsOnly;
  if (input.requirements?.length) rules.requirements = [...input.requirements];
  return rules;
}

export interface NormalisedModule {
  title: string;
  kind: ModuleTemplateInput["kind"];
  lengthDays: number;
  deliveryMode: DeliveryMode | null;
  description: string | null;
}

export function normaliseModules(field: string[], modules: readonly ModuleTemplateInput[] | null | undefined, problems: UserError[]): NormalisedModule[] {
  return (modules ?? []).map((module, index) => {
    const at = [...field, String(index)];
    const title = normaliseLine(module.title);
    problems.push(...requiredLineProblems([...at, "title"], title, PROGRAMME_TITLE_MAX_LENGTH, "the module's title"));
    const unscheduledAllowed = UNSCHEDULED_MODULE_KINDS.includes(module.kind);
    const minimum = unscheduledAllowed ? 0 : 1;
    if (!Number.isInteger(module.lengthDays) || module.lengthDays < minimum || module.lengthDays > MAX_MODULE_LENGTH_DAYS) {
      problems.push(
        userError(
          [...at, "lengthDays"],
          UserErrorCode.INVALID,
          `${moduleKindLabels[module.kind]} length must be ${minimum} to ${MAX_MODULE_LENGTH_DAYS} days${unscheduledAllowed ? "" : " (only mentoring, self-directed learning and evaluation can be 0)"}.`,
        ),
      );
    }
    return { title, kind: module.kind, lengthDays: module.lengthDays, deliveryMode: module.deliveryMode ?? null, description: normaliseText(module.description) };
  });
}
