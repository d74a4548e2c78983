import { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "../errors";
import { ConnectionArgs, OrderDirection } from "./connection-args";
import { Connection } from "./connection";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface KeysetOrder {
  /** A non-null SQL expression over the query's alias, e.g. lower(o.name). */
  sortExpression: string;
  direction: OrderDirection;
  /**
   * Called with each row of the page and its raw columns: a list that added
   * columns to its query (addSelect) primes its loaders with them here.
   */
  onRow?: (id: string, raw: Record<string, unknown>) => void;
}

export type CursorValue = [sortValue: string | number, id: string];

export function encodeCursor(value: CursorValue): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}

function decodeCursor(cursor: string, argumentName: string): CursorValue {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[1] === "string" && ["string", "number"].includes(typeof value[0])) {
      return value as CursorValue;
    }
  } catch {
    // fall through: any garbled cursor is the caller's mistake
  }
  throw badUserInput(`${argumentName} is not a cursor this list gave out.`, { argumentName });
}

function pageSize(value: number | null | undefined, argumentName: string): number {
  if (value === null || value === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`${argumentName} must be between 1 and ${MAX_PAGE_SIZE}.`, { argumentName });
  }
  return value;
}

/** Which page the arguments ask for: its direction, size and cursor, and whether the rows are read in ascending order. */
export interface PageWindow {
  backwards: boolean;
  size: number;
  cursor: CursorValue | undefined;
  ascending: boolean;
}

export function pageWindow(args: ConnectionArgs, direction: OrderDirection): PageWindow {
  if (args.first != null && args.last != null) throw badUserInput("Pass first or last, not both.");
  if (args.after != null && args.before != null) throw badUserInput("Pass after or before, not both.");
  const backwards = args.last != null || (args.before != null && args.first == null);
  const size = backwards ? pageSize(args.last, "last") : pageSize(args.first, "first");
  const cursorArg = backwards ? args.before : args.after;
  const cursor = cursorArg != null ? decodeCursor(cursorArg, backwards ? "before" : "after") : undefined;
  return { backwards, size, cursor, ascending: (direction === OrderDirection.ASC) !== backwards };
}

/**
 * Keyset (cursor) pagination over a filtered query, Relay style. Ties on the
 * sort key are broken by id so every row has exactly one place in the order;
 * totalCount counts the filtered rows regardless of the page, and only when
 * it is read (a page nobody asks to count costs no COUNT).
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  order: KeysetOrder,
): Promise<Connection<T>> {
  const { backwards, size, cursor, ascending } = pageWindow(args, order.direction);

  const idExpression = `${query.alias}.id`;
  const countQuery = query.clone();

  const page = query.clone().addSelect(order.sortExpression, "sort_key");
  if (cursor) {
    page.andWhere(`(${order.sortExpression}, ${idExpression}) ${ascending ? ">" : "<"} (:cursorSort, :cursorId)`, {
      cursorSort: cursor[0],
      cursorId: cursor[1],
    });
  }
  page
    .orderBy(order.sortExpression, ascending ? "ASC" : "DESC")
    .addOrderBy(idExpression, ascending ? "ASC" : "DESC")
    .limit(size + 1);

  const { entities, raw } = await page.getRawAndEntities();
  const sortKeyById = new Map<string, string | number>(
    raw.map((row: Record<string, unknown>) => [String(row[`${query.alias}_id`]), normaliseSortKey(row.sort_key)]),
  );
  if (order.onRow) for (const row of raw as Array<Record<string, unknown>>) order.onRow(String(row[`${query.alias}_id`]), row);
  const hasMore = entities.length > size;
  const rows = entities.slice(0, size);
  if (backwards) rows.reverse();
  const edges = rows.map((node) => ({ node, cursor: encodeCursor([sortKeyById.get(node.id) as string | number, node.id]) }));
  return connectionFromPage(edges, { backwards, cursor }, hasMore, () => countQuery.getCount());
}

/**
 * The connection around a page's edges (already in the order asked for): page info from the window and whether a row
 * beyond the page exists; totalCount counted only when read (GraphQL reads the getter only if it is selected), at most once.
 */
export function connectionFromPage<T>(edges: Array<{ node: T; cursor: string }>, window: Pick<PageWindow, "backwards" | "cursor">, hasMore: boolean, count: () => Promise<number>): Connection<T> {
  let counted: Promise<number> | undefined;
  return {
    edges,
    get totalCount() {
      counted ??= count();
      return counted;
    },
    pageInfo: {
      hasNextPage: window.backwards ? window.cursor !== undefined : hasMore,
      hasPreviousPage: window.backwards ? hasMore : window.cursor !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export function normaliseSortKey(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}
