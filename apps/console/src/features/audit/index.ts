import { Role } from "@ascent/domain";
import type { ConsoleFeature } from "../../lib/consoleFeature";
import { AuditPage } from "./AuditPage";
import { auditPaths } from "./paths";

export { auditPaths } from "./paths";

/** The audit trail, for administrators. */
export const auditFeature: ConsoleFeature = {
  name: "audit",
  routes: [{ path: auditPaths.audit, Component: AuditPage }],
  navigation: { label: "Audit trail", to: auditPaths.audit, roles: [Role.ADMIN] },
};
