import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

/**
 * Where the user is in a cursor-paged list, kept in the query string (with
 * the list's filters) so the page can be bookmarked, shared and returned to
 * with the Back button. Changing a filter goes back to the first page.
 */
export interface CursorPosition {
  /** 1-based page number, kept alongside the cursor to show "Showing 26–50". */
  page: number;
  after: string | null;
  before: string | null;
}

const PAGING_KEYS = ["page", "after", "before"];
const SORT_KEYS = { field: "sort", direction: "dir" } as const;

export type SortDirection = "ASC" | "DESC";

/** The columns a list can be sorted by, and the direction each starts in when first chosen. */
export interface SortOptions<Field extends string> {
  columns: Readonly<Record<Field, { label: string; firstDirection: SortDirection }>>;
  defaultField: Field;
}

export interface ListSort<Field extends string> {
  field: Field;
  direction: SortDirection;
}

function readSort<Field extends string>(query: URLSearchParams, options: SortOptions<Field>): ListSort<Field> {
  const fieldParam = query.get(SORT_KEYS.field) ?? "";
  const field = Object.hasOwn(options.columns, fieldParam) ? (fieldParam as Field) : options.defaultField;
  const directionParam = query.get(SORT_KEYS.direction);
  const direction = directionParam === "ASC" || directionParam === "DESC" ? directionParam : options.columns[field].firstDirection;
  return { field, direction };
}

export function readCursorPosition(query: URLSearchParams): CursorPosition {
  const after = query.get("after");
  const before = after ? null : query.get("before");
  const pageParam = Number.parseInt(query.get("page") ?? "", 10);
  // Without a cursor we are on the first page, whatever the page number says.
  const page = (after || before) && pageParam > 1 ? pageParam : 1;
  return { page, after: page > 1 ? after : null, before: page > 1 ? before : null };
}

/** The connection arguments for a position: forward from `after`, or backward to `before`. */
export function pageVariables(position: CursorPosition, pageSize: number) {
  return position.before ? { last: pageSize, before: position.before } : { first: pageSize, after: position.after };
}

function withoutPaging(query: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(query);
  for (const key of PAGING_KEYS) next.delete(key);
  return next;
}

/**
 * A cursor-paged list's filters, sort order and page, all kept in the query
 * string. `filterKeys` are the query-string keys of its filters ("Clear
 * filters" removes them); `sortOptions`, for lists the api can sort.
 */
export function useCursorListParams<Field extends string = never>(filterKeys: readonly string[], sortOptions?: SortOptions<Field>) {
  const [query, setQuery] = useSearchParams();
  const position = useMemo(() => readCursorPosition(query), [query]);
  const sort = useMemo(() => (sortOptions ? readSort(query, sortOptions) : null), [query, sortOptions]);

  /** Sort by a column; choosing the current column again reverses the direction. */
  const sortBy = useCallback(
    (field: Field) =>
      setQuery((current) => {
        if (!sortOptions) return current;
        const now = readSort(current, sortOptions);
        const direction: SortDirection = now.field === field ? (now.direction === "ASC" ? "DESC" : "ASC") : sortOptions.columns[field].firstDirection;
        const next = withoutPaging(current);
        next.set(SORT_KEYS.field, field);
        next.set(SORT_KEYS.direction, direction);
        return next;
      }),
    [setQuery, sortOptions],
  );

  /** Sets one filter (several values for a multi-select, "" or [] to remove); `replace` for typing. */
  const setFilter = useCallback(
    (key: string, value: string | readonly string[] | null, options?: { replace?: boolean }) =>
      setQuery(
        (current) => {
          const next = withoutPaging(current);
          next.delete(key);
          for (const item of typeof value === "string" ? [value] : (value ?? [])) if (item) next.append(key, item);
          return next;
        },
        { replace: options?.replace ?? false },
      ),
    [setQuery],
  );

  const setFilters = useCallback(
    (values: Record<string, string | null>) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        for (const [key, value] of Object.entries(values)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      }),
    [setQuery],
  );

  const clearFilters = useCallback(
    () =>
      setQuery((current) => {
        const next = withoutPaging(current);
        for (const key of filterKeys) next.delete(key);
        return next;
      }),
    [setQuery, filterKeys],
  );

  const goToNextPage = useCallback(
    (endCursor: string) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        next.set("page", String(readCursorPosition(current).page + 1));
        next.set("after", endCursor);
        return next;
      }),
    [setQuery],
  );

  const goToPreviousPage = useCallback(
    (startCursor: string) =>
      setQuery((current) => {
        const next = withoutPaging(current);
        const previousPage = readCursorPosition(current).page - 1;
        // Page 1 needs no cursor, which also keeps its address clean.
        if (previousPage > 1) {
          next.set("page", String(previousPage));
          next.set("before", startCursor);
        }
        return next;
      }),
    [setQuery],
  );

  const hasFilters = filterKeys.some((key) => query.has(key));

  return { query, position, sort, sortBy, hasFilters, setFilter, setFilters, clearFilters, goToNextPage, goToPreviousPage };
}

export type CursorListParams<Field extends string = never> = ReturnType<typeof useCursorListParams<Field>>;

