import { ApiScope, OrganisationKind, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId, fromGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Organisation } from "../organisation";
import { ApiToken } from "./api-token.entity";
import { ApiTokenConnection } from "./dto/api-token-connection";
import { ApiTokenFilter, CreateApiTokenInput, CreateApiTokenPayload, RevokeApiTokenInput, RevokeApiTokenPayload } from "./dto/api-token.inputs";
import { forgetToken } from "./bearer";
import { issueToken } from "./token-secret";

const DEFAULT_LIFETIME_DAYS = 90;
const MAX_LIFETIME_DAYS = 366;
const DAY_MS = 86_400_000;

export class ApiTokenService {
  list(ctx: RequestContext, args: ConnectionArgs, filter: ApiTokenFilter | null | undefined): Promise<ApiTokenConnection> {
    const query = ctx.db.getRepository(ApiToken).createQueryBuilder("t");
    if (filter?.organisationId) query.andWhere("t.organisation_id = :organisationId", { organisationId: expectGlobalId(filter.organisationId, "Organisation", "filter.organisationId") });
    if (filter?.activeOnly) query.andWhere("t.revoked_at IS NULL AND t.expires_at > now()");
    return paginate(query, args, { sortExpression: "t.created_at", direction: OrderDirection.DESC });
  }

  organisationOf(ctx: RequestContext, token: ApiToken): Promise<Organisation | null> {
    return ctx.loaders.organisationById.load(token.organisationId);
  }

  create(ctx: RequestContext, input: CreateApiTokenInput): Promise<CreateApiTokenPayload> {
    return runMutation<CreateApiTokenPayload>(
      ctx,
      async (tx) => {
        const problems: UserError[] = [];
        const label = input.label.trim();
        if (!label) problems.push(userError(["label"], UserErrorCode.REQUIRED, "Give the token a label that says what it is for."));
        if (label.length > 100) problems.push(userError(["label"], UserErrorCode.TOO_LONG, "The label can be at most 100 characters."));
        const scopes = [...new Set(input.scopes)];
        if (scopes.length === 0) problems.push(userError(["scopes"], UserErrorCode.REQUIRED, "Choose at least one scope."));
        const now = Date.now();
        const expiresAt = input.expiresAt ?? new Date(now + DEFAULT_LIFETIME_DAYS * DAY_MS);
        if (expiresAt.getTime() <= now) problems.push(userError(["expiresAt"], UserErrorCode.INVALID, "The expiry must be in the future."));
        if (expiresAt.getTime() > now + MAX_LIFETIME_DAYS * DAY_MS) problems.push(userError(["expiresAt"], UserErrorCode.INVALID, "A token can last at most a year."));
        const decoded = fromGlobalId(input.organisationId);
        const organisation = decoded?.typeName === "Organisation" ? await tx.db.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
        if (!organisation) problems.push(userError(["organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist."));
        else if (organisation.kind === OrganisationKind.ACADEMY || organisation.kind === OrganisationKind.FACILITATION_PROVIDER) {
          problems.push(userError(["organisationId"], UserErrorCode.INVALID, "Partner tokens are for trusts and other partner organisations, not academies or providers."));
        }
        if (problems.length > 0 || !organisation) throw new UserInputProblems(problems);

        const repository = tx.db.getRepository(ApiToken);
        const row = repository.create({ label, organisationId: organisation.id, scopes: scopes as ApiScope[], expiresAt, revokedAt: null, lastUsedAt: null, secretHash: "", prefix: "",
          // A new token starts with a full bucket, whatever ASCENT_PARTNER_BUDGET is: the refill is capped at it (graphql/partner-cost.ts).
          costBudget: Number.MAX_VALUE });
        row.id = (await tx.db.query("SELECT gen_random_uuid() AS id"))[0].id;
        const issued = issueToken(row.id);
        row.secretHash = issued.secretHash;
        row.prefix = issued.prefix;
        row.createdById = tx.viewer.kind === "user" ? tx.viewer.user.id : null;
        await repository.insert(row);
        const saved = await repository.findOneByOrFail({ id: row.id });
        await recordAudit(tx, { operation: "createApiToken", targetType: "ApiToken", targetId: row.id, fields: ["organisationId", "scopes", "label", "expiresAt"] });
        return { apiToken: saved, token: issued.token, userErrors: [] };
      },
      (userErrors) => ({ apiToken: null, token: null, userErrors }),
    );
  }

  async revoke(ctx: RequestContext, input: RevokeApiTokenInput): Promise<RevokeApiTokenPayload> {
    const payload = await runMutation<RevokeApiTokenPayload>(
      ctx,
      async (tx) => {
        const id = expectGlobalId(input.id, "ApiToken");
        const repository = tx.db.getRepository(ApiToken);
        const token = await repository.findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
        if (!token) throw notFound("That API token");
        if (token.revokedAt) throw new UserInputProblems([userError(["id"], UserErrorCode.INVALID_TRANSITION, "That token is already revoked.")]);
        token.revokedAt = new Date();
        await repository.save(token);
        await recordAudit(tx, { operation: "revokeApiToken", targetType: "ApiToken", targetId: token.id, fields: ["revokedAt"] });
        return { apiToken: token, userErrors: [] };
      },
      (userErrors) => ({ apiToken: null, userErrors }),
    );
    // After the commit: this process refuses the token from its next request (others within their cache time, token-cache.ts).
    if (payload.apiToken) forgetToken(ctx.db, payload.apiToken.id);
    return payload;
  }
}
