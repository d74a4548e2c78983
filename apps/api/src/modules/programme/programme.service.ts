import {
  canTransitionProgramme,
  CohortStatus,
  describeEligibility,
  EligibilityApplicant,
  evaluateEligibility,
  isOpenForApplications,
  mergeEligibilityRules,
  OrganisationKind,
  ProgrammeStatus,
  programmeStatusLabels,
  UserErrorCode,
} from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { ConnectionArgs, OrderDirection } from "../../graphql/relay/connection-args";
import { Connection } from "../../graphql/relay/connection";
import { expectGlobalId, fromGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Cohort } from "../cohort";
import { Organisation } from "../organisation";
import { EligibilityApplicantInput, EligibilityResult } from "./dto/eligibility.types";
import { CreateProgrammeInput, CreateTrackInput, ProgrammeFilter, TrackInput, UpdateProgrammeInput, UpdateTrackInput } from "./dto/programme.inputs";
import { CreateProgrammePayload, ProgrammeStatusPayload, TrackPayload, UpdateProgrammePayload } from "./dto/programme.payloads";
import { ModuleTemplate } from "./module-template.entity";
import { canManageAcademy, canSeeProgramme, cohortVisibility, scopeProgrammes } from "./programme-access";
import { ProgrammeTrack } from "./programme-track.entity";
import { Programme } from "./programme.entity";
import {
  durationProblems,
  listProblems,
  normaliseEligibility,
  normaliseLine,
  normaliseList,
  normaliseModules,
  NormalisedModule,
  normaliseText,
  requiredLineProblems,
  summaryProblems,
  titleProblems,
  TRACK_NAME_MAX_LENGTH,
  uniqueDeliveryModes,
} from "./programme.rules";
import { escapeLike } from "../../db/sql";


export class ProgrammeService {
  async list(ctx: RequestContext, args: ConnectionArgs, filter: ProgrammeFilter | null | undefined): Promise<Connection<Programme>> {
    const query = ctx.db.getRepository(Programme).createQueryBuilder("p");
    scopeProgrammes(ctx, query, "p");
    if (filter?.status?.length) query.andWhere("p.status IN (:...statuses)", { statuses: filter.status });
    if (filter?.academyId) query.andWhere("p.academy_id = :academyId", { academyId: expectGlobalId(filter.academyId, "Organisation", "filter.academyId") });
    const search = filter?.search?.trim();
    if (search) query.andWhere("(p.title ILIKE :contains OR p.summary ILIKE :contains)", { contains: `%${escapeLike(search)}%` });
    return paginate(query, args, { sortExpression: "lower(p.title)", direction: OrderDirection.ASC });
  }

  /** Null when it doesn't exist or the viewer may not see it. */
  async findById(ctx: RequestContext, id: string): Promise<Programme | null> {
    const programme = await ctx.loaders.programmeById.load(id);
    return programme && canSeeProgramme(ctx, programme) ? programme : null;
  }

  findByGlobalId(ctx: RequestContext, globalId: string): Promise<Programme | null> {
    return this.findById(ctx, expectGlobalId(globalId, "Programme"));
  }

  async findTrackById(ctx: RequestContext, id: string): Promise<ProgrammeTrack | null> {
    const track = await ctx.loaders.trackById.load(id);
    if (!track) return null;
    return (await this.findById(ctx, track.programmeId)) ? track : null;
  }

  async academyOf(ctx: RequestContext, programme: Programme): Promise<Organisation> {
    const academy = await ctx.loaders.organisationById.load(programme.academyId);
    if (!academy) throw new Error(`programme ${programme.id} has no academy`);
    return academy;
  }

  tracksOf(ctx: RequestContext, programme: Programme): Promise<ProgrammeTrack[]> {
    return ctx.loaders.tracksByProgrammeId.load(programme.id);
  }

  /** The modules every cohort of the programme follows, whatever its track. */
  async sharedModulesOf(ctx: RequestContext, programme: Programme): Promise<ModuleTemplate[]> {
    return (await ctx.loaders.moduleTemplatesByProgrammeId.load(programme.id)).filter((m) => m.trackId === null);
  }

