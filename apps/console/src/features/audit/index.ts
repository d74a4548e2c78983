import { Role } from "@ascent/domain";
import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { auditPaths } from "./paths";

export { auditPaths } from "./paths";

/** The audit trail, for administrators. */
export const auditFeature: ConsoleFeature = {
  name: "audit",
  routes: [{ path: auditPaths.audit, lazy: lazyPage(() => import("./AuditPage"), (m) => m.AuditPage) }],
  navigation: { label: "Audit trail", to: auditPaths.audit, roles: [Role.ADMIN] },
};
