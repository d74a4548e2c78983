import type {
  CreateProgrammeInput,
  EligibilityRulesFieldsFragment,
  EligibilityRulesInput,
  ModuleTemplateFieldsFragment,
  ModuleTemplateInput,
  ProgrammeDetailsFragment,
  TrackInput,
  UpdateProgrammeInput,
} from "@ascent/client";
import type { AfcBand, DeliveryMode, EligibilityRules } from "@ascent/domain";
import type { ModuleFormValue } from "./ModuleListEditor";

/** The ordered lists of one-line items a programme has. */
export const PROGRAMME_LIST_FIELDS = ["aims", "learningOutcomes", "benefits", "commitments", "targetRoles"] as const;
export type ProgrammeListField = (typeof PROGRAMME_LIST_FIELDS)[number];

export interface TrackFormValue {
  name: string;
  description: string;
  /** The track's own bands; empty inherits the programme's. */
  bands: AfcBand[];
  modules: ModuleFormValue[];
}

export interface ProgrammeFormValues extends Record<ProgrammeListField, string[]> {
  academyId: string | null;
  title: string;
  summary: string;
  description: string;
  duration: string;
  deliveryModes: DeliveryMode[];
  eligibility: EligibilityRules;
  modules: ModuleFormValue[];
  /** Only on the create page; the editor saves tracks one at a time. */
  tracks: TrackFormValue[];
}

/** Input fields the form shows problems beside (userErrors under any other path go above the form). */
export const PROGRAMME_FORM_ROOTS = [
  "academyId",
  "title",
  "summary",
  "description",
  "duration",
  "deliveryModes",
  "eligibility",
  "modules",
  "tracks",
  ...PROGRAMME_LIST_FIELDS,
] as const;

export const emptyProgrammeFormValues: ProgrammeFormValues = {
  academyId: null,
  title: "",
  summary: "",
  description: "",
  duration: "",
  deliveryModes: [],
  aims: [],
  learningOutcomes: [],
  benefits: [],
  commitments: [],
  targetRoles: [],
  eligibility: {},
  modules: [],
  tracks: [],
};

export function moduleFormValue(module: ModuleTemplateFieldsFragment): ModuleFormValue {
  return {
    title: module.title,
    kind: module.kind,
    lengthDays: module.lengthDays,
    deliveryMode: module.deliveryMode,
    description: module.description ?? "",
  };
}

export function eligibilityFromFragment(rules: EligibilityRulesFieldsFragment | null | undefined): EligibilityRules {
  if (!rules) return {};
  return {
    bands: rules.bands,
    medicalGrades: rules.medicalGrades,
    staffGroups: rules.staffGroups,
    ethnicity: rules.ethnicity,
    memberOrganisationsOnly: rules.memberOrganisationsOnly,
    requirements: rules.requirements,
  };
}

export function formValuesFromProgramme(programme: ProgrammeDetailsFragment): ProgrammeFormValues {
  return {
    academyId: programme.academy.id,
    title: programme.title,
    summary: programme.summary,
    description: programme.description,
    duration: programme.duration,
    deliveryModes: [...programme.deliveryModes],
    aims: [...programme.aims],
    learningOutcomes: [...programme.learningOutcomes],
    benefits: [...programme.benefits],
    commitments: [...programme.commitments],
    targetRoles: [...programme.targetRoles],
    eligibility: eligibilityFromFragment(programme.eligibility),
    modules: programme.modules.map(moduleFormValue),
    tracks: [],
  };
}

const cleanList = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== "");

export function toModuleInputs(modules: readonly ModuleFormValue[]): ModuleTemplateInput[] {
  return modules.map((module) => ({
    title: module.title.trim(),
    kind: module.kind,
    lengthDays: module.lengthDays,
    deliveryMode: module.deliveryMode,
    description: module.description.trim() || null,
  }));
}

/** Empty lists mean "no rule": sent as null so the stored rules stay minimal. */
export function toEligibilityInput(rules: EligibilityRules): EligibilityRulesInput {
  const listOrNull = <T>(list: readonly T[] | null | undefined) => (list && list.length > 0 ? [...list] : null);
  return {
    bands: listOrNull(rules.bands),
    medicalGrades: listOrNull(rules.medicalGrades),
    staffGroups: listOrNull(rules.staffGroups),
    ethnicity: rules.ethnicity ?? null,
    memberOrganisationsOnly: rules.memberOrganisationsOnly ?? null,
    requirements: listOrNull(rules.requirements),
  };
}

export function toTrackInput(track: TrackFormValue): TrackInput {
  return {
    name: track.name.trim(),
    description: track.description.trim() || null,
    eligibility: track.bands.length > 0 ? { bands: [...track.bands] } : null,
    modules: toModuleInputs(track.modules),
  };
}

export function toCreateProgrammeInput(values: ProgrammeFormValues): CreateProgrammeInput {
  if (!values.academyId) throw new Error("The form's validation should have required an academy");
  return {
    academyId: values.academyId,
    title: values.title.trim(),
    summary: values.summary.trim(),
    description: values.description.trim() || null,
    duration: values.duration.trim(),
    deliveryModes: values.deliveryModes,
    aims: cleanList(values.aims),
    learningOutcomes: cleanList(values.learningOutcomes),
    benefits: cleanList(values.benefits),
    commitments: cleanList(values.commitments),
    targetRoles: cleanList(values.targetRoles),
    eligibility: toEligibilityInput(values.eligibility),
    modules: toModuleInputs(values.modules),
    tracks: values.tracks.map(toTrackInput),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed since `saved`, so a save does not overwrite others' edits to other fields. */
export function toUpdateProgrammeInput(id: string, values: ProgrammeFormValues, saved: ProgrammeFormValues): UpdateProgrammeInput {
  const input: UpdateProgrammeInput = { id };
  for (const field of ["title", "summary", "description", "duration"] as const) {
    if (values[field].trim() !== saved[field].trim()) input[field] = values[field].trim();
  }
  if (!same([...values.deliveryModes].sort(), [...saved.deliveryModes].sort())) input.deliveryModes = values.deliveryModes;
  for (const field of PROGRAMME_LIST_FIELDS) {
    if (!same(cleanList(values[field]), cleanList(saved[field]))) input[field] = cleanList(values[field]);
  }
  if (!same(toEligibilityInput(values.eligibility), toEligibilityInput(saved.eligibility))) input.eligibility = toEligibilityInput(values.eligibility);
  if (!same(toModuleInputs(values.modules), toModuleInputs(saved.modules))) input.modules = toModuleInputs(values.modules);
  return input;
}

export function hasChanges(input: UpdateProgrammeInput): boolean {
  return Object.keys(input).some((key) => key !== "id");
}
