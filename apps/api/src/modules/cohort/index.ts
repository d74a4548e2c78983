/** What other features may use of cohorts. */
export { Cohort } from "./cohort.entity";
export { CohortFacilitator } from "./cohort-facilitator.entity";
export { CohortSession } from "./cohort-session.entity";
export { addCohortListColumn, listedValue, type CohortListColumn } from "./cohort-list-columns";
