import { UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { fromGlobalId, expectGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { CreateOrganisationInput } from "./dto/create-organisation.input";
import { OrganisationConnection } from "./dto/organisation-connection";
import { OrganisationFilter, OrganisationOrder, OrganisationOrderField } from "./dto/organisation-filter.input";
import { CreateOrganisationPayload, UpdateOrganisationPayload } from "./dto/organisation.payloads";
import { UpdateOrganisationInput } from "./dto/update-organisation.input";
import { Organisation } from "./organisation.entity";
import { nameProblems, normaliseName, normaliseOptionalOdsCode, odsCodeProblems } from "./organisation.rules";
import { escapeLike } from "../../db/sql";

const ODS_UNIQUE_CONSTRAINT = "organisation_ods_code_key";

const SORT_EXPRESSIONS: Record<OrganisationOrderField, string> = {
  [OrganisationOrderField.NAME]: "lower(o.name)",
  [OrganisationOrderField.ODS_CODE]: "coalesce(o.ods_code, '')",
  [OrganisationOrderField.CREATED_AT]: "o.created_at",
};


export class OrganisationService {
  async list(
    ctx: RequestContext,
    args: ConnectionArgs,
    filter: OrganisationFilter | null | undefined,
    orderBy: OrganisationOrder | null | undefined,
  ): Promise<OrganisationConnection> {
    const query = ctx.db.getRepository(Organisation).createQueryBuilder("o");
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere("(o.name ILIKE :contains OR o.ods_code ILIKE :prefix)", {
        contains: `%${escapeLike(search)}%`,
        prefix: `${escapeLike(search)}%`,
      });
    }
    if (filter?.kinds?.length) query.andWhere("o.kind IN (:...kinds)", { kinds: filter.kinds });
    if (filter?.regions?.length) query.andWhere("o.region IN (:...regions)", { regions: filter.regions });
    if (filter?.parentId) query.andWhere("o.parent_id = :parentId", { parentId: expectGlobalId(filter.parentId, "Organisation", "filter.parentId") });
    const order = orderBy ?? { field: OrganisationOrderField.NAME, direction: OrderDirection.ASC };
    return paginate(query, args, { sortExpression: SORT_EXPRESSIONS[order.field], direction: order.direction });
  }

  /** Null when no organisation has that id. */
  async findById(ctx: RequestContext, id: string): Promise<Organisation | null> {
    return ctx.loaders.organisationById.load(id);
  }

  async findByGlobalId(ctx: RequestContext, globalId: string): Promise<Organisation | null> {
    return this.findById(ctx, expectGlobalId(globalId, "Organisation"));
  }

  async parentOf(ctx: RequestContext, organisation: Organisation): Promise<Organisation | null> {
    return organisation.parentId ? ctx.loaders.organisationById.load(organisation.parentId) : null;
  }

  create(ctx: RequestContext, input: CreateOrganisationInput): Promise<CreateOrganisationPayload> {
    return runMutation<CreateOrganisationPayload>(
      ctx,
      async (tx) => {
        const name = normaliseName(input.name);
        const odsCode = normaliseOptionalOdsCode(input.odsCode);
        const problems = [...nameProblems(name), ...odsCodeProblems(odsCode)];
        const parentId = await this.resolveParent(tx, input.parentId, null, problems);
        if (problems.length === 0) problems.push(...(await this.odsCodeTaken(tx, odsCode, null)));
        if (problems.length > 0) throw new UserInputProblems(problems);
        const organisation = tx.db.getRepository(Organisation).create({ name, kind: input.kind, odsCode, region: input.region ?? null, parentId });
        await this.save(tx, organisation);
        await recordAudit(tx, { operation: "createOrganisation", targetType: "Organisation", targetId: organisation.id, fields: Object.keys(input) });
        return { organisation, userErrors: [] };
      },
      (userErrors) => ({ organisation: null, userErrors }),
    );
  }

  update(ctx: RequestContext, input: UpdateOrganisationInput): Promise<UpdateOrganisationPayload> {
    return runMutation<UpdateOrganisationPayload>(
      ctx,
      async (tx) => {
        const id = expectGlobalId(input.id, "Organisation");
        // Two re-parentings checked side by side could each pass and together close a loop (A under B, B under A):
        // they queue on one lock, taken before any row (the new parent's row is key-share locked by the write),
        // and each checks the tree as the one before it left it.
        if (input.parentId !== undefined) await tx.db.query("SELECT pg_advisory_xact_lock(hashtext('ascent:organisation-tree'))");
        const organisation = await tx.db.getRepository(Organisation).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
        if (!organisation) throw notFound("That organisation");
        const problems: UserError[] = [];
        if (input.name !== undefined) {
          organisation.name = normaliseName(input.name ?? "");
          problems.push(...nameProblems(organisation.name));
        }
        if (input.kind !== undefined) {
          if (input.kind === null) problems.push(userError(["kind"], UserErrorCode.REQUIRED, "Choose what kind of organisation this is."));
          else organisation.kind = input.kind;
        }
        if (input.odsCode !== undefined) {
          organisation.odsCode = normaliseOptionalOdsCode(input.odsCode);
          problems.push(...odsCodeProblems(organisation.odsCode));
        }
        if (input.region !== undefined) organisation.region = input.region;
        if (input.parentId !== undefined) organisation.parentId = await this.resolveParent(tx, input.parentId, organisation.id, problems);
        if (problems.length === 0) problems.push(...(await this.odsCodeTaken(tx, organisation.odsCode, organisation.id)));
        if (problems.length > 0) throw new UserInputProblems(problems);
        await this.save(tx, organisation);
        await recordAudit(tx, { operation: "updateOrganisation", targetType: "Organisation", targetId: organisation.id, fields: Object.keys(input).filter((key) => key !== "id") });
        return { organisation, userErrors: [] };
      },
      (userErrors) => ({ organisation: null, userErrors }),
    );
  }

  private async save(ctx: RequestContext, organisation: Organisation) {
    try {
      await ctx.db.getRepository(Organisation).save(organisation);
    } catch (error) {
      // Another request took the code between our check and our write.
      if (isUniqueViolation(error, ODS_UNIQUE_CONSTRAINT)) {
        throw new UserInputProblems([userError(["odsCode"], UserErrorCode.TAKEN, `${organisation.odsCode} is already used by another organisation.`)]);
      }
      throw error;
    }
  }

  private async odsCodeTaken(ctx: RequestContext, odsCode: string | null, exceptId: string | null): Promise<UserError[]> {
    if (odsCode === null) return [];
    const holder = await ctx.db.getRepository(Organisation).findOne({ where: { odsCode } });
    if (!holder || holder.id === exceptId) return [];
    return [userError(["odsCode"], UserErrorCode.TAKEN, `${odsCode} is already used by ${holder.name}.`)];
  }

  /** Checks the proposed parent exists and would not make a loop; reports problems on parentId. */
  private async resolveParent(ctx: RequestContext, parentGlobalId: string | null | undefined, childId: string | null, problems: UserError[]): Promise<string | null> {
    if (!parentGlobalId) return null;
    const decoded = fromGlobalId(parentGlobalId);
    const parent = decoded?.typeName === "Organisation" ? await ctx.db.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
    if (!parent) {
      problems.push(userError(["parentId"], UserErrorCode.NOT_FOUND, "The parent organisation doesn't exist."));
      return null;
    }
    if (childId !== null && (await this.isSelfOrAncestorOf(ctx, childId, parent.id))) {
      problems.push(userError(["parentId"], UserErrorCode.INVALID, "An organisation can't sit under itself or one of its own children."));
      return null;
    }
    return parent.id;
  }

  /** True when `candidateId` is `organisationId` or sits somewhere below it. */
  private async isSelfOrAncestorOf(ctx: RequestContext, organisationId: string, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await ctx.db.query(
      `WITH RECURSIVE ancestors(id, parent_id) AS (
         SELECT id, parent_id FROM organisation WHERE id = $1
         UNION
         SELECT o.id, o.parent_id FROM organisation o JOIN ancestors a ON o.id = a.parent_id
       )
       SELECT 1 FROM ancestors WHERE id = $2 LIMIT 1`,
      [candidateId, organisationId],
    );
    return rows.length > 0;
  }
}
