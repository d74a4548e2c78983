/** What other features may use of organisations. */
export { Organisation } from "./organisation.entity";
