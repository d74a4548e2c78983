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
  subjects: {
    // Each side's trust's current return for its latest year
    WresReturn: {
      find: async ({ idOf }) => {
        const latest = (odsCode: string) =>
          idOf(
            `SELECT r.id FROM wres_return r JOIN organisation o ON o.id = r.organisation_id WHERE o.ods_code = $1 AND r.superseded_at IS NULL ORDER BY r.year DESC LIMIT 1`,
            [odsCode],
          );
        return { own: await latest("RTH"), other: await latest("RJ1") };
      },
    },
    // A board target per side's trust (removeWresTarget deletes copies of it, each for a year of its own)
    WresTarget: {
      find: async ({ query, idOf, subjects }) => {
        const target = async (side: "own" | "other") => {
          await query(`INSERT INTO wres_target (organisation_id, "group", year, share) VALUES ($1, 'BOARD', 2029, 0.2) ON CONFLICT DO NOTHING`, [subjects.Trust[side]]);
          return idOf(`SELECT id FROM wres_target WHERE organisation_id = $1 ORDER BY year DESC LIMIT 1`, [subjects.Trust[side]]);
        };
        return { own: await target("own"), other: await target("other") };
      },
      copy: { table: "wres_target", changes: (n) => ({ year: 2031 + n }) },
    },
  },
});
