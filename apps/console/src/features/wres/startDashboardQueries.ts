import { wresReportQuery, wresTrendsQuery } from "@ascent/client";
import { startQueryEarly } from "../../lib/earlyQueries";
import { wresPaths } from "./paths";
import { FIRST_WRES_YEAR } from "./wresText";

/**
 * A bookmarked dashboard (`/wres?organisation=…&year=…`) asks for its report
 * and trends while the page's code downloads, with exactly the variables the
 * Dashboard uses (WresDashboardPage.tsx). Nothing without both in the
 * address: the year is then looked up first (useWresSelection).
 */
export function startDashboardQueries(location: Location): void {
  if (location.pathname !== wresPaths.wres) return;
  const params = new URLSearchParams(location.search);
  const organisationId = params.get("organisation");
  const year = Number(params.get("year"));
  if (!organisationId || !Number.isInteger(year) || year < FIRST_WRES_YEAR || year > new Date().getFullYear()) return;
  startQueryEarly(wresReportQuery, { organisationId, year });
  startQueryEarly(wresTrendsQuery, { organisationId, fromYear: FIRST_WRES_YEAR, toYear: year });
}