  async modulesOfTrack(ctx: RequestContext, track: ProgrammeTrack): Promise<ModuleTemplate[]> {
    return (await ctx.loaders.moduleTemplatesByProgrammeId.load(track.programmeId)).filter((m) => m.trackId === track.id);
  }

  async programmeOfTrack(ctx: RequestContext, track: ProgrammeTrack): Promise<Programme> {
    const programme = await ctx.loaders.programmeById.load(track.programmeId);
    if (!programme) throw new Error(`track ${track.id} has no programme`);
    return programme;
  }

  async effectiveTrackEligibility(ctx: RequestContext, track: ProgrammeTrack) {
    return mergeEligibilityRules((await this.programmeOfTrack(ctx, track)).eligibility, track.eligibility);
  }

  async eligibilitySummary(ctx: RequestContext, programme: Programme, track: ProgrammeTrack | null): Promise<string[]> {
    const academy = await this.academyOf(ctx, programme);
    return describeEligibility(mergeEligibilityRules(programme.eligibility, track?.eligibility), { academyName: academy.name });
  }

  async cohortsOf(ctx: RequestContext, programme: Programme): Promise<Cohort[]> {
    const visible = await cohortVisibility(ctx);
    return (await ctx.loaders.cohortsByProgrammeId.load(programme.id)).filter((cohort) => visible(cohort, programme));
  }

  async openCohortsOf(ctx: RequestContext, programme: Programme): Promise<Cohort[]> {
    const now = new Date();
    if (programme.status !== ProgrammeStatus.PUBLISHED) return [];
    return (await this.cohortsOf(ctx, programme)).filter((cohort) => isOpenForApplications(cohort, now));
  }

  /** Evaluates an applicant against a programme (and track): the pure rules, with membership looked up. */
  async checkEligibility(ctx: RequestContext, programmeGlobalId: string, trackGlobalId: string | null | undefined, applicant: EligibilityApplicantInput): Promise<EligibilityResult> {
    const programme = await this.findByGlobalId(ctx, programmeGlobalId);
    if (!programme) throw notFound("That programme");
    let track: ProgrammeTrack | null = null;
    if (trackGlobalId) {
      track = await ctx.loaders.trackById.load(expectGlobalId(trackGlobalId, "Track", "trackId"));
      if (!track || track.programmeId !== programme.id) throw notFound("That track");
    }
    const { organisationId, ...answers } = applicant;
    const memberId = organisationId ? expectGlobalId(organisationId, "Organisation", "applicant.organisationId") : null;
    const facts: EligibilityApplicant = {
      ...answers,
      organisationIsAcademyMember: memberId ? await ctx.loaders.isAcademyMember.load(`${programme.academyId}:${memberId}`) : null,
    };
    const academy = await this.academyOf(ctx, programme);
    return evaluateEligibility(mergeEligibilityRules(programme.eligibility, track?.eligibility), facts, { academyName: academy.name });
  }

  create(ctx: RequestContext, input: CreateProgrammeInput): Promise<CreateProgrammePayload> {
    return runMutation<CreateProgrammePayload>(
      ctx,
      async (tx) => {
        const problems: UserError[] = [];
        const academyId = await this.resolveAcademy(tx, input.academyId, problems);
        const title = normaliseLine(input.title);
        const summary = normaliseLine(input.summary);
        const duration = normaliseLine(input.duration);
        const lists = {
          aims: normaliseList(input.aims),
          learningOutcomes: normaliseList(input.learningOutcomes),
          benefits: normaliseList(input.benefits),
          commitments: normaliseList(input.commitments),
          targetRoles: normaliseList(input.targetRoles),
        };
        problems.push(...titleProblems(title), ...summaryProblems(summary), ...durationProblems(duration));
        for (const [field, items] of Object.entries(lists)) problems.push(...listProblems(field, items));
        const eligibility = normaliseEligibility(["eligibility"], input.eligibility, problems);
        const modules = normaliseModules(["modules"], input.modules, problems);
        const tracks = (input.tracks ?? []).map((track, index) => this.normaliseTrack(["tracks", String(index)], track, problems));
        if (problems.length > 0) throw new UserInputProblems(problems);
        if (academyId && !canManageAcademy(tx, academyId)) throw forbidden();

        const programme = await tx.db.getRepository(Programme).save(
          tx.db.getRepository(Programme).create({
            academyId: academyId as string,
            title,
            summary,
            description: normaliseText(input.description) ?? "",
            ...lists,
            deliveryModes: uniqueDeliveryModes(input.deliveryModes),
            duration,
            status: ProgrammeStatus.DRAFT,
            eligibility,
            publishedAt: null,
          }),
        );
        await this.saveModules(tx, programme.id, null, modules);
        for (const [index, track] of tracks.entries()) await this.saveTrack(tx, programme.id, index, track);
        await recordAudit(tx, { operation: "createProgramme", targetType: "Programme", targetId: programme.id, fields: Object.keys(input) });
        return { programme, userErrors: [] };
      },
      (userErrors) => ({ programme: null, userErrors }),
    );
  }

