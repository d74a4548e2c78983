/** What other features may use of mentoring: the directory, and a participant's mentoring facts (for the completion rule). */
export { Mentor } from "./mentor.entity";
export { mentoringFactsOf, type ParticipantMentoringFacts } from "./mentoring-facts";
