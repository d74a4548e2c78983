/** What other features may use of the audit trail: recording events in their own transaction. */
export { recordAudit, recordPartnerRead } from "./audit";
export type { AuditRecord } from "./audit";