  update(ctx: RequestContext, input: UpdateProgrammeInput): Promise<UpdateProgrammePayload> {
    return runMutation<UpdateProgrammePayload>(
      ctx,
      async (tx) => {
        const programme = await this.lockProgramme(tx, input.id);
        const problems: UserError[] = [];
        if (input.title !== undefined) problems.push(...titleProblems((programme.title = normaliseLine(input.title))));
        if (input.summary !== undefined) problems.push(...summaryProblems((programme.summary = normaliseLine(input.summary))));
        if (input.duration !== undefined) problems.push(...durationProblems((programme.duration = normaliseLine(input.duration))));
        if (input.description !== undefined) programme.description = normaliseText(input.description) ?? "";
        for (const field of ["aims", "learningOutcomes", "benefits", "commitments", "targetRoles"] as const) {
          if (input[field] !== undefined) problems.push(...listProblems(field, (programme[field] = normaliseList(input[field]))));
        }
        if (input.deliveryModes !== undefined) programme.deliveryModes = uniqueDeliveryModes(input.deliveryModes);
        if (input.eligibility !== undefined) programme.eligibility = normaliseEligibility(["eligibility"], input.eligibility, problems);
        const modules = input.modules !== undefined ? normaliseModules(["modules"], input.modules, problems) : undefined;
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(Programme).save(programme);
        if (modules !== undefined) await this.replaceModules(tx, programme.id, null, modules);
        await recordAudit(tx, { operation: "updateProgramme", targetType: "Programme", targetId: programme.id, fields: Object.keys(input).filter((key) => key !== "id") });
        return { programme, userErrors: [] };
      },
      (userErrors) => ({ programme: null, userErrors }),
    );
  }

  /** Moves a programme to another status, if the transition is allowed and its conditions hold. */
  changeStatus(ctx: RequestContext, globalId: string, to: ProgrammeStatus): Promise<ProgrammeStatusPayload> {
    return runMutation<ProgrammeStatusPayload>(
      ctx,
      async (tx) => {
        const programme = await this.lockProgramme(tx, globalId);
        if (!canTransitionProgramme(programme.status, to)) {
          throw new UserInputProblems([
            userError(["id"], UserErrorCode.INVALID_TRANSITION, `A ${programmeStatusLabels[programme.status].toLowerCase()} programme can't become ${programmeStatusLabels[to].toLowerCase()}.`),
          ]);
        }
        if (to === ProgrammeStatus.PUBLISHED) await this.assertPublishable(tx, programme);
        if (to === ProgrammeStatus.DRAFT && programme.status === ProgrammeStatus.PUBLISHED && (await this.countTakingApplications(tx, programme.id)) > 0) {
          throw new UserInputProblems([
            userError(["id"], UserErrorCode.INVALID_TRANSITION, "A cohort of this programme is taking applications: close it before returning the programme to draft."),
          ]);
        }
        if (to === ProgrammeStatus.ARCHIVED) {
          // By effective status (packages/domain effectiveCohortStatus): an open cohort whose window has passed is closed.
          // Opening a cohort reads the programme under a share lock, so none can open while this one holds it.
          const live = await tx.db
            .getRepository(Cohort)
            .createQueryBuilder("c")
            .where("c.programme_id = :id", { id: programme.id })
            .andWhere("(c.status = :running OR (c.status = :open AND (c.applications_close_at IS NULL OR c.applications_close_at > now())))", {
              running: CohortStatus.RUNNING,
              open: CohortStatus.OPEN,
            })
            .getCount();
          if (live > 0) throw new UserInputProblems([userError(["id"], UserErrorCode.INVALID_TRANSITION, "Close or finish the programme's open and running cohorts before archiving it.")]);
        }
        const operation = { [ProgrammeStatus.PUBLISHED]: "publishProgramme", [ProgrammeStatus.ARCHIVED]: "archiveProgramme", [ProgrammeStatus.DRAFT]: "redraftProgramme" }[to];
        programme.status = to;
        if (to === ProgrammeStatus.PUBLISHED) programme.publishedAt = new Date();
        await tx.db.getRepository(Programme).save(programme);
        await recordAudit(tx, { operation, targetType: "Programme", targetId: programme.id, fields: ["status"] });
        return { programme, userErrors: [] };
      },
      (userErrors) => ({ programme: null, userErrors }),
    );
  }

