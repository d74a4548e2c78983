import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The academy-membership feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
const restoreMemberships = `INSERT INTO academy_membership (academy_id, member_id)
  SELECT a.id, t.id FROM organisation a, organisation t
  WHERE (a.name, t.ods_code) IN (('South East Leadership Academy', 'RTH'), ('HPMA London Academy', 'RJ1')) ON CONFLICT DO NOTHING`;

export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Academy membership: administrators
    "Mutation.addAcademyMember": { expect: "UFFFFFFA UFFFFFFA" },
    "Mutation.removeAcademyMember": { expect: "UFFFFFFA UFFFFFFA", after: restoreMemberships },
  },
  fields: {
    ...fields("Organisation", "HFHHHAAA HFHHHAAA", "memberOrganisations"),
  },
});
