import { NhsRegion, nhsRegionLabels, OrganisationKind, organisationKindLabels } from "@ascent/domain";

/** Select/MultiSelect options, labelled in the words the domain package gives each value. */
export const organisationKindOptions = Object.values(OrganisationKind).map((kind) => ({
  value: kind,
  label: organisationKindLabels[kind],
}));

export const nhsRegionOptions = Object.values(NhsRegion).map((region) => ({
  value: region,
  label: nhsRegionLabels[region],
}));

const organisationKinds = new Set<string>(Object.values(OrganisationKind));
const nhsRegions = new Set<string>(Object.values(NhsRegion));

export function isOrganisationKind(value: string): value is OrganisationKind {
  return organisationKinds.has(value);
}

export function isNhsRegion(value: string): value is NhsRegion {
  return nhsRegions.has(value);
}
