import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The cohort feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // Cohorts and their sessions: the catalogue is public; another academy's drafts are absent (N), its published work visible but not theirs (F)
    "Query.cohorts": { expect: "AAAAAAAA" },
    "Query.cohort": { expect: "HHHHHFAA HHHHHHHA", subject: "Cohort" },
    "Mutation.createCohort": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.updateCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
    "Mutation.openCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
    "Mutation.closeCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
    "Mutation.startCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
    "Mutation.completeCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
    "Mutation.cancelCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
    "Mutation.scheduleCohort": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.addSession": { expect: "UFFFFFAA UFFFFFNA" },
    "Mutation.updateSession": { expect: "UFFFFFAA UFFFFFNA", subject: "Session" },
    "Mutation.deleteSession": { expect: "UFFFFFAA UFFFFFNA", subject: "Session", fresh: "Session" },
  },
  fields: {
    ...fields("Session", "HHHHHAAA HHHHHHHA", "id title kind dayNumber startsAt endsAt venue onlineUrl date startTime endTime facilitator"),
    ...fields("CohortFacilitator", "HHHHHAAA HHHHHHHA", "id role displayName organisation user"),
    ...fields("Cohort", "HHHHHAAA HHHHHHHA", "id name capacity allocationPolicy applicationsOpenAt applicationsCloseAt startsOn endsOn createdAt updatedAt programme track status openForApplications applicationsOpenAtLondon applicationsCloseAtLondon eligibility eligibilitySummary sessions sessionCount facilitators calendarIcs"),
    // (every leaf of Cohort is asked for, staff-only ones such as availableTransitions included: facilitators are refused those)
    ...fields("Cohort", "HHHHHFAA HHHHHHHA", "availableTransitions"),
  },
});
