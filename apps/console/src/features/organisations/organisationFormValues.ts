import type {
  CreateOrganisationInput,
  OrganisationDetailsFragment,
  UpdateOrganisationInput,
} from "@ascent/client";
import { normaliseOdsCode, type NhsRegion, type OrganisationKind } from "@ascent/domain";

/** What the organisation form holds while someone edits it (Selects hold null when empty). */
export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | null;
  odsCode: string;
  region: NhsRegion | null;
  parentId: string | null;
}

/** The form's fields, by the same names as the mutation inputs, so server userErrors land beside them. */
export const ORGANISATION_FORM_FIELDS = ["name", "kind", "odsCode", "region", "parentId"] as const;

export const emptyOrganisationFormValues: OrganisationFormValues = {
  name: "",
  kind: null,
  odsCode: "",
  region: null,
  parentId: null,
};

export function formValuesFromOrganisation(organisation: OrganisationDetailsFragment): OrganisationFormValues {
  return {
    name: organisation.name,
    kind: organisation.kind,
    odsCode: organisation.odsCode ?? "",
    region: organisation.region,
    parentId: organisation.parent?.id ?? null,
  };
}

/** An empty ODS code box means "no ODS code". */
function odsCodeOrNull(odsCode: string): string | null {
  const normalised = normaliseOdsCode(odsCode);
  return normalised === "" ? null : normalised;
}

export function toCreateOrganisationInput(values: OrganisationFormValues): CreateOrganisationInput {
  if (!values.kind) throw new Error("The form's validation should have required a kind");
  return {
    name: values.name.trim(),
    kind: values.kind,
    odsCode: odsCodeOrNull(values.odsCode),
    region: values.region,
    parentId: values.parentId,
  };
}

/**
 * Sends only what the user changed since `saved`, so a save does not overwrite
 * fields someone else changed meanwhile. Null clears a value; omitted fields
 * stay as they are.
 */
export function toUpdateOrganisationInput(
  id: string,
  values: OrganisationFormValues,
  saved: OrganisationFormValues,
): UpdateOrganisationInput {
  const input: UpdateOrganisationInput = { id };
  const name = values.name.trim();
  if (name !== saved.name) input.name = name;
  if (values.kind && values.kind !== saved.kind) input.kind = values.kind;
  const odsCode = odsCodeOrNull(values.odsCode);
  if (odsCode !== odsCodeOrNull(saved.odsCode)) input.odsCode = odsCode;
  if (values.region !== saved.region) input.region = values.region;
  if (values.parentId !== saved.parentId) input.parentId = values.parentId;
  return input;
}

export function hasChanges(input: UpdateOrganisationInput): boolean {
  return Object.keys(input).some((key) => key !== "id");
}
