import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The programme feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // The catalogue is public; another academy's drafts are absent (N), its published work visible but not theirs (F)
    "Query.programmes": { expect: "AAAAAAAA" },
    "Query.programme": { expect: "HHHHHHAA HHHHHHHA", subject: "Programme" },
    "Query.checkEligibility": { expect: "NNNNNNAA NNNNNNNA" },
    "Mutation.createProgramme": { expect: "UFFFFFAA UFFFFFFA" },
    "Mutation.updateProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
    "Mutation.publishProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
    "Mutation.archiveProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
    "Mutation.redraftProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
    "Mutation.createTrack": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.updateTrack": { expect: "UFFFFFAA UFFFFFNA", subject: "Track" },
  },
  fields: {
    ...fields("Programme", "HHHHHHAA HHHHHHHA", "id title summary description aims learningOutcomes benefits deliveryModes duration commitments targetRoles status applicationQuestions selectionCriteria positiveActionDeclaration publishedAt createdAt updatedAt academy eligibility eligibilitySummary tracks modules cohorts openCohorts"),
    ...fields("Track", "HHHHHHAA HHHHHHHA", "id name description position createdAt updatedAt programme modules eligibility effectiveEligibility eligibilitySummary"),
    ...fields("ModuleTemplate", "HHHHHHAA HHHHHHHA", "id title kind lengthDays deliveryMode description position"),
  },
});
