import type { RequestContext } from "../../graphql/context";

/**
 * A value a cohort list can fetch with its page, for the fields that read it,
 * instead of a loader statement after the page: `sql` is a scalar subquery
 * over the cohort alias; `prime` hands each row's value to the loader the
 * field resolvers read. Features that own a cohort field register one
 * (the application module: places and waiting list).
 */
export interface CohortListColumn {
  key: string;
  /** Cohort fields whose resolvers read what this column primes. */
  fields: readonly string[];
  sql(cohortAlias: string): string;
  prime(ctx: RequestContext, cohortId: string, value: unknown): void;
}

const columns = new Map<string, CohortListColumn>();

/** Registers (or replaces, by key) a column: called once per feature at setup. */
export function addCohortListColumn(column: CohortListColumn): void {
  columns.set(column.key, column);
}

/** The registered columns some selected field needs. */
export function cohortListColumnsFor(selected: ReadonlySet<string>): CohortListColumn[] {
  return [...columns.values()].filter((column) => column.fields.some((field) => selected.has(field)));
}

addCohortListColumn({
  key: "sessionCount",
  fields: ["sessionCount"],
  sql: (c) => `(SELECT count(*)::int FROM cohort_session s WHERE s.cohort_id = ${c}.id)`,
  prime: (ctx, cohortId, value) => ctx.loaders.sessionCountByCohortId.prime(cohortId, Number(value)),
});
