import type { NhsRegion, OrganisationKind } from "@ascent/domain";
import type { OrderDirection, OrganisationOrderField } from "@ascent/client";
import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import { isNhsRegion, isOrganisationKind } from "./organisationSelectOptions";
import { isOrganisationSortField, organisationSortColumns } from "./organisationSortColumns";

/**
 * Where the user is in the organisations list. It all lives in the query
 * string so that a filtered, sorted page can be bookmarked, shared and
 * returned to with the Back button.
 */
export interface OrganisationListParams {
  search: string;
  kinds: OrganisationKind[];
  regions: NhsRegion[];
  sortField: OrganisationOrderField;
  sortDirection: OrderDirection;
  /** 1-based page number, kept alongside the cursor to show "Showing 26–50". */
  page: number;
  after: string | null;
  before: string | null;
}

const KEYS = {
  search: "q",
  kind: "kind",
  region: "region",
  sort: "sort",
  direction: "dir",
  page: "page",
  after: "after",
  before: "before",
} as const;

const PAGING_KEYS = [KEYS.page, KEYS.after, KEYS.before];

const DEFAULT_SORT_FIELD: OrganisationOrderField = "NAME";

function readParams(query: URLSearchParams): OrganisationListParams {
  const sortParam = query.get(KEYS.sort) ?? "";
  const sortField = isOrganisationSortField(sortParam) ? sortParam : DEFAULT_SORT_FIELD;
  const directionParam = query.get(KEYS.direction);
  const sortDirection: OrderDirection =
    directionParam === "ASC" || directionParam === "DESC"
      ? directionParam
      : organisationSortColumns[sortField].firstDirection;
  const after = query.get(KEYS.after);
  const before = after ? null : query.get(KEYS.before);
  const pageParam = Number.parseInt(query.get(KEYS.page) ?? "", 10);
  // Without a cursor we are on the first page, whatever the page number says.
  const page = (after || before) && pageParam > 1 ? pageParam : 1;
  return {
    search: query.get(KEYS.search)?.trim() ?? "",
    kinds: query.getAll(KEYS.kind).filter(isOrganisationKind),
    regions: query.getAll(KEYS.region).filter(isNhsRegion),
    sortField,
    sortDirection,
    page,
    after: page > 1 ? after : null,
    before: page > 1 ? before : null,
  };
}

function withoutPaging(query: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(query);
  for (const key of PAGING_KEYS) next.delete(key);
  return next;
}

function replaceAll(query: URLSearchParams, key: string, values: readonly string[]): void {
  query.delete(key);
  for (const value of values) query.append(key, value);
}

export function useOrganisationListParams() {
  const [query, setQuery] = useSearchParams();
  const params = useMemo(() => readParams(query), [query]);

  const setSearch = useCallback(
    (search: string) =>
      // Typing should not fill the history with one entry per pause.
      setQuery(
        (current) => {
          const next = withoutPaging(current);
          if (search) next.set(KEYS.search, search);
          else next.delete(KEYS.search);
          return next;
        },
        { replace: true },
      ),
    [setQuery],
  );

  const setKinds = useCallback(
    (kinds: readonly OrganisationKind[]) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        replaceAll(next, KEYS.kind, kinds);
        return next;
      }),
    [setQuery],
  );

  const setRegions = useCallback(
    (regions: readonly NhsRegion[]) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        replaceAll(next, KEYS.region, regions);
        return next;
      }),
    [setQuery],
  );

  const clearFilters = useCallback(
    () =>
      setQuery((current) => {
        const next = withoutPaging(current);
        for (const key of [KEYS.search, KEYS.kind, KEYS.region]) next.delete(key);
        return next;
      }),
    [setQuery],
  );

  /** Sort by a column; choosing the current column again reverses the direction. */
  const sortBy = useCallback(
    (field: OrganisationOrderField) =>
      setQuery((current) => {
        const currentParams = readParams(current);
        const direction: OrderDirection =
          currentParams.sortField === field
            ? currentParams.sortDirection === "ASC"
              ? "DESC"
              : "ASC"
            : organisationSortColumns[field].firstDirection;
        const next = withoutPaging(current);
        next.set(KEYS.sort, field);
        next.set(KEYS.direction, direction);
        return next;
      }),
    [setQuery],
  );

  const goToNextPage = useCallback(
    (endCursor: string) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        next.set(KEYS.page, String(readParams(current).page + 1));
        next.set(KEYS.after, endCursor);
        return next;
      }),
    [setQuery],
  );

  const goToPreviousPage = useCallback(
    (startCursor: string) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        const previousPage = readParams(current).page - 1;
        // Page 1 needs no cursor, which also keeps its address clean.
        if (previousPage > 1) {
          next.set(KEYS.page, String(previousPage));
          next.set(KEYS.before, startCursor);
        }
        return next;
      }),
    [setQuery],
  );

  const hasFilters = params.search !== "" || params.kinds.length > 0 || params.regions.length > 0;

  return { params, hasFilters, setSearch, setKinds, setRegions, clearFilters, sortBy, goToNextPage, goToPreviousPage };
}
