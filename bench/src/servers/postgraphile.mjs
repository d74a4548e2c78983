// PostGraphile 4.14 with the connection-filter plugin (and the simplify
// inflector) over the same database, as its README sets it up for production.
// Places remaining and waitlist length are computed columns (SQL functions in
// the schema bench_pg, created by the bench); session count is PostGraphile's
// own totalCount of the cohort's sessions.
import http from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { postgraphile } = require("postgraphile");
const ConnectionFilterPlugin = require("postgraphile-plugin-connection-filter");
const PgSimplifyInflectorPlugin = require("@graphile-contrib/pg-simplify-inflector");

export const COMPUTED_COLUMNS_SQL = `
CREATE OR REPLACE FUNCTION public.cohort_places_remaining(c public.cohort) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT greatest(0, c.capacity - count(*))::int FROM public.application WHERE cohort_id = c.id AND status IN ('AWAITING_ENDORSEMENT', 'OFFERED', 'ACCEPTED')
$$;
CREATE OR REPLACE FUNCTION public.cohort_waitlist_length(c public.cohort) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM public.application WHERE cohort_id = c.id AND status = 'WAITLISTED'
$$;`;

export const POSTGRAPHILE_QUERY = `query PartnerRead($first: Int!, $now: Datetime!) {
  cohorts(first: $first, orderBy: [STARTS_ON_ASC, ID_ASC], filter: {
    status: { equalTo: OPEN }, applicationsOpenAt: { lessThanOrEqualTo: $now }, applicationsCloseAt: { greaterThan: $now },
    programme: { status: { equalTo: PUBLISHED } }
  }) {
    edges { node { id name capacity placesRemaining waitlistLength cohortSessions { totalCount } programme { title academy { name } } } }
  }
}`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const middleware = postgraphile(process.env.DATABASE_URL, "public", {
    appendPlugins: [ConnectionFilterPlugin, PgSimplifyInflectorPlugin],
    graphileBuildOptions: { connectionFilterRelations: true },
    // The production settings of PostGraphile's docs.
    retryOnInitFail: false,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    extendedErrors: ["errcode"],
    disableQueryLog: true,
    enableQueryBatching: false,
    legacyRelations: "omit",
    graphiql: false,
    watchPg: false,
  });
  const server = http.createServer(middleware);
  server.listen(Number(process.env.PORT), "127.0.0.1", async () => {
    // Build the schema before the first measured request.
    const response = await fetch(`http://127.0.0.1:${process.env.PORT}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { first: 1, now: new Date().toISOString() } }),
    });
    const body = await response.json();
    if (body.errors) {
      console.error(JSON.stringify(body.errors));
      process.exit(1);
    }
    process.send?.({ ready: true });
  });
}
