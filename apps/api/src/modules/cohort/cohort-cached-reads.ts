import { PREPARED_SQL } from "../../db/prepared-statements";
import type { CachedReadRule } from "../../graphql/response-cache";

/**
 * The catalogue as the public and partners read it (the partner read: a page
 * of open cohorts with programme title, academy name, capacity, places,
 * waiting list and session count). Everything these fields show lives in
 * cohort, programme, organisation, cohort_session and application, whose
 * triggers bump catalogue_version (migration CatalogueVersion) in the same
 * transaction as the write. Add a field here only if what it reads is
 * covered by those triggers.
 */
export const catalogueCachedRead: CachedReadRule = {
  name: "catalogue",
  fields: [
    "Query.cohorts",
    "CohortConnection.edges",
    "CohortConnection.pageInfo",
    "CohortConnection.totalCount",
    "CohortEdge.cursor",
    "CohortEdge.node",
    "PageInfo.hasNextPage",
    "PageInfo.hasPreviousPage",
    "PageInfo.startCursor",
    "PageInfo.endCursor",
    ...["id", "name", "capacity", "allocationPolicy", "applicationsOpenAt", "applicationsCloseAt", "applicationsOpenAtLondon", "applicationsCloseAtLondon", "startsOn", "endsOn", "status", "openForApplications", "placesRemaining", "waitlistLength", "sessionCount", "programme"].map((field) => `Cohort.${field}`),
    "LondonDateTime.date",
    "LondonDateTime.time",
    "LondonDateTime.text",
    "Programme.id",
    "Programme.title",
    "Programme.academy",
    "Organisation.id",
    "Organisation.name",
  ],
  versionSql: `${PREPARED_SQL} SELECT coalesce(sum("version"), 0)::text || ':' || count(*) AS version FROM catalogue_version`,
  // Answers change by themselves when an application window opens or closes (openForApplications, status) and at London midnight (the list's order).
  // Boundaries of the last 5 s count too: the page compares with the api's clock, which may be a little behind PostgreSQL's.
  freshUntilSql: `${PREPARED_SQL} SELECT (extract(epoch FROM least(
      (SELECT min(t) FROM (SELECT applications_open_at AS t FROM cohort WHERE applications_open_at > now() - interval '5 seconds'
                           UNION ALL SELECT applications_close_at FROM cohort WHERE applications_close_at > now() - interval '5 seconds') AS boundaries),
      (date_trunc('day', now() AT TIME ZONE 'Europe/London') + interval '1 day') AT TIME ZONE 'Europe/London',
      now() + interval '10 minutes')) * 1000)::float8 AS until`,
};
