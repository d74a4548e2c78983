import { wresReportQuery, wresTrendsQuery } from "@ascent/client";
import { startQueryEarly } from "../../lib/earlyQueries";
import { dashboardReportVariables, dashboardTrendVariables } from "./dashboardVariables";
import { wresPaths } from "./paths";

/**
 * A bookmarked dashboard (`/wres?organisation=…&year=…`) asks for its report
 * and trends while the page's code downloads, with exactly the variables the
 * Dashboard uses (WresDashboardPage.tsx). Nothing without both in the
 * address: the year is then looked up first (useWresSelection). On a first
 * load index.html has already sent both (earlyGraphql): the client then takes
 * those answers rather than asking again (lib/earlyGraphql.ts).
 */
export function startDashboardQueries(location: Location): void {
  if (location.pathname !== wresPaths.wres) return;
  const params = new URLSearchParams(location.search);
  const report = dashboardReportVariables(params);
  const trends = dashboardTrendVariables(params);
  if (report) startQueryEarly(wresReportQuery, report);
  if (trends) startQueryEarly(wresTrendsQuery, trends);
}
