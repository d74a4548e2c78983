/*
 * The variables of a bookmarked dashboard's first queries, read from its
 * address (`/wres?organisation=…&year=…`), or null when the address lacks
 * them (the year is then looked up first: useWresSelection). Shared by
 * startDashboardQueries and index.html's early queries (vite.config.ts copies
 * these functions' source into the page, so they use nothing outside
 * themselves: 2016 is FIRST_WRES_YEAR, checked by dashboardVariables.test.ts).
 */

/** WresReport's variables, as the Dashboard asks (WresDashboardPage.tsx). */
export const dashboardReportVariables = (params: URLSearchParams): { organisationId: string; year: number } | null => {
  const organisationId = params.get("organisation");
  const year = Number(params.get("year"));
  if (!organisationId || !Number.isInteger(year) || year < 2016 || year > new Date().getFullYear()) return null;
  return { organisationId, year };
};

/** WresTrends' variables: from FIRST_WRES_YEAR to the dashboard's year. */
export const dashboardTrendVariables = (params: URLSearchParams): { organisationId: string; fromYear: number; toYear: number } | null => {
  const organisationId = params.get("organisation");
  const year = Number(params.get("year"));
  if (!organisationId || !Number.isInteger(year) || year < 2016 || year > new Date().getFullYear()) return null;
  return { organisationId, fromYear: 2016, toYear: year };
};
