/** What other features may use of the mentoring directory. */
export { Mentor } from "./mentor.entity";
