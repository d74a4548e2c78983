import { Role } from "@ascent/domain";
import { paths } from "./paths";

export interface NavigationItem {
  label: string;
  to: string;
  /** Only these roles see the item; everyone signed in when absent. The api enforces the same rule. */
  roles?: readonly Role[];
}

/**
 * The console's sections, in menu order. Programmes, Cohorts, Applications and
 * WRES returns join this list as their screens are built.
 */
export const navigationItems: readonly NavigationItem[] = [
  { label: "Organisations", to: paths.organisations },
  { label: "Programmes", to: paths.programmes, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
  { label: "Cohorts", to: paths.cohorts, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR] },
  // Not facilitators: they get no monitoring data (the api refuses them too).
  { label: "WRES", to: paths.wres, roles: [Role.ADMIN, Role.PROGRAMME_MANAGER] },
  { label: "Users", to: paths.users, roles: [Role.ADMIN] },
  { label: "API tokens", to: paths.apiTokens, roles: [Role.ADMIN] },
  { label: "Audit trail", to: paths.audit, roles: [Role.ADMIN] },
];

/** The items `role` may use. */
export function navigationItemsFor(role: Role): NavigationItem[] {
  return navigationItems.filter((item) => !item.roles || item.roles.includes(role));
}
