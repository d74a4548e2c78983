import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The organisation feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Reference data: organisations (catalogue data for partners)
    "Query.organisations": { expect: "UAFFFAAA" },
    "Query.organisation": { expect: "UFFFFAAA UFFFFAAA", subject: "Trust" },
    "Mutation.createOrganisation": { expect: "UFFFFFFA" },
    "Mutation.updateOrganisation": { expect: "UFFFFFFA UFFFFFFA", subject: "Trust" },
  },
  fields: {
    ...fields("Organisation", "HAHHHAAA HAHHHAAA", "id name kind odsCode region createdAt updatedAt parent"),
  },
});
