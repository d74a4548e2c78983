import { paths } from "./paths";

export interface NavigationItem {
  label: string;
  to: string;
}

/**
 * The console's sections, in menu order. Programmes, Cohorts, Applications and
 * WRES returns join this list as their screens are built.
 */
export const navigationItems: readonly NavigationItem[] = [{ label: "Organisations", to: paths.organisations }];
