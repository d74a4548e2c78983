import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { EntityHydrator } from "../../db/entity-hydrator";
import { perDataSource } from "../../db/per-data-source";
import type { ConnectionArgs, OrderDirection } from "./connection-args";
import type { Connection } from "./connection";
import { connectionFromPage, encodeCursor, normaliseSortKey, pageWindow } from "./paginate";

/**
 * What restricting a query needs of a query builder (`andWhere` with named
 * parameters): scoping helpers take this, so they can restrict a real
 * builder or record their conditions in a PageConditions.
 */
export interface QueryRestriction {
  andWhere(condition: string, parameters?: ObjectLiteral): unknown;
  setParameters(parameters: ObjectLiteral): unknown;
}

/**
 * A page query's conditions and named parameters, recorded instead of
 * applied: the conditions' text (and the length of each list parameter) is
 * part of the statement's shape; the values are bound per request.
 */
export class PageConditions implements QueryRestriction {
  readonly conditions: string[] = [];
  readonly parameters: Record<string, unknown> = {};

  andWhere(condition: string, parameters?: ObjectLiteral): this {
    this.conditions.push(condition);
    if (parameters) Object.assign(this.parameters, parameters);
    return this;
  }

  setParameters(parameters: ObjectLiteral): this {
    Object.assign(this.parameters, parameters);
    return this;
  }

  setParameter(name: string, value: unknown): this {
    this.parameters[name] = value;
    return this;
  }

  /** Applies the conditions and parameters to a builder. */
  applyTo<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    for (const condition of this.conditions) query.andWhere(condition);
    return query.setParameters(this.parameters);
  }

  /** Everything about the statement but the values: the conditions, and the parameters' names (lists with their lengths: each item is one placeholder). */
  shape(): string {
    const names = Object.keys(this.parameters)
      .sort()
      .map((name) => {
        const value = this.parameters[name];
        return Array.isArray(value) ? `${name}[${value.length}]` : name;
      });
    return `${this.conditions.join(" AND ")}|${names.join(",")}`;
  }
}

/** A joined entity the page hydrates from its alias's selected columns, set on its parent's property (the root has none). */
export interface PageEntity {
  alias: string;
  target: Function;
  parent?: { alias: string; property: string };
}

export interface CompiledPageSource<T extends ObjectLiteral> {
  /** What the builder selects and joins beyond the conditions (e.g. which columns of which relation): part of the cache key. */
  shape: string;
  conditions: PageConditions;
  /** Builds the query with its joins and selections, no conditions: called once per shape (and for totalCount, when selected). */
  build(): SelectQueryBuilder<T>;
  /** The root entity first (the builder's alias). */
  entities: readonly PageEntity[];
  /** A non-null SQL expression over the root alias; ties broken by its id. */
  sortExpression: string;
  direction: OrderDirection;
  /** Each row of the page: its entity and raw columns (extra selections such as counts). */
  onRow?: (node: T, raw: Record<string, unknown>) => void;
}

interface Slot {
  name: string;
  /** The item of a list parameter expanded into one placeholder per item (`:...name`). */
  item?: number;
}

interface CompiledEntity {
  spec: PageEntity;
  hydrator: EntityHydrator;
}

interface CompiledPage {
  sql: string;
  slots: Slot[];
  entities: CompiledEntity[];
}

const MAX_SHAPES = 500;
/** Per data source: a compiled page keeps the source's entity metadata. */
const compiledFor = perDataSource(() => new Map<string, CompiledPage>());

/** A stand-in for a parameter's value while the statement is compiled, so its placeholders can be told apart. */
class Placeholder {
  constructor(readonly slot: Slot) {}
}

