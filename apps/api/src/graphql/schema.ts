import "reflect-metadata";
import { GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema, ContainerType, NonEmptyArray } from "type-graphql";
// Every entity class, so every Node type is in the schema whoever imported what first
// (type-graphql adds the object types implementing an interface it has seen).
import "../db/entities";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { CohortFacilitator } from "../modules/cohort/cohort-facilitator.entity";
import { ModuleTemplate } from "../modules/programme/module-template.entity";
import { disclosureLevelFor, OWNER } from "../modules/wres/wres-access";
import { WresReturn } from "../modules/wres/wres-return.entity";
import { WresTarget } from "../modules/wres/wres-target.entity";
import { AuthService } from "../modules/auth/auth.service";
import { OrganisationResolver } from "../modules/organisation/organisation.resolver";
import { OrganisationService } from "../modules/organisation/organisation.service";
import { NodeResolver } from "../modules/system/node.resolver";
import { NodeService } from "../modules/system/node.service";
import { ApiTokenResolver } from "../modules/api-token/api-token.resolver";
import { ApiTokenService } from "../modules/api-token/api-token.service";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { AuditService } from "../modules/audit/audit.service";
import { AcademyMembershipResolver } from "../modules/academy-membership/academy-membership.resolver";
import { AcademyMembershipService } from "../modules/academy-membership/academy-membership.service";
import { CohortFacilitatorResolver, CohortResolver, SessionResolver } from "../modules/cohort/cohort.resolver";
import { CohortService } from "../modules/cohort/cohort.service";
import { ProgrammeResolver, TrackResolver } from "../modules/programme/programme.resolver";
import { ProgrammeService } from "../modules/programme/programme.service";
import { UserResolver } from "../modules/user/user.resolver";
import { UserService } from "../modules/user/user.service";
import { ViewerResolver } from "../modules/user/viewer.resolver";
import { WresResolver, WresReportResolver, WresReturnResolver, WresTargetResolver } from "../modules/wres/wres.resolver";
import { WresTargetService } from "../modules/wres/wres-target.service";
import { WresService } from "../modules/wres/wres.service";
import { authChecker } from "./auth-checker";
import { registerEnums } from "./enums";
import { Node } from "./relay/node";

registerEnums();


export interface SchemaOptions {
  sessionTtlHours: number;
  loginAttemptsPerAddress: number;
}

/**
 * Every resolver, built once with its services (stateless; they take the
 * request context). Adding a feature means adding its resolver here.
 */
function resolverInstances(options: SchemaOptions): object[] {
  const organisations = new OrganisationService();
  const wres = new WresService();
  const wresTargets = new WresTargetService();
  const nodes = new NodeService(organisations);
  registerWresNodes(nodes);
  return [
    new NodeResolver(nodes),
    new AuthResolver(new AuthService(options.sessionTtlHours, options.loginAttemptsPerAddress)),
    new UserResolver(new UserService()),
    new ViewerResolver(),
    new OrganisationResolver(organisations),
    new ApiTokenResolver(new ApiTokenService()),
    new AuditResolver(new AuditService()),
    new WresResolver(wres, wresTargets),
    new WresReportResolver(wres, wresTargets),
    new WresReturnResolver(wres),
    new WresTargetResolver(wres),
    ...programmeCatalogueResolvers(nodes),
  ];
}

/** A WRES return or target is its owners' to fetch by id (figures for others go through disclosure control). */
function registerWresNodes(nodes: NodeService) {
  for (const entity of [WresReturn, WresTarget]) {
    nodes.register(entity.name, async (ctx, id) => {
      const row = await ctx.db.getRepository<WresReturn | WresTarget>(entity).findOneBy({ id });
      return row && (await disclosureLevelFor(ctx, row.organisationId)) === OWNER ? row : null;
    });
  }
}

/** Programmes, tracks, cohorts, sessions and academy membership. */
function programmeCatalogueResolvers(nodes: NodeService): object[] {
  const programmes = new ProgrammeService();
  const cohorts = new CohortService();
  nodes.register("Programme", (ctx, id) => programmes.findById(ctx, id));
  nodes.register("Track", (ctx, id) => programmes.findTrackById(ctx, id));
  nodes.register("Cohort", (ctx, id) => cohorts.findById(ctx, id));
  nodes.register("Session", (ctx, id) => cohorts.findSessionById(ctx, id));
  nodes.register("ModuleTemplate", async (ctx, id) => {
    const template = await ctx.db.getRepository(ModuleTemplate).findOneBy({ id });
    return template && (await programmes.findById(ctx, template.programmeId)) ? template : null;
  });
  nodes.register("CohortFacilitator", async (ctx, id) => {
    const facilitator = await ctx.db.getRepository(CohortFacilitator).findOneBy({ id });
    return facilitator && (await cohorts.findById(ctx, facilitator.cohortId)) ? facilitator : null;
  });
  return [
    new ProgrammeResolver(programmes),
    new TrackResolver(programmes),
    new CohortResolver(cohorts),
    new SessionResolver(cohorts),
    new CohortFacilitatorResolver(cohorts),
    new AcademyMembershipResolver(new AcademyMembershipService()),
  ];
}

function containerFor(instances: object[]): ContainerType {
  const byClass = new Map<Function, object>(instances.map((instance) => [instance.constructor, instance]));
  return {
    get(resolverClass: Function) {
      const instance = byClass.get(resolverClass);
      if (!instance) throw new Error(`no instance registered for ${resolverClass.name}`);
      return instance;
    },
  };
}

export function buildAscentSchema(options: SchemaOptions = { sessionTtlHours: 12, loginAttemptsPerAddress: 30 }): Promise<GraphQLSchema> {
  const instances = resolverInstances(options);
  return buildSchema({
    resolvers: instances.map((instance) => instance.constructor) as NonEmptyArray<Function>,
    orphanedTypes: [Node],
    container: containerFor(instances),
    authChecker,
    authMode: "error",
    validate: false,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
}
