import { defineAuthorizationRows } from "../../../../test/authorization-table";

/** The equality-monitoring feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Equality monitoring: the applicant answers, or takes the answers back, through their private link (a bad token is bad
    // input); fair selection is for the owning academy's staff and administrators. No type carries an answer: no field rows.
    "Mutation.submitEqualityMonitoring": { expect: "AAAAAAAA" },
    "Mutation.withdrawEqualityMonitoring": { expect: "AAAAAAAA" },
    "Query.fairSelection": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  },
});