  /** Cohorts of the programme taking applications now: open, with a window that has not closed. */
  private countTakingApplications(tx: RequestContext, programmeId: string): Promise<number> {
    return tx.db
      .getRepository(Cohort)
      .createQueryBuilder("c")
      .where("c.programme_id = :id", { id: programmeId })
      .andWhere("c.status = :open AND (c.applications_close_at IS NULL OR c.applications_close_at > now())", { open: CohortStatus.OPEN })
      .getCount();
  }

  createTrack(ctx: RequestContext, input: CreateTrackInput): Promise<TrackPayload> {
    return runMutation<TrackPayload>(
      ctx,
      async (tx) => {
        const programme = await this.lockProgramme(tx, input.programmeId, "programmeId");
        const problems: UserError[] = [];
        const track = this.normaliseTrack([], input, problems);
        if (problems.length > 0) throw new UserInputProblems(problems);
        const { max } = (await tx.db.getRepository(ProgrammeTrack).createQueryBuilder("t").select("max(t.position)", "max").where("t.programme_id = :id", { id: programme.id }).getRawOne()) ?? {};
        const saved = await this.saveTrack(tx, programme.id, max === null || max === undefined ? 0 : Number(max) + 1, track);
        // A track is part of its programme: its changes show in the programme's trail.
        await recordAudit(tx, { operation: "createTrack", targetType: "Programme", targetId: programme.id, fields: Object.keys(input).filter((key) => key !== "programmeId") });
        return { track: saved, userErrors: [] };
      },
      (userErrors) => ({ track: null, userErrors }),
    );
  }

  updateTrack(ctx: RequestContext, input: UpdateTrackInput): Promise<TrackPayload> {
    return runMutation<TrackPayload>(
      ctx,
      async (tx) => {
        const id = expectGlobalId(input.id, "Track");
        const track = await tx.db.getRepository(ProgrammeTrack).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
        if (!track) throw notFound("That track");
        const programme = await tx.db.getRepository(Programme).findOneByOrFail({ id: track.programmeId });
        // Refusals never reveal what the caller can't see: a track of another academy's draft is absent.
        if (!canManageAcademy(tx, programme.academyId)) throw canSeeProgramme(tx, programme) ? forbidden() : notFound("That track");
        const problems: UserError[] = [];
        if (input.name !== undefined) problems.push(...requiredLineProblems(["name"], (track.name = normaliseLine(input.name)), TRACK_NAME_MAX_LENGTH, "the track's name"));
        if (input.description !== undefined) track.description = normaliseText(input.description);
        if (input.eligibility !== undefined) {
          const rules = normaliseEligibility(["eligibility"], input.eligibility, problems);
          track.eligibility = Object.keys(rules).length > 0 ? rules : null;
        }
        const modules = input.modules !== undefined ? normaliseModules(["modules"], input.modules, problems) : undefined;
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(ProgrammeTrack).save(track);
        if (modules !== undefined) await this.replaceModules(tx, programme.id, track.id, modules);
        await recordAudit(tx, { operation: "updateTrack", targetType: "Programme", targetId: programme.id, fields: Object.keys(input).filter((key) => key !== "id") });
        return { track, userErrors: [] };
      },
      (userErrors) => ({ track: null, userErrors }),
    );
  }

