import type { ConsoleFeature } from "../../lib/consoleFeature";
import { CatalogueListPage } from "./CatalogueListPage";
import { CatalogueProgrammePage } from "./CatalogueProgrammePage";
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
        { path: cataloguePaths.catalogue, Component: CatalogueListPage },
        { path: cataloguePaths.catalogueProgramme(":id"), Component: CatalogueProgrammePage },
      ],
    },
  ],
};
