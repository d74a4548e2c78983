import { defineAuthorizationRows, fields } from "../../../../test/authorization-table";

/** The audit feature's rows of the authorization table (letters and columns: apps/api/test/authorization-table.ts). */
export const authorizationRows = defineAuthorizationRows({
  operations: {
    // The audit trail: administrators
    "Query.auditEvents": { expect: "UFFFFFFA" },
  },
  fields: {
    ...fields("AuditEvent", "HHHHHHHA HHHHHHHA", "id occurredAt actorRole operation targetType changedFields requestId actor targetId"),
  },
});
