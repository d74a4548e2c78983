import {
  AFC_BANDS_IN_ORDER,
  afcBandLabels,
  allocationPolicyLabels,
  cohortStatusLabels,
  deliveryModeLabels,
  eligibilityRequirementLabels,
  ethnicityCriterionLabels,
  moduleKindLabels,
  programmeStatusLabels,
  staffGroupLabels,
  type AfcBand,
  type AllocationPolicy,
  type CohortStatus,
  type DeliveryMode,
  type EligibilityRequirement,
  type ModuleKind,
  type ProgrammeStatus,
  type StaffGroup,
} from "@ascent/domain";

/** Select options (and type guards) for @ascent/domain's enums, labelled as people say them. */

/** Select options from one of @ascent/domain's label records, in the record's order. */
function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

function guardOf<T extends string>(labels: Record<T, string>): (value: string) => value is T {
  return (value: string): value is T => Object.hasOwn(labels, value);
}

export const programmeStatusOptions = optionsOf<ProgrammeStatus>(programmeStatusLabels);
export const isProgrammeStatus = guardOf<ProgrammeStatus>(programmeStatusLabels);

export const deliveryModeOptions = optionsOf<DeliveryMode>(deliveryModeLabels);
export const isDeliveryMode = guardOf<DeliveryMode>(deliveryModeLabels);

export const moduleKindOptions = optionsOf<ModuleKind>(moduleKindLabels);
export const isModuleKind = guardOf<ModuleKind>(moduleKindLabels);

/** Bands in pay order (1 to 9, then very senior managers). */
export const bandOptions = AFC_BANDS_IN_ORDER.map((band) => ({ value: band, label: afcBandLabels[band] }));
export const isAfcBand = guardOf<AfcBand>(afcBandLabels);

export const staffGroupOptions = optionsOf<StaffGroup>(staffGroupLabels);
export const isStaffGroup = guardOf<StaffGroup>(staffGroupLabels);

export const requirementOptions = optionsOf<EligibilityRequirement>(eligibilityRequirementLabels);
export const isRequirement = guardOf<EligibilityRequirement>(eligibilityRequirementLabels);

export const ethnicityOptions = optionsOf(ethnicityCriterionLabels);

export const allocationPolicyOptions = optionsOf<AllocationPolicy>(allocationPolicyLabels);
export const isAllocationPolicy = guardOf<AllocationPolicy>(allocationPolicyLabels);

export const cohortStatusOptions = optionsOf<CohortStatus>(cohortStatusLabels);
export const isCohortStatus = guardOf<CohortStatus>(cohortStatusLabels);
