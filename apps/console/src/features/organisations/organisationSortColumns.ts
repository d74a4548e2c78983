import type { OrganisationOrderField } from "@ascent/client";
import type { SortOptions } from "../../components/useCursorListParams";

/** The columns the api can sort organisations by, and the direction each starts in when first chosen. */
export const organisationSort: SortOptions<OrganisationOrderField> = {
  columns: {
    NAME: { label: "Name", firstDirection: "ASC" },
    ODS_CODE: { label: "ODS code", firstDirection: "ASC" },
    // Newest first is what people want when they sort by date added.
    CREATED_AT: { label: "Added", firstDirection: "DESC" },
  },
  defaultField: "NAME",
};
