/** What other features may use of delivery: a programme's completion rule. */
export { completionRuleOf } from "./roster.service";
export { SessionAttendance } from "./session-attendance.entity";
