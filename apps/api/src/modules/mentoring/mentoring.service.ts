import { mentoringKindLabels, mentoringLength, MENTORING_LIMITS, MentoringKind, offersKind, rankMentorSuggestions, staffGroupLabels, UserErrorCode, type MentoringLength } from "@ascent/domain";
import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../graphql/errors";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { userError, UserInputProblems, type UserError } from "../../graphql/user-error";
import { Participant, participantDetails } from "../application";
import { recordAudit } from "../audit";
import type { EndMentoringInput, MentorSuggestion, MentoringRelationshipPayload, PairMentorInput, RecordMentoringCheckInInput, RecordMentoringCheckInPayload } from "./dto/relationship.dto";
import type { Mentor } from "./mentor.entity";
import { lockedMentor, runningPairingCount } from "./mentor-lock";
import { mentoringPlaceOf, type ParticipantPlace } from "./mentoring-access";
import { MentoringCheckIn } from "./mentoring-check-in.entity";
import { MentoringRelationship } from "./mentoring-relationship.entity";
import { dateProblem, reasonProblem, todayInLondon } from "./mentoring.rules";
import { rulesOf } from "./programme-mentoring-rules.service";

const SUGGESTIONS_SHOWN = 5;

const alreadyPaired = (name: string) =>
  new UserInputProblems([userError(["participantId"], UserErrorCode.TAKEN, `${name} already has a mentor or coach: end that pairing first.`)]);

/**
 * Pairing participants with mentors and coaches, ending pairings, and their
 * check-ins. Everything is scoped to the academy that runs the participant's
 * programme (mentoring-access.ts); what the viewer can't keep is absent.
 */
export class MentoringService {
  async findById(ctx: RequestContext, id: string): Promise<MentoringRelationship | null> {
    const relationship = await ctx.loaders.mentoringRelationshipById.load(id);
    return relationship && (await this.placeOf(ctx, relationship)) ? relationship : null;
  }

  /** The participant's pairings, latest first; null when the viewer doesn't keep that academy's mentoring. */
  async relationshipsOf(ctx: RequestContext, participant: Participant): Promise<MentoringRelationship[] | null> {
    if (!(await mentoringPlaceOf(ctx, participant))) return null;
    return ctx.loaders.mentoringRelationshipsByParticipantId.load(participant.id);
  }

  async currentOf(ctx: RequestContext, participant: Participant): Promise<MentoringRelationship | null> {
    return (await this.relationshipsOf(ctx, participant))?.find((r) => r.endedOn === null) ?? null;
  }

  /** Ranked by the rules of packages/domain (mentoring-pairing.ts) over the academy's directory, loaded once per request. */
  async suggestionsFor(ctx: RequestContext, participant: Participant, kind: MentoringKind | null, focus: string | null): Promise<MentorSuggestion[] | null> {
    const place = await mentoringPlaceOf(ctx, participant);
    if (!place) return null;
    const person = await participantDetails(ctx, participant);
    const application = participant.applicationId ? await ctx.loaders.applicationById.load(participant.applicationId) : null;
    const directory = await ctx.loaders.directoryByAcademyId.load(place.programme.academyId);
    const organisations = await ctx.loaders.organisationById.loadMany([...new Set(directory.map((m) => m.organisationId))]);
    const organisationName = new Map(organisations.flatMap((o) => (o && !(o instanceof Error) ? [[o.id, o.name] as const] : [])));
    const interests = [person.jobTitle, application?.staffGroup ? staffGroupLabels[application.staffGroup] : null, focus].filter((text): text is string => !!text?.trim());
    const ranked = rankMentorSuggestions(
      { organisationId: person.organisationId, band: person.band, interests },
      directory.map((mentor) => ({
        id: mentor.id,
        name: mentor.name,
        organisationId: mentor.organisationId,
        organisationName: organisationName.get(mentor.organisationId) ?? null,
        band: mentor.band,
        offers: mentor.offers,
        expertise: mentor.expertise,
        capacity: mentor.capacity,
        activeCount: mentor.runningCount,
        retired: mentor.retiredAt !== null,
        mentor,
      })),
      kind,
    );
    return ranked.slice(0, SUGGESTIONS_SHOWN).map(({ candidate, score, reasons }) => ({ mentor: candidate.mentor, score, reasons }));
  }

  /** Whether it lasts the programme's minimum; null when the viewer doesn't keep it. */
  async lengthOf(ctx: RequestContext, relationship: MentoringRelationship): Promise<MentoringLength | null> {
    const place = await this.placeOf(ctx, relationship);
    if (!place) return null;
    const rules = await rulesOf(ctx, place.programme.id);
    return mentoringLength({ ...relationship, minimumMonths: rules.minimumMonths, today: todayInLondon() });
  }

