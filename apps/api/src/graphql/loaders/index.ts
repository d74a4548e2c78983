import DataLoader from "dataloader";
import { EntityManager, In } from "typeorm";
import { Organisation } from "../../modules/organisation/organisation.entity";
import { currentWresReturnsByYearLoader } from "../../modules/wres/wres.loaders";
import { createProgrammeLoaders } from "../../modules/programme/programme.loaders";
import { User } from "../../modules/user/user.entity";

/** Loads rows by id in one query per tick; results follow the order of the keys. */
function byIdLoader<T extends { id: string }>(db: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Created per request, so nothing cached outlives the request or crosses viewers. */
export function createLoaders(db: EntityManager) {
  return {
    organisationById: byIdLoader(db, Organisation),
    currentWresReturnsByYear: currentWresReturnsByYearLoader(db),
    userById: byIdLoader(db, User),
    ...createProgrammeLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
