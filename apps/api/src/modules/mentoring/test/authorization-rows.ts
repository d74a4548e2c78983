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
  subjects: {
    // The first mentor (by email) in each side's academy directory
    Mentor: {
      arguments: ["mentorId"],
      find: async ({ idOf }) => {
        const first = (academy: string) =>
          idOf(`SELECT m.id FROM mentor m JOIN organisation o ON o.id = m.academy_id WHERE o.name = $1 ORDER BY m.email LIMIT 1`, [academy]);
        return { own: await first("South East Leadership Academy"), other: await first("HPMA London Academy") };
      },
    },
    // A running pairing per side: the side's participant with the side's mentor (the demo data may have paired them already)
    MentoringRelationship: {
      arguments: ["relationshipId"],
      find: async ({ query, idOf, subjects }) => {
        const running = async (side: "own" | "other") => {
          await query(
            `INSERT INTO mentoring_relationship (participant_id, mentor_id, kind, starts_on) SELECT $1, $2, 'MENTORING', current_date
             WHERE NOT EXISTS (SELECT 1 FROM mentoring_relationship WHERE participant_id = $1 AND ended_on IS NULL)`,
            [subjects.Participant[side], subjects.Mentor[side]],
          );
          return idOf(`SELECT id FROM mentoring_relationship WHERE participant_id = $1 AND ended_on IS NULL`, [subjects.Participant[side]]);
        };
        return { own: await running("own"), other: await running("other") };
      },
    },
  },
});
