import type { RequestContext } from "../../graphql/context";
import type { Cohort } from "./cohort.entity";

/**
 * A value a cohort list can fetch with its page, for the fields that read it,
 * instead of a loader statement after the page: `sql` is a scalar subquery
 * over the cohort alias; the list keeps each row's value on its cohort (the
 * fields read it with listedValue, synchronously) and `prime` hands it to the
 * loader other readers use. Features that own a cohort field register one
 * (the application module: places and waiting list).
 */
export interface CohortListColumn {
  key: string;
  /** Cohort fields whose resolvers read what this column primes. */
  fields: readonly string[];
  sql(cohortAlias: string): string;
  /** The raw column as the fields read it (e.g. a count as a number); as it is when absent. */
  parse?(raw: unknown): unknown;
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

const LISTED = Symbol("values listed with the cohort's page");
type Listed = { [LISTED]?: Record<string, unknown> };

/** Keeps a listed row's value on its cohort (an instance of this request's page) and primes the column's loader. */
export function listColumnValue(ctx: RequestContext, cohort: Cohort, column: CohortListColumn, raw: unknown): void {
  const value = column.parse ? column.parse(raw) : raw;
  ((cohort as Listed)[LISTED] ??= {})[column.key] = value;
  column.prime(ctx, cohort.id, value);
}

/** The value a column fetched with the cohort's page, or undefined when the cohort didn't come from a list that selected it. */
export function listedValue<T>(cohort: Cohort, key: string): T | undefined {
  return (cohort as Listed)[LISTED]?.[key] as T | undefined;
}

addCohortListColumn({
  key: "sessionCount",
  fields: ["sessionCount"],
  sql: (c) => `(SELECT count(*)::int FROM cohort_session s WHERE s.cohort_id = ${c}.id)`,
  parse: Number,
  prime: (ctx, cohortId, value) => ctx.loaders.sessionCountByCohortId.prime(cohortId, value as number),
});
