import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The career-outcome feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Career outcomes: academy staff and administrators; a partner token reads its own staff's (applications:read) and records
    // them with outcomes:write (no persona holds it: see career-outcomes.test.ts); the person reports through their link (a bad
    // token is bad input). Programme impact: exact for the owning academy, controlled for others; invisible programmes are null.
    "Query.careerOutcomes": { expect: "UFFFAFAA" },
    "Query.careerOutcomesCsv": { expect: "UFFFFFAA" },
    "Query.cohortOutcomePeople": { expect: "UFFFNFAA UFFFNFNA" },
    "Mutation.recordCareerOutcome": { expect: "UFFFFFAA UFFFFFNA" },
    "Query.careerFollowUp": { expect: "AAAAAAAA" },
    "Mutation.reportCareerOutcome": { expect: "AAAAAAAA" },
    "Query.programmeImpact": { expect: "UFFFHFAA UFFFHFHA" },
    "Mutation.setProgrammeImpactBaseline": { expect: "UFFFFFAA UFFFFFNA" },
  },
  fields: {
    ...fields("CareerOutcome", "HHHHAHAA HHHHHHHA", "id group kind effectiveOn bandBefore bandAfter source recordedAt name addedByHand participant"),
    ...fields("CareerOutcome", "HHHHFHAA HHHHHHHA", "application cohort"),
  },
  subjects: {
    // A promotion recorded for each side's participant
    CareerOutcome: {
      find: async ({ idOf, subjects }) => {
        const outcomeFor = (participantId: string) =>
          idOf(
            `INSERT INTO career_outcome (application_id, participant_id, "group", kind, effective_on, band_before, band_after, source)
             SELECT application_id, id, 'PARTICIPANT', 'PROMOTION', '2025-01-02', 'BAND_6', 'BAND_7', 'STAFF' FROM participant WHERE id = $1 RETURNING id`,
            [participantId],
          );
        return { own: await outcomeFor(subjects.Participant.own), other: await outcomeFor(subjects.Participant.other) };
      },
    },
  },
});