  async mentorOf(ctx: RequestContext, relationship: MentoringRelationship): Promise<Mentor | null> {
    return (await this.placeOf(ctx, relationship)) ? ctx.loaders.mentorById.load(relationship.mentorId) : null;
  }

  async participantOf(ctx: RequestContext, relationship: MentoringRelationship): Promise<Participant | null> {
    return (await this.placeOf(ctx, relationship))?.participant ?? null;
  }

  async checkInsOf(ctx: RequestContext, relationship: MentoringRelationship): Promise<MentoringCheckIn[] | null> {
    return (await this.placeOf(ctx, relationship)) ? ctx.loaders.checkInsByRelationshipId.load(relationship.id) : null;
  }

  pair(ctx: RequestContext, input: PairMentorInput): Promise<MentoringRelationshipPayload> {
    return runMutation<MentoringRelationshipPayload>(
      ctx,
      async (tx) => {
        const place = await this.participantOrAbsent(tx, input.participantId);
        const { participant, programme } = place;
        const person = await participantDetails(tx, participant);
        const name = person.name ?? "This participant";
        const problems: UserError[] = [];
        // The lock comes before counting the mentor's pairings, so concurrent pairings queue here and each sees the last one's.
        const mentor = await lockedMentor(tx, input.mentorId);
        if (!mentor || mentor.academyId !== programme.academyId) {
          problems.push(userError(["mentorId"], UserErrorCode.NOT_FOUND, "Choose someone from the academy's directory of mentors and coaches."));
        } else {
          if (mentor.retiredAt) problems.push(userError(["mentorId"], UserErrorCode.INVALID, `${mentor.name} has left the directory.`));
          else {
            const running = await runningPairingCount(tx, mentor.id);
            if (running >= mentor.capacity) problems.push(userError(["mentorId"], UserErrorCode.INVALID, `${mentor.name} has no places left (${running} of ${mentor.capacity} taken).`));
          }
          if (!offersKind(mentor.offers, input.kind)) problems.push(userError(["kind"], UserErrorCode.INVALID, `${mentor.name} doesn't offer to be a ${mentoringKindLabels[input.kind].toLowerCase()}.`));
          const sameOrganisation = person.organisationId != null && person.organisationId === mentor.organisationId;
          const reason = input.sameOrganisationReason?.trim() ?? "";
          if (sameOrganisation) {
            const missing = reasonProblem("sameOrganisationReason", input.sameOrganisationReason, `${mentor.name} works at the same organisation as ${name}: say why they should be paired anyway.`);
            if (missing) problems.push(missing);
          } else if (reason) {
            problems.push(userError(["sameOrganisationReason"], UserErrorCode.INVALID, "Only give a reason when they work at the same organisation."));
          }
        }
        for (const problem of [dateProblem("startsOn", input.startsOn, "the start"), dateProblem("plannedEndOn", input.plannedEndOn, "the planned end")]) if (problem) problems.push(problem);
        if (input.plannedEndOn && !problems.some((p) => p.field?.[0] === "startsOn" || p.field?.[0] === "plannedEndOn") && input.plannedEndOn <= input.startsOn) {
          problems.push(userError(["plannedEndOn"], UserErrorCode.INVALID, "The planned end must come after the start."));
        }
        const current = await tx.db.getRepository(MentoringRelationship).existsBy({ participantId: participant.id, endedOn: IsNull() });
        if (current) problems.push(...alreadyPaired(name).problems);
        if (problems.length > 0 || !mentor) throw new UserInputProblems(problems);
        const repository = tx.db.getRepository(MentoringRelationship);
        try {
          const relationship = await repository.save(
            repository.create({
              participantId: participant.id,
              mentorId: mentor.id,
              kind: input.kind,
              startsOn: input.startsOn,
              plannedEndOn: input.plannedEndOn ?? null,
              endedOn: null,
              endReason: null,
              sameOrganisationReason: input.sameOrganisationReason?.trim() || null,
            }),
          );
          await recordAudit(tx, { operation: "pairMentor", targetType: "MentoringRelationship", targetId: relationship.id, fields: ["participantId", "mentorId", "kind", "startsOn", "plannedEndOn", "sameOrganisationReason"] });
          return { relationship, userErrors: [] };
        } catch (error) {
          if (isUniqueViolation(error, "mentoring_relationship_running_participant_key")) throw alreadyPaired(name);
          throw error;
        }
      },
      (userErrors) => ({ relationship: null, userErrors }),
    );
  }

