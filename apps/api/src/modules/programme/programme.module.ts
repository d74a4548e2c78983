import {
  AfcBand,
  AllocationPolicy,
  DeliveryMode,
  EligibilityRequirement,
  EligibilityRuleKind,
  EthnicGroup,
  EthnicityCriterion,
  MedicalGrade,
  ModuleKind,
  ProgrammeStatus,
  StaffGroup,
} from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { visibleNode } from "../../graphql/relay/node-fetcher";
import { OUTSIDE_STAFF } from "../../graphql/replica-reads";
import { ModuleTemplate } from "./module-template.entity";
import { ProgrammeTrack } from "./programme-track.entity";
import { Programme } from "./programme.entity";
import { createProgrammeLoaders } from "./programme.loaders";
import { ProgrammeResolver, TrackResolver } from "./programme.resolver";
import { ProgrammeService } from "./programme.service";

export const programmeModule = defineModule({
  name: "programme",
  entities: [Programme, ProgrammeTrack, ModuleTemplate],
  enums: [
    [AfcBand, { name: "AfcBand", description: "Agenda for Change pay band, or VSM." }],
    [EthnicGroup, { name: "EthnicGroup" }],
    [ProgrammeStatus, { name: "ProgrammeStatus", description: "DRAFT -> PUBLISHED or ARCHIVED; PUBLISHED -> ARCHIVED; ARCHIVED -> DRAFT." }],
    [DeliveryMode, { name: "DeliveryMode" }],
    [ModuleKind, { name: "ModuleKind" }],
    [AllocationPolicy, { name: "AllocationPolicy" }],
    [StaffGroup, { name: "StaffGroup" }],
    [MedicalGrade, { name: "MedicalGrade", description: "Medical and dental grade groups (not on Agenda for Change)." }],
    [EthnicityCriterion, { name: "EthnicityCriterion" }],
    [EligibilityRequirement, { name: "EligibilityRequirement" }],
    [EligibilityRuleKind, { name: "EligibilityRuleKind" }],
  ],
  loaders: createProgrammeLoaders,
  // The public and partner catalogue; staff, who edit programmes, read their own changes from the primary.
  replicaReads: { programmes: OUTSIDE_STAFF, programme: OUTSIDE_STAFF },
  setup: () => {
    const programmes = new ProgrammeService();
    return {
      resolvers: [new ProgrammeResolver(programmes), new TrackResolver(programmes)],
      nodes: {
        Programme: (ctx, id) => programmes.findById(ctx, id),
        Track: (ctx, id) => programmes.findTrackById(ctx, id),
        ModuleTemplate: visibleNode(
          (ctx, id) => ctx.db.getRepository(ModuleTemplate).findOneBy({ id }),
          async (ctx, template) => (await programmes.findById(ctx, template.programmeId)) !== null,
        ),
      },
    };
  },
});
