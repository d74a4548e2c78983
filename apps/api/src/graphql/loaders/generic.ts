import DataLoader from "dataloader";
import { EntityManager, In, ObjectLiteral } from "typeorm";

/** Loads rows by id in one query per tick; results follow the order of the keys. */
export function byIdLoader<T extends { id: string }>(db: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** All rows whose `key` column is one of the keys, grouped, in the given order: one query per batch. */
export function groupedByLoader<T extends ObjectLiteral>(db: EntityManager, entity: new () => T, key: keyof T & string, order: Record<string, "ASC" | "DESC">) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await db.getRepository(entity).find({ where: { [key]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
