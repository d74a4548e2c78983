import type { EntityManager } from "typeorm";
import { byIdLoader, groupedByLoader } from "../../graphql/loaders";
import { ModuleTemplate } from "./module-template.entity";
import { ProgrammeTrack } from "./programme-track.entity";
import { Programme } from "./programme.entity";

export function createProgrammeLoaders(db: EntityManager) {
  return {
    programmeById: byIdLoader(db, Programme),
    trackById: byIdLoader(db, ProgrammeTrack),
    tracksByProgrammeId: groupedByLoader(db, ProgrammeTrack, "programmeId", { position: "ASC", id: "ASC" }),
    moduleTemplatesByProgrammeId: groupedByLoader(db, ModuleTemplate, "programmeId", { position: "ASC", id: "ASC" }),
  };
}

declare module "../../graphql/loaders" {
  interface Loaders extends ReturnType<typeof createProgrammeLoaders> {}
}
