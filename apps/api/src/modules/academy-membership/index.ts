/** What other features may use of academy membership. */
export { AcademyMembership } from "./academy-membership.entity";
