import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The wres feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // WRES: partners with a WRES scope, academy staff and admins (controlled unless owner), never facilitators; raw returns and writes for owners
    "Query.wresReport": { expect: "UFAFFFAA UFAFFFAA", variables: () => ({ year: 2024 }) },
    "Query.wresBenchmark": { expect: "UFAFFFAA", variables: () => ({ year: 2024 }) },
    "Query.wresTrend": { expect: "UFAFFFAA UFAFFFAA" },
    "Query.wresTargets": { expect: "UFAFFFAA UFAFFFAA" },
    "Query.wresCsvTemplate": { expect: "UFAAFFAA" },
    "Query.wresLatestYear": { expect: "UFAFFFAA" },
    "Query.wresReturns": { expect: "UFAAFFAA UFFFFFFA" },
    "Query.previewWresReturnCsv": { expect: "UFFAFFAA" },
    "Mutation.submitWresReturn": { expect: "UFFAFFAA UFFFFFFA" },
    "Mutation.setWresTarget": { expect: "UFFAFFAA UFFFFFFA" },
    "Mutation.removeWresTarget": { expect: "UFFAFFAA UFFNFFNA", subject: "WresTarget", fresh: "WresTarget" },
  },
  fields: {
    ...fields("WresTarget", "HHAAHHAA HHHHHHHA", "id group year share createdAt updatedAt"),
    ...fields("WresTarget", "HHFFHHAA HHHHHHHA", "organisation"),
    ...fields("WresReturn", "HHAAHHAA HHHHHHHA", "id year version source submittedAt supersededAt current report csv splitByGroup"),
    ...fields("WresReturn", "HHFFHHAA HHHHHHHA", "organisation"),
  },
});
