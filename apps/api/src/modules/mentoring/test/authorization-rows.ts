import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The mentoring feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Mentors and coaches: each academy's own directory
    "Query.mentors": { expect: "UFFFFFAA" },
    "Mutation.addMentor": { expect: "UFFFFFAA UFFFFFNA", variables: (p, id) => ({ input: { ...p.input, academyId: id("Academy") } }) },
    "Mutation.updateMentor": { expect: "UFFFFFAA UFFFFFNA", subject: "Mentor" },
    "Mutation.retireMentor": { expect: "UFFFFFAA UFFFFFNA", subject: "Mentor", after: "UPDATE mentor SET retired_at = NULL" },
    // Pairing: the academy running the participant's programme; another academy's participant or pairing is absent (N)
    "Mutation.pairMentor": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.endMentoring": {
      expect: "UFFFFFAA UFFFFFNA",
      subject: "MentoringRelationship",
      variables: (p) => ({ input: { ...p.input, endedOn: new Date().toISOString().slice(0, 10), reason: "Matrix probe" } }),
      after: "UPDATE mentoring_relationship SET ended_on = NULL, end_reason = NULL WHERE end_reason = 'Matrix probe'",
    },
    "Mutation.recordMentoringCheckIn": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.setProgrammeMentoringRules": { expect: "UFFFFFAA UFFFFFNA" },
  },
  fields: {
    ...fields("Programme", "HHHHHHAA HHHHHHHA", "mentoringRules"),
    ...fields("Mentor", "HHHHHHAA HHHHHHHA", "id name email band offers expertise capacity createdAt organisation retiredAt runningPairings"),
    ...fields("MentoringRelationship", "HHHHHHAA HHHHHHHA", "id kind startsOn plannedEndOn endedOn endReason sameOrganisationReason createdAt mentor participant length checkIns"),
    ...fields("Organisation", "HFHHHAAA HFHHHAAA", "mentorCount"),
    ...fields("Participant", "HHHHFFAA HHHHHHHA", "mentoring mentoringHistory mentorSuggestions"),
    ...fields("Cohort", "HHHHHFAA HHHHHHHA", "mentoringGate mentoringBoard"),
  },
});
