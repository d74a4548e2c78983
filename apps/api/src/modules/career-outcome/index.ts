/** What other features may use of career outcomes. */
export { CareerOutcome } from "./career-outcome.entity";
export { COHORT_END_SQL, completionOf } from "./completion";
export { FOLLOW_UP_JOB, sendDueFollowUps } from "./follow-up";
