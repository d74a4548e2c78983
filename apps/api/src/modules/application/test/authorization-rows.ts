import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The application feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    "Query.employerChoices": { expect: "AAAAAAAA" },
    // Applications: anyone applies and acts through their private link (a bad token is bad input, not an auth error); academy staff decide; applications:read tokens read their own staff's; erasure is for administrators
    "Query.applications": { expect: "UFFFAFAA" },
    "Query.applicationStatus": { expect: "AAAAAAAA" },
    "Query.endorsementRequest": { expect: "AAAAAAAA" },
    "Mutation.submitApplication": { expect: "NNNNNAAA NNNNNNNA" },
    "Mutation.withdrawApplication": { expect: "AAAAAAAA" },
    "Mutation.acceptOffer": { expect: "AAAAAAAA" },
    "Mutation.declineOffer": { expect: "AAAAAAAA" },
    "Mutation.endorseApplication": { expect: "AAAAAAAA" },
    "Mutation.withdrawApplicationForApplicant": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
    "Mutation.rejectApplication": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
    "Mutation.offerPlace": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
    "Mutation.waitlistApplication": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
    "Mutation.resendEndorsementRequest": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
    "Mutation.setCohortApplicationSettings": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.updateApplicationForm": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.eraseApplicant": { expect: "UFFFFFFA UFFFFFFA", subject: "Application" },
    // Staff screens: bulk actions (every application must be the caller's, else nothing is done) and panel scores (scores: [] is refused as input, so nothing is saved)
    "Mutation.actOnApplications": { expect: "UFFFFFAA UFFFFFNA", variables: (_p, id) => ({ input: { ids: [id("Application")], action: "RESEND_ENDORSEMENT_REQUEST" } }) },
    "Mutation.scoreApplication": { expect: "UFFFFFAA UFFFFFNA", variables: (p, id) => ({ input: { ...p.input, applicationId: id("Application"), scores: [] } }) },
  },
  fields: {
    ...fields("Participant", "HHHHAAAA HHHHHHHA", "id status createdAt name"),
    ...fields("Participant", "HHHHFFAA HHHHHHHA", "cohort application"),
    ...fields("Application", "HHHHAHAA HHHHHHHA", "id reference receiptNumber receivedAt status eligible staffGroup band medicalGrade holdExpiresAt offerExpiresAt erasedAt updatedAt applicantName jobTitle organisationName waitlistPosition participant"),
    ...fields("Application", "HHHHFHAA HHHHHHHA", "cohort organisation applicantEmail answers eligibilityReasons endorsement transitions panelScores meanScore"),
    ...fields("Cohort", "HHHHHAAA HHHHHHHA", "placesRemaining waitlistLength applicationSettings participants"),
    ...fields("Cohort", "HHHHHFAA HHHHHHHA", "placeCounts applicationsCsv"),
    ...fields("Participant", "HHHHAAAA HHHHHHHA", "completedAt"),
  },
});