function compile<T extends ObjectLiteral>(db: EntityManager, source: CompiledPageSource<T>, ascending: boolean): CompiledPage {
  const query = source.conditions.applyTo(source.build());
  const alias = query.alias;
  if (alias !== source.entities[0]?.alias) throw new Error(`a page query's first entity must be its root (${alias})`);
  query
    .addSelect(source.sortExpression, "sort_key")
    .orderBy(source.sortExpression, ascending ? "ASC" : "DESC")
    .addOrderBy(`${alias}.id`, ascending ? "ASC" : "DESC");
  // The page size is a parameter, so one statement serves every size.
  const text = `${query.getQuery()} LIMIT :pageLimit`;
  const stand: Record<string, unknown> = { pageLimit: new Placeholder({ name: "pageLimit" }) };
  for (const [name, value] of Object.entries(query.getParameters())) {
    stand[name] = Array.isArray(value) ? value.map((_, item) => new Placeholder({ name, item })) : new Placeholder({ name });
  }
  const [sql, placeholders] = db.connection.driver.escapeQueryWithParameters(text, stand);
  const slots = placeholders.map((placeholder) => {
    if (!(placeholder instanceof Placeholder)) throw new Error(`a page query's parameter was not bound as a value: ${String(placeholder)}`);
    return placeholder.slot;
  });
  const entities = source.entities.map((spec): CompiledEntity => {
    const metadata = db.connection.getMetadata(spec.target);
    // Exactly the columns the builder selected for this alias, under the names it gave them.
    const keyOf = (column: { databaseName: string }) => `${spec.alias}_${column.databaseName}`;
    const selected = metadata.columns.filter((column) => sql.includes(`AS "${keyOf(column)}"`));
    return { spec, hydrator: new EntityHydrator(db.connection.driver, metadata, selected, keyOf) };
  });
  const root = entities[0]?.hydrator;
  if (!root?.columns.some(({ key }) => key === root.idKey)) throw new Error(`a page query must select its root's id (${alias}.id)`);
  return { sql, slots, entities: entities.filter((entity) => entity.hydrator.columns.length > 0) };
}

function bind(slots: readonly Slot[], parameters: Record<string, unknown>): unknown[] {
  return slots.map((slot) => {
    const value = parameters[slot.name];
    return slot.item === undefined ? value : (value as unknown[])[slot.item];
  });
}

/**
 * Keyset pagination like paginate(), for hot lists: the statement is built
 * with TypeORM once per shape (joins, selected columns, conditions, order)
 * and kept as SQL text with its placeholders; each request binds its values
 * and maps the rows to entities itself (the selected columns only, as
 * TypeORM's result transformer would: db/entity-hydrator.ts), without a
 * query builder. The text starts as the builder's does, so a builder
 * marked `.comment(PREPARED)` runs as a prepared statement.
 */
export async function paginateCompiled<T extends ObjectLiteral & { id: string }>(db: EntityManager, args: ConnectionArgs, source: CompiledPageSource<T>): Promise<Connection<T>> {
  const { backwards, size, cursor, ascending } = pageWindow(args, source.direction);
  const conditions = source.conditions;
  // For totalCount: the conditions before the cursor's.
  const counting = new PageConditions().setParameters(conditions.parameters);
  counting.conditions.push(...conditions.conditions);
  if (cursor) {
    const alias = source.entities[0].alias;
    conditions.andWhere(`(${source.sortExpression}, ${alias}.id) ${ascending ? ">" : "<"} (:cursorSort, :cursorId)`, { cursorSort: cursor[0], cursorId: cursor[1] });
  }
  const key = `${source.shape}|${conditions.shape()}|${ascending ? "asc" : "desc"}`;
  const compiled = compiledFor(db.connection);
  let page = compiled.get(key);
  if (!page) {
    page = compile(db, source, ascending);
    if (compiled.size >= MAX_SHAPES) compiled.clear();
    compiled.set(key, page);
  }
  const rows = (await db.query(page.sql, bind(page.slots, { ...conditions.parameters, pageLimit: size + 1 }))) as Array<Record<string, unknown>>;
  const nodes: T[] = [];
  const sortKeys: Array<string | number> = [];
  const count = Math.min(rows.length, size);
  for (let r = 0; r < count; r += 1) {
    const raw = rows[r];
    const byAlias: Record<string, ObjectLiteral> = {};
    for (const entity of page.entities) {
      const instance = entity.hydrator.hydrate(raw);
      if (!instance) continue; // an outer join that found nothing
      byAlias[entity.spec.alias] = instance;
      const parent = entity.spec.parent;
      if (parent && byAlias[parent.alias]) byAlias[parent.alias][parent.property] = instance;
    }
    const node = byAlias[page.entities[0].spec.alias] as T;
    source.onRow?.(node, raw);
    nodes.push(node);
    sortKeys.push(normaliseSortKey(raw.sort_key));
  }
  const hasMore = rows.length > size;
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor([sortKeys[i], node.id]) }));
  if (backwards) edges.reverse();
  return connectionFromPage(edges, { backwards, cursor }, hasMore, () => counting.applyTo(source.build()).getCount());
}
