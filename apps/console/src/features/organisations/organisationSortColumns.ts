import type { OrderDirection, OrganisationOrderField } from "@ascent/client";

/** The columns the api can sort organisations by, and the direction each starts in when first clicked. */
export const organisationSortColumns = {
  NAME: { label: "Name", firstDirection: "ASC" },
  ODS_CODE: { label: "ODS code", firstDirection: "ASC" },
  // Newest first is what people want when they sort by date added.
  CREATED_AT: { label: "Added", firstDirection: "DESC" },
} as const satisfies Record<OrganisationOrderField, { label: string; firstDirection: OrderDirection }>;

export function isOrganisationSortField(value: string): value is OrganisationOrderField {
  return Object.hasOwn(organisationSortColumns, value);
}
