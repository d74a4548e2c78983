/** What other features may use of users. */
export { User } from "./user.entity";
export { Viewer } from "./viewer.type";