  end(ctx: RequestContext, input: EndMentoringInput): Promise<MentoringRelationshipPayload> {
    return runMutation<MentoringRelationshipPayload>(
      ctx,
      async (tx) => {
        const relationship = await this.lockedRelationshipOrAbsent(tx, input.id);
        const problems: UserError[] = [];
        if (relationship.endedOn) problems.push(userError(["id"], UserErrorCode.INVALID_TRANSITION, "This pairing has already ended."));
        const date = dateProblem("endedOn", input.endedOn, "the last day");
        if (date) problems.push(date);
        else if (input.endedOn < relationship.startsOn) problems.push(userError(["endedOn"], UserErrorCode.INVALID, "The last day can't come before the start."));
        else if (input.endedOn > todayInLondon()) problems.push(userError(["endedOn"], UserErrorCode.INVALID, "The last day can't be in the future: end it on the day it ends."));
        const reason = reasonProblem("reason", input.reason, "Say why it ended.");
        if (reason) problems.push(reason);
        if (problems.length > 0) throw new UserInputProblems(problems);
        const changes = { endedOn: input.endedOn, endReason: input.reason.trim() };
        await tx.db.getRepository(MentoringRelationship).update(relationship.id, changes);
        await recordAudit(tx, { operation: "endMentoring", targetType: "MentoringRelationship", targetId: relationship.id, fields: ["endedOn", "endReason"] });
        return { relationship: Object.assign(relationship, changes), userErrors: [] };
      },
      (userErrors) => ({ relationship: null, userErrors }),
    );
  }

  recordCheckIn(ctx: RequestContext, input: RecordMentoringCheckInInput): Promise<RecordMentoringCheckInPayload> {
    return runMutation<RecordMentoringCheckInPayload>(
      ctx,
      async (tx) => {
        const relationship = await this.lockedRelationshipOrAbsent(tx, input.relationshipId);
        const problems: UserError[] = [];
        const date = dateProblem("heldOn", input.heldOn, "the day they met");
        if (date) problems.push(date);
        else if (input.heldOn < relationship.startsOn) problems.push(userError(["heldOn"], UserErrorCode.INVALID, "The pairing hadn't started on that day."));
        else if (relationship.endedOn && input.heldOn > relationship.endedOn) problems.push(userError(["heldOn"], UserErrorCode.INVALID, "The pairing had ended by that day."));
        else if (input.heldOn > todayInLondon()) problems.push(userError(["heldOn"], UserErrorCode.INVALID, "Record a meeting once it has happened."));
        const note = input.note?.trim() ?? "";
        if (note.length > MENTORING_LIMITS.checkInNoteMaxLength) problems.push(userError(["note"], UserErrorCode.TOO_LONG, `Keep the note to ${MENTORING_LIMITS.checkInNoteMaxLength} characters.`));
        if (problems.length > 0) throw new UserInputProblems(problems);
        const repository = tx.db.getRepository(MentoringCheckIn);
        const checkIn = await repository.save(repository.create({ relationshipId: relationship.id, heldOn: input.heldOn, note: note || null }));
        await recordAudit(tx, { operation: "recordMentoringCheckIn", targetType: "MentoringRelationship", targetId: relationship.id, fields: ["heldOn", "note"] });
        return { checkIn, relationship, userErrors: [] };
      },
      (userErrors) => ({ checkIn: null, relationship: null, userErrors }),
    );
  }

  private async placeOf(ctx: RequestContext, relationship: MentoringRelationship): Promise<ParticipantPlace | null> {
    const participant = await ctx.loaders.mentoringParticipantById.load(relationship.participantId);
    return mentoringPlaceOf(ctx, participant);
  }

  /** The participant a pairing is for: NOT_FOUND, whether it doesn't exist or belongs to another academy. */
  private async participantOrAbsent(tx: RequestContext, globalId: string): Promise<ParticipantPlace> {
    const decoded = fromGlobalId(globalId);
    const participant = decoded?.typeName === "Participant" ? await tx.loaders.mentoringParticipantById.load(decoded.id) : null;
    const place = await mentoringPlaceOf(tx, participant);
    if (!place) throw notFound("That participant");
    return place;
  }

  private async lockedRelationshipOrAbsent(tx: RequestContext, globalId: string): Promise<MentoringRelationship> {
    const decoded = fromGlobalId(globalId);
    const relationship =
      decoded?.typeName === "MentoringRelationship"
        ? await tx.db.getRepository(MentoringRelationship).createQueryBuilder("r").where("r.id = :id", { id: decoded.id }).setLock("pessimistic_write").getOne()
        : null;
    if (!relationship || !(await this.placeOf(tx, relationship))) throw notFound("That pairing");
    return relationship;
  }
}

