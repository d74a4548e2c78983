import { defineAuthorizationRows } from "../../../../test/authorization-table";

/** The notification feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // The development mailbox: administrators (a mail that does not exist answers null)
    "Query.devMailbox": { expect: "UFFFFFFA" },
    "Query.devMail": { expect: "UFFFFFFH" },
  },
});
