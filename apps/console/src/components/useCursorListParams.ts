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

export function useCursorListParams(filterKeys: readonly string[]) {
  const [query, setQuery] = useSearchParams();
  const position = useMemo(() => readCursorPosition(query), [query]);

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

  return { query, position, hasFilters, setFilter, setFilters, clearFilters, goToNextPage, goToPreviousPage };
}