  private normaliseTrack(field: string[], input: TrackInput, problems: UserError[]) {
    const name = normaliseLine(input.name);
    problems.push(...requiredLineProblems([...field, "name"], name, TRACK_NAME_MAX_LENGTH, "the track's name"));
    const eligibility = normaliseEligibility([...field, "eligibility"], input.eligibility, problems);
    const modules = normaliseModules([...field, "modules"], input.modules, problems);
    return { name, description: normaliseText(input.description), eligibility: Object.keys(eligibility).length > 0 ? eligibility : null, modules };
  }

  private async saveTrack(tx: RequestContext, programmeId: string, position: number, track: ReturnType<ProgrammeService["normaliseTrack"]>): Promise<ProgrammeTrack> {
    const repository = tx.db.getRepository(ProgrammeTrack);
    const saved = await repository.save(repository.create({ programmeId, position, name: track.name, description: track.description, eligibility: track.eligibility }));
    await this.saveModules(tx, programmeId, saved.id, track.modules);
    return saved;
  }

  private async saveModules(tx: RequestContext, programmeId: string, trackId: string | null, modules: NormalisedModule[]) {
    if (modules.length === 0) return;
    const repository = tx.db.getRepository(ModuleTemplate);
    await repository.save(modules.map((module, position) => repository.create({ ...module, programmeId, trackId, position })));
  }

  /** Replaces a curriculum; sessions already generated keep their dates and lose only the link to the old template. */
  private async replaceModules(tx: RequestContext, programmeId: string, trackId: string | null, modules: NormalisedModule[]) {
    const query = tx.db.getRepository(ModuleTemplate).createQueryBuilder().delete().where("programme_id = :programmeId", { programmeId });
    if (trackId === null) query.andWhere("track_id IS NULL");
    else query.andWhere("track_id = :trackId", { trackId });
    await query.execute();
    await this.saveModules(tx, programmeId, trackId, modules);
  }

  private async assertPublishable(tx: RequestContext, programme: Programme) {
    const problems: UserError[] = [];
    if (programme.deliveryModes.length === 0) problems.push(userError(["deliveryModes"], UserErrorCode.REQUIRED, "Say how the programme is delivered before publishing it."));
    const modules = await tx.db.getRepository(ModuleTemplate).countBy({ programmeId: programme.id });
    if (modules === 0) problems.push(userError(["modules"], UserErrorCode.REQUIRED, "Add at least one module to the curriculum before publishing."));
    if (problems.length > 0) throw new UserInputProblems(problems);
  }

  private async lockProgramme(tx: RequestContext, globalId: string, argumentName = "id"): Promise<Programme> {
    const id = expectGlobalId(globalId, "Programme", argumentName);
    const programme = await tx.db.getRepository(Programme).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
    if (!programme) throw notFound("That programme");
    // Refusals never reveal what the caller can't see: an invisible programme is absent, a visible one forbidden.
    if (!canManageAcademy(tx, programme.academyId)) throw canSeeProgramme(tx, programme) ? forbidden() : notFound("That programme");
    return programme;
  }

  private async resolveAcademy(tx: RequestContext, globalId: string, problems: UserError[]): Promise<string | null> {
    const decoded = fromGlobalId(globalId);
    const academy = decoded?.typeName === "Organisation" ? await tx.db.getRepository(Organisation).findOneBy({ id: decoded.id }) : null;
    if (!academy) {
      problems.push(userError(["academyId"], UserErrorCode.NOT_FOUND, "The academy doesn't exist."));
      return null;
    }
    if (academy.kind !== OrganisationKind.ACADEMY) {
      problems.push(userError(["academyId"], UserErrorCode.INVALID, `${academy.name} is not a leadership academy.`));
      return null;
    }
    return academy.id;
  }
}
