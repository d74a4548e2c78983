import { OrganisationKind, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { escapeLike } from "../../db/sql";
import { runMutation, isUniqueViolation } from "../../graphql/mutation";
import type { ConnectionArgs } from "../../graphql/relay/connection-args";
import { OrderDirection } from "../../graphql/relay/connection-args";
import type { Connection } from "../../graphql/relay/connection";
import { fromGlobalId, toGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Organisation } from "../organisation";
import type { AddMentorInput, AddMentorPayload, MentorFilter, MentorPayload, UpdateMentorInput } from "./dto/mentor.dto";
import { lockedMentor, runningPairingCount } from "./mentor-lock";
import { notFound } from "../../graphql/errors";
import { Mentor } from "./mentor.entity";
import { addMentorProblems } from "./mentor.rules";
import { directoryScope, keepsDirectory } from "./mentoring-access";

/** The same refusal whether the duplicate is seen before the insert or by the unique index during it (a race). */
const emailTaken = () => new UserInputProblems([userError(["email"], UserErrorCode.TAKEN, "Someone with that email is already in the directory.")]);

export class MentorService {
  list(ctx: RequestContext, args: ConnectionArgs, filter: MentorFilter | null | undefined): Promise<Connection<Mentor>> {
    const query = ctx.db.getRepository(Mentor).createQueryBuilder("m");
    const scope = directoryScope(ctx);
    if (scope.kind === "none") query.andWhere("false");
    if (scope.kind === "academy") query.andWhere("m.academy_id = :scopeAcademyId", { scopeAcademyId: scope.academyId });
    if (filter?.academyId) {
      const decoded = fromGlobalId(filter.academyId);
      query.andWhere("m.academy_id = :academyId", { academyId: decoded?.typeName === "Organisation" ? decoded.id : null });
    }
    const search = filter?.search?.trim();
    if (search) {
      query.andWhere("(m.name ILIKE :contains OR m.email ILIKE :contains OR EXISTS (SELECT 1 FROM unnest(m.expertise) e WHERE e ILIKE :contains))", { contains: `%${escapeLike(search)}%` });
    }
    return paginate(query, args, { sortExpression: "lower(m.name)", direction: OrderDirection.ASC });
  }

  async findById(ctx: RequestContext, id: string): Promise<Mentor | null> {
    const mentor = await ctx.db.getRepository(Mentor).findOneBy({ id });
    return mentor && keepsDirectory(ctx, mentor.academyId) ? mentor : null;
  }

  add(ctx: RequestContext, input: AddMentorInput): Promise<AddMentorPayload> {
    return runMutation<AddMentorPayload>(
      ctx,
      async (tx) => {
        const problems = addMentorProblems(input);
        const scope = directoryScope(tx);
        const academyGlobalId = input.academyId ?? (scope.kind === "academy" ? toGlobalId("Organisation", scope.academyId) : null);
        const academy = academyGlobalId ? await this.organisationFor(tx, academyGlobalId) : null;
        if (!academyGlobalId) problems.push(userError(["academyId"], UserErrorCode.REQUIRED, "Choose the academy whose directory this is."));
        else if (!academy || academy.kind !== OrganisationKind.ACADEMY || !keepsDirectory(tx, academy.id)) {
          problems.push(userError(["academyId"], UserErrorCode.NOT_FOUND, "Choose your academy."));
        }
        const employer = await this.organisationFor(tx, input.organisationId);
        if (!employer) problems.push(userError(["organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist."));
        if (problems.length > 0 || !academy || !employer) throw new UserInputProblems(problems);
        const repository = tx.db.getRepository(Mentor);
        const duplicate = await repository.createQueryBuilder("m").where("m.academy_id = :academyId AND lower(m.email) = lower(:email)", { academyId: academy.id, email: input.email.trim() }).getExists();
        if (duplicate) throw emailTaken();
        try {
          const mentor = await repository.save(
            repository.create({
              academyId: academy.id,
              name: input.name.trim(),
              email: input.email.trim(),
              organisationId: employer.id,
              band: input.band ?? null,
              offers: input.offers,
              expertise: (input.expertise ?? []).map((item) => item.trim()),
              capacity: input.capacity,
            }),
          );
          await recordAudit(tx, { operation: "addMentor", targetType: "Mentor", targetId: mentor.id, fields: ["name", "email", "organisationId", "band", "offers", "expertise", "capacity"] });
          return { mentor, userErrors: [] };
        } catch (error) {
          if (isUniqueViolation(error, "mentor_academy_email_key")) throw emailTaken();
          throw error;
        }
      },
      (userErrors) => ({ mentor: null, userErrors }),
    );
  }

  /** Rewrites a directory entry. Capacity may not drop below the pairings running now; the mentor's row is locked so a pairing can't slip in between. */
  update(ctx: RequestContext, input: UpdateMentorInput): Promise<MentorPayload> {
    return runMutation<MentorPayload>(
      ctx,
      async (tx) => {
        const mentor = await this.lockedOrAbsent(tx, input.id);
        const problems = addMentorProblems(input);
        const employer = await this.organisationFor(tx, input.organisationId);
        if (!employer) problems.push(userError(["organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist."));
        const running = await runningPairingCount(tx, mentor.id);
        if (Number.isInteger(input.capacity) && input.capacity < running) {
          problems.push(userError(["capacity"], UserErrorCode.INVALID, `${mentor.name} supports ${running} ${running === 1 ? "person" : "people"} now: end a pairing first, or keep the capacity at ${running} or more.`));
        }
        if (problems.length > 0 || !employer) throw new UserInputProblems(problems);
        const email = input.email.trim();
        const duplicate = await tx.db
          .getRepository(Mentor)
          .createQueryBuilder("m")
          .where("m.academy_id = :academyId AND lower(m.email) = lower(:email) AND m.id <> :id", { academyId: mentor.academyId, email, id: mentor.id })
          .getExists();
        if (duplicate) throw emailTaken();
        const changes = {
          name: input.name.trim(),
          email,
          organisationId: employer.id,
          band: input.band ?? null,
          offers: input.offers,
          expertise: (input.expertise ?? []).map((item) => item.trim()),
          capacity: input.capacity,
        };
        const changed = (Object.keys(changes) as Array<keyof typeof changes>).filter((key) => JSON.stringify(changes[key]) !== JSON.stringify(mentor[key]));
        try {
          await tx.db.getRepository(Mentor).update(mentor.id, changes);
        } catch (error) {
          if (isUniqueViolation(error, "mentor_academy_email_key")) throw emailTaken();
          throw error;
        }
        await recordAudit(tx, { operation: "updateMentor", targetType: "Mentor", targetId: mentor.id, fields: changed });
        return { mentor: Object.assign(mentor, changes), userErrors: [] };
      },
      (userErrors) => ({ mentor: null, userErrors }),
    );
  }

  /** Takes someone out of the directory for new pairings; those running carry on to their end. */
  retire(ctx: RequestContext, id: string): Promise<MentorPayload> {
    return runMutation<MentorPayload>(
      ctx,
      async (tx) => {
        const mentor = await this.lockedOrAbsent(tx, id);
        if (mentor.retiredAt) throw new UserInputProblems([userError(["id"], UserErrorCode.INVALID_TRANSITION, `${mentor.name} has already left the directory.`)]);
        const [{ now }]: Array<{ now: Date }> = await tx.db.query("SELECT now() AS now");
        await tx.db.getRepository(Mentor).update(mentor.id, { retiredAt: now });
        await recordAudit(tx, { operation: "retireMentor", targetType: "Mentor", targetId: mentor.id, fields: ["retiredAt"] });
        return { mentor: Object.assign(mentor, { retiredAt: now }), userErrors: [] };
      },
      (userErrors) => ({ mentor: null, userErrors }),
    );
  }

  /** Pairings running now, for those who keep the directory. */
  async runningCountFor(ctx: RequestContext, mentor: Mentor): Promise<number | null> {
    return keepsDirectory(ctx, mentor.academyId) ? ctx.loaders.runningPairingCountByMentorId.load(mentor.id) : null;
  }

  /** The mentor the mutation acts on, locked for the rest of the transaction; NOT_FOUND when the viewer doesn't keep that directory. */
  private async lockedOrAbsent(tx: RequestContext, globalId: string): Promise<Mentor> {
    const mentor = await lockedMentor(tx, globalId);
    if (!mentor || !keepsDirectory(tx, mentor.academyId)) throw notFound("That mentor or coach");
    return mentor;
  }

  /** The size of an academy's directory, for those who keep it. */
  async countFor(ctx: RequestContext, organisation: Organisation): Promise<number | null> {
    if (organisation.kind !== OrganisationKind.ACADEMY || !keepsDirectory(ctx, organisation.id)) return null;
    return ctx.loaders.mentorCountByAcademyId.load(organisation.id);
  }

  organisationOf(ctx: RequestContext, mentor: Mentor): Promise<Organisation | null> {
    return ctx.loaders.organisationById.load(mentor.organisationId);
  }

  private async organisationFor(tx: RequestContext, globalId: string): Promise<Organisation | null> {
    const decoded = fromGlobalId(globalId);
    return decoded?.typeName === "Organisation" ? tx.loaders.organisationById.load(decoded.id) : null;
  }
}
