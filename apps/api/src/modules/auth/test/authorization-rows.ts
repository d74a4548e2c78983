import { defineAuthorizationRows } from "../../../../test/authorization-table";

/** The auth feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Signing in and out: anyone
    "Mutation.login": { expect: "AAAAAAAA" },
    "Mutation.logout": { expect: "AAAAAAAA" },
  },
});
