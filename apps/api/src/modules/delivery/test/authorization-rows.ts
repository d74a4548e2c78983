import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The delivery feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Delivery: the owning academy's staff keep the roster and the completion rule; registers are theirs and the cohort's
    // facilitators' (another cohort's session is absent); a partner token lists its own staff's participants (applications:read).
    "Query.participants": { expect: "UFFFAAAA" },
    "Mutation.addParticipant": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.withdrawParticipant": {
      expect: "UFFFFFAA UFFFFFNA",
      variables: (p) => ({ input: { ...p.input, reason: "Matrix probe" } }),
      after: "UPDATE participant SET status = 'ENROLLED', withdrawn_reason = NULL WHERE withdrawn_reason = 'Matrix probe'",
    },
    "Mutation.completeParticipant": {
      expect: "UFFFFFAA UFFFFFNA",
      after: "UPDATE participant SET status = 'ENROLLED', completed_at = NULL WHERE id IN (SELECT participant_id FROM participant_transition WHERE reason LIKE 'Completion rule met%')",
    },
    "Mutation.recordAttendance": { expect: "UFFFFAAA UFFFFNNA" },
    "Mutation.setProgrammeCompletionRule": { expect: "UFFFFFAA UFFFFFNA" },
  },
  fields: {
    ...fields("Programme", "HHHHHHAA HHHHHHHA", "completionRule"),
    // email and the reasons answer null to anyone but the academy's staff (they are leaves of application { participant { … } })
    ...fields("Participant", "HHHHAAAA HHHHHHHA", "employer jobTitle band addedByHand attendance email addedReason withdrawnReason"),
    ...fields("Participant", "HHHHFFAA HHHHHHHA", "completion transitions"),
    ...fields("Session", "HHHHHAAA HHHHHHHA", "register attendanceSummary"),
  },
});
