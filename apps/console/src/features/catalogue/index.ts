import { type ConsoleFeature, lazyPage } from "../../lib/consoleFeature";
import { cataloguePaths } from "./paths";
import { PublicLayout } from "./PublicLayout";

export { cataloguePaths } from "./paths";
export { PublicLayout } from "./PublicLayout";

/** The public catalogue: its own simple frame, no sign-in. */
export const catalogueFeature: ConsoleFeature = {
  name: "catalogue",
  publicRoutes: [
    {
      Component: PublicLayout,
      children: [
        { path: cataloguePaths.catalogue, lazy: lazyPage(() => import("./CatalogueListPage"), (m) => m.CatalogueListPage) },
        { path: cataloguePaths.catalogueProgramme(":id"), lazy: lazyPage(() => import("./CatalogueProgrammePage"), (m) => m.CatalogueProgrammePage) },
      ],
    },
  ],
};
