import { OrganisationKind, Role, ROLES_WITH_ORGANISATION, UserErrorCode } from "@ascent/domain";
import { randomBytes } from "node:crypto";
import type { RequestContext } from "../../graphql/context";
import { notFound, unauthenticated } from "../../graphql/errors";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { expectGlobalId, fromGlobalId, toGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { clearAccountThrottle, hashPassword, verifyPassword, Session } from "../auth";
import { Organisation } from "../organisation";
import { ChangePasswordInput, ChangePasswordPayload, CreateUserInput, CreateUserPayload, SetUserActiveInput, UpdateUserInput, UserFilter, UserPayload } from "./dto/user.inputs";
import { UserConnection } from "./dto/user-connection";
import { User } from "./user.entity";
import { Viewer } from "./viewer.type";
import { emailProblems, passwordProblems, userNameProblems } from "./user.rules";
import { escapeLike } from "../../db/sql";

const ORGANISATION_KINDS_FOR_STAFF = new Set([OrganisationKind.ACADEMY, OrganisationKind.FACILITATION_PROVIDER]);

export class UserService {
  viewerOf(ctx: RequestContext): Viewer | null {
    const { viewer } = ctx;
    if (viewer.kind === "user") return { user: viewer.user, organisationId: viewer.user.organisationId, scopes: [] };
    if (viewer.kind === "partner") return { user: null, organisationId: viewer.organisationId, scopes: [...viewer.scopes] };
    return null;
  }

  list(ctx: RequestContext, args: ConnectionArgs, filter: UserFilter | null | undefined): Promise<UserConnection> {
    const query = ctx.db.getRepository(User).createQueryBuilder("u");
    if (!filter?.includeDeactivated) query.andWhere("u.deactivated_at IS NULL");
    if (filter?.roles?.length) query.andWhere("u.role IN (:...roles)", { roles: filter.roles });
    const search = filter?.search?.trim();
    if (search) query.andWhere("(u.name ILIKE :search OR u.email ILIKE :search)", { search: `%${escapeLike(search)}%` });
    return paginate(query, args, { sortExpression: "lower(u.name)", direction: OrderDirection.ASC });
  }

  organisationOf(ctx: RequestContext, user: User): Promise<Organisation | null> {
    return user.organisationId ? ctx.loaders.organisationById.load(user.organisationId) : Promise.resolve(null);
  }

  create(ctx: RequestContext, input: CreateUserInput): Promise<CreateUserPayload> {
    return runMutation<CreateUserPayload>(
      ctx,
      async (tx) => {
        const email = input.email.trim();
        const name = input.name.trim();
        const generated = input.password ? null : randomBytes(12).toString("base64url");
        const password = input.password ?? (generated as string);
        const problems = [...emailProblems(email), ...userNameProblems(name), ...passwordProblems(password, ["password"])];
        const organisationId = await this.resolveOrganisation(tx, input.role, input.organisationId ?? null, problems);
        if (problems.length === 0 && (await this.emailTaken(tx, email))) problems.push(userError(["email"], UserErrorCode.TAKEN, `${email} already has an account.`));
        if (problems.length > 0) throw new UserInputProblems(problems);
        const users = tx.db.getRepository(User);
        const user = users.create({ email, name, role: input.role, organisationId, passwordHash: await hashPassword(password), deactivatedAt: null });
        try {
          await users.save(user);
        } catch (error) {
          if (isUniqueViolation(error, "user_account_email_key")) throw new UserInputProblems([userError(["email"], UserErrorCode.TAKEN, `${email} already has an account.`)]);
          throw error;
        }
        await recordAudit(tx, { operation: "createUser", targetType: "User", targetId: user.id, fields: ["email", "name", "role", "organisationId", "password"] });
        return { user, temporaryPassword: generated, userErrors: [] };
      },
      (userErrors) => ({ user: null, temporaryPassword: null, userErrors }),
    );
  }

  update(ctx: RequestContext, input: UpdateUserInput): Promise<UserPayload> {
    return runMutation<UserPayload>(
      ctx,
      async (tx) => {
        await lockAdministrators(tx);
        const user = await this.lockUser(tx, input.id);
        const problems: UserError[] = [];
        const changed: string[] = [];
        if (input.name != null) {
          user.name = input.name.trim();
          problems.push(...userNameProblems(user.name));
          changed.push("name");
        }
        const role = input.role ?? user.role;
        if (input.role != null && input.role !== user.role) changed.push("role");
        if (input.organisationId !== undefined) changed.push("organisationId");
        if (ctx.viewer.kind === "user" && ctx.viewer.user.id === user.id && user.role === Role.ADMIN && role !== Role.ADMIN) {
          problems.push(userError(["role"], UserErrorCode.FORBIDDEN, "You can't remove your own administrator role; ask another administrator."));
        }
        if (user.role === Role.ADMIN && role !== Role.ADMIN && user.deactivatedAt === null && (await this.otherActiveAdmins(tx, user.id)) === 0) {
          problems.push(userError(["role"], UserErrorCode.FORBIDDEN, "Ascent needs at least one active administrator: make someone else an administrator first."));
        }
        // Unless a new organisation is given, keep the current one (the role decides whether it is needed).
        const organisation = input.organisationId !== undefined ? input.organisationId : user.organisationId ? toGlobalId("Organisation", user.organisationId) : null;
        user.role = role;
        user.organisationId = await this.resolveOrganisation(tx, role, organisation, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(User).save(user);
        // A change of what someone may do takes effect now, not at their next sign-in.
        if (changed.includes("role") || changed.includes("organisationId")) await tx.db.getRepository(Session).delete({ userId: user.id });
        await recordAudit(tx, { operation: "updateUser", targetType: "User", targetId: user.id, fields: changed });
        return { user, userErrors: [] };
      },
      (userErrors) => ({ user: null, userErrors }),
    );
  }

  setActive(ctx: RequestContext, input: SetUserActiveInput, active: boolean): Promise<UserPayload> {
    return runMutation<UserPayload>(
      ctx,
      async (tx) => {
        await lockAdministrators(tx);
        const user = await this.lockUser(tx, input.id);
        if (!active && ctx.viewer.kind === "user" && ctx.viewer.user.id === user.id) {
          throw new UserInputProblems([userError(["id"], UserErrorCode.FORBIDDEN, "You can't deactivate yourself.")]);
        }
        if (!active && user.role === Role.ADMIN && user.deactivatedAt === null && (await this.otherActiveAdmins(tx, user.id)) === 0) {
          throw new UserInputProblems([userError(["id"], UserErrorCode.FORBIDDEN, "Ascent needs at least one active administrator: make someone else an administrator first.")]);
        }
        user.deactivatedAt = active ? null : new Date();
        if (active) await clearAccountThrottle(tx.db, user.id);
        await tx.db.getRepository(User).save(user);
        if (!active) await tx.db.getRepository(Session).delete({ userId: user.id });
        await recordAudit(tx, { operation: active ? "reactivateUser" : "deactivateUser", targetType: "User", targetId: user.id, fields: ["deactivatedAt"] });
        return { user, userErrors: [] };
      },
      (userErrors) => ({ user: null, userErrors }),
    );
  }

  changeOwnPassword(ctx: RequestContext, input: ChangePasswordInput): Promise<ChangePasswordPayload> {
    return runMutation<ChangePasswordPayload>(
      ctx,
      async (tx) => {
        if (tx.viewer.kind !== "user") throw unauthenticated();
        const { user, sessionId } = tx.viewer;
        const fresh = await tx.db.getRepository(User).findOneByOrFail({ id: user.id });
        const problems = passwordProblems(input.newPassword, ["newPassword"]);
        if (!(await verifyPassword(fresh.passwordHash, input.currentPassword))) {
          problems.unshift(userError(["currentPassword"], UserErrorCode.INVALID_CREDENTIALS, "That isn't your current password."));
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(User).update(user.id, { passwordHash: await hashPassword(input.newPassword) });
        // Other sessions end; this one carries on.
        await tx.db.getRepository(Session).createQueryBuilder().delete().where("user_id = :userId AND id <> :sessionId", { userId: user.id, sessionId }).execute();
        await recordAudit(tx, { operation: "changePassword", targetType: "User", targetId: user.id, fields: ["password"] });
        return { userErrors: [] };
      },
      (userErrors) => ({ userErrors }),
    );
  }

  private async otherActiveAdmins(tx: RequestContext, exceptId: string): Promise<number> {
    return tx.db.getRepository(User).createQueryBuilder("u").where("u.role = :role AND u.deactivated_at IS NULL AND u.id <> :id", { role: Role.ADMIN, id: exceptId }).getCount();
  }

  private async lockUser(ctx: RequestContext, globalId: string): Promise<User> {
    const id = expectGlobalId(globalId, "User");
    const user = await ctx.db.getRepository(User).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!user) throw notFound("That user");
    return user;
  }

  private async emailTaken(ctx: RequestContext, email: string): Promise<boolean> {
    return (await ctx.db.getRepository(User).createQueryBuilder("u").where("lower(u.email) = lower(:email)", { email }).getCount()) > 0;
  }

  /** Programme managers and facilitators belong to an academy or provider; admins to none. */
  private async resolveOrganisation(ctx: RequestContext, role: Role, organisationGlobalId: string | null, problems: UserError[]): Promise<string | null> {
    if (!ROLES_WITH_ORGANISATION.includes(role)) return null;
    if (!organisationGlobalId) {
      problems.push(userError(["organisationId"], UserErrorCode.REQUIRED, "Choose the academy or provider this person works for."));
      return null;
    }
    const decoded = fromGlobalId(organisationGlobalId);
    const organisation = decoded?.typeName === "Organisation" ? await ctx.db.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
    if (!organisation) {
      problems.push(userError(["organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist."));
      return null;
    }
    if (!ORGANISATION_KINDS_FOR_STAFF.has(organisation.kind)) {
      problems.push(userError(["organisationId"], UserErrorCode.INVALID, "Staff belong to an academy or a facilitation provider."));
      return null;
    }
    return organisation.id;
  }
}

/**
 * Role and activation changes queue on one lock, taken before any user row:
 * two administrators demoting or deactivating each other at once would
 * otherwise each see the other still active and leave none.
 */
async function lockAdministrators(tx: RequestContext): Promise<void> {
  await tx.db.query("SELECT pg_advisory_xact_lock(hashtext('ascent:administrators'))");
}
