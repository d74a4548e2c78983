import type { Role } from "@ascent/domain";
import type { ComponentType } from "react";
import type { RouteObject } from "react-router";

/** One entry of the main menu. */
export interface NavigationItem {
  label: string;
  to: string;
  /** Only these roles see the item; everyone signed in when absent. The api enforces the same rule. */
  roles?: readonly Role[];
}

/**
 * Everything a console feature contributes, declared in its own folder
 * (features/<feature>/index.ts) so that adding a feature means adding its
 * folder and one line to app/features.ts.
 */
export interface ConsoleFeature {
  name: string;
  /** Pages inside the signed-in frame (header and menu), for signed-in users only. */
  routes?: RouteObject[];
  /** Pages with their own frame that need no sign-in: the sign-in page, the public catalogue. */
  publicRoutes?: RouteObject[];
  /** Its entry in the main menu, placed in the order app/features.ts lists the features. */
  navigation?: NavigationItem;
}

/** The menu entries `role` may use, in the features' order. */
export function navigationFor(features: readonly ConsoleFeature[], role: Role): NavigationItem[] {
  return features.flatMap((feature) => (feature.navigation ? [feature.navigation] : [])).filter((item) => !item.roles || item.roles.includes(role));
}

/**
 * A page whose code loads on first visit, as its own chunk, so the first
 * download holds only the frame: `lazy: lazyPage(() => import("./XPage"), (m) => m.XPage)`.
 * Until it arrives the frame shows RouteLoading (components/RouteLoading.tsx);
 * if it cannot be fetched the route's error page offers a reload.
 */
export function lazyPage<Module>(load: () => Promise<Module>, pick: (module: Module) => ComponentType): NonNullable<RouteObject["lazy"]> {
  return async () => ({ Component: pick(await load()) });
}
