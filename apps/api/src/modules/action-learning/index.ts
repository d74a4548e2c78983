/** What other features may use of Action Learning Sets: who is expected at a session (for registers), and forming and scheduling for the demo data. */
export { expectedParticipantsAt } from "./expected-participants";
export { LearningSet } from "./learning-set.entity";
export { formSets, scheduleMeetings } from "./learning-set-planning";
