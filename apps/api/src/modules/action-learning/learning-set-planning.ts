import {
  ACTION_LEARNING_LIMITS,
  addDaysToLocalDate,
  dayOfWeek,
  formatLondonDate,
  formLearningSets,
  fromLondon,
  ModuleKind,
  ParticipantStatus,
  toLondon,
  UserErrorCode,
  type FormingPerson,
} from "@ascent/domain";
import type { EntityManager } from "typeorm";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { Participant } from "../application";
import { CohortSession, type Cohort } from "../cohort";
import { ModuleTemplate } from "../programme";
import { LearningSetMember } from "./learning-set-member.entity";
import { LearningSet } from "./learning-set.entity";

/**
 * Forming sets and scheduling their meetings, on a transaction's entity
 * manager: the service calls these after checking who may, and the demo data
 * calls them as they are. Problems are thrown as UserInputProblems.
 */

/** When a meeting has nothing to copy its date from: a fortnight after the previous module, 10:00 to 13:00 London time. */
const WEEKS_AFTER_PREVIOUS_MODULE = 2;
const DEFAULT_MEETING_TIMES = { start: "10:00", end: "13:00" };

export interface FormResult {
  createdSets: LearningSet[];
  assignedCount: number;
  explanation: string[];
}

/** Who still needs a set: participants of the cohort with no set, except those who withdrew, in enrolment order. */
export async function participantsWithoutSet(db: EntityManager, cohortId: string): Promise<Participant[]> {
  return db
    .getRepository(Participant)
    .createQueryBuilder("pt")
    .where("pt.cohort_id = :cohortId", { cohortId })
    .andWhere("pt.status <> :withdrawn", { withdrawn: ParticipantStatus.WITHDRAWN })
    .andWhere("NOT EXISTS (SELECT 1 FROM learning_set_member m WHERE m.participant_id = pt.id)")
    .orderBy("pt.created_at", "ASC")
    .addOrderBy("pt.id", "ASC")
    .getMany();
}

/** The organisation each participant applied from, by participant id. */
async function organisationsOf(db: EntityManager, participantIds: string[]): Promise<Map<string, string | null>> {
  if (participantIds.length === 0) return new Map();
  const rows: Array<{ id: string; organisation_id: string | null }> = await db.query(
    "SELECT pt.id, a.organisation_id FROM participant pt JOIN application a ON a.id = pt.application_id WHERE pt.id = ANY($1::uuid[])",
    [participantIds],
  );
  return new Map(rows.map((row) => [row.id, row.organisation_id]));
}

/** The facilitator of the cohort's Action Learning Set sessions, when they all have the same one: new sets start with them. */
async function alsFacilitatorId(db: EntityManager, cohortId: string): Promise<string | null> {
  const rows: Array<{ facilitator_id: string | null }> = await db.query(
    "SELECT DISTINCT facilitator_id FROM cohort_session WHERE cohort_id = $1 AND kind = $2 AND facilitator_id IS NOT NULL",
    [cohortId, ModuleKind.ACTION_LEARNING_SET],
  );
  return rows.length === 1 ? rows[0].facilitator_id : null;
}

/** Puts everyone without a set into sets of at most `size` (packages/domain formLearningSets), creating sets as needed. */
export async function formSets(db: EntityManager, cohort: Cohort, size: number): Promise<FormResult> {
  const people = await participantsWithoutSet(db, cohort.id);
  const sets = await db.getRepository(LearningSet).find({ where: { cohortId: cohort.id }, order: { name: "ASC", id: "ASC" } });
  const members = sets.length > 0 ? await db.getRepository(LearningSetMember).createQueryBuilder("m").where("m.learning_set_id IN (:...ids)", { ids: sets.map((s) => s.id) }).getMany() : [];
  const organisations = await organisationsOf(db, [...people.map((p) => p.id), ...members.map((m) => m.participantId)]);
  const plan = formLearningSets({
    size,
    people: people.map((p): FormingPerson => ({ id: p.id, organisationId: organisations.get(p.id) ?? null })),
    sets: sets.map((set) => ({ id: set.id, name: set.name, memberOrganisationIds: members.filter((m) => m.learningSetId === set.id).map((m) => organisations.get(m.participantId) ?? null) })),
  });
  const newSets = plan.sets.filter((set) => set.id === null);
  if (sets.length + newSets.length > ACTION_LEARNING_LIMITS.maxSetsPerCohort) {
    throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID, `That would make ${sets.length + newSets.length} sets; a cohort has at most ${ACTION_LEARNING_LIMITS.maxSetsPerCohort}.`)]);
  }
  const facilitatorId = newSets.length > 0 ? await alsFacilitatorId(db, cohort.id) : null;
  const repository = db.getRepository(LearningSet);
  const createdSets: LearningSet[] = [];
  const memberRows: Array<Pick<LearningSetMember, "participantId" | "learningSetId">> = [];
  for (const planned of plan.sets) {
    let id = planned.id;
    if (id === null) {
      const created = await repository.save(repository.create({ cohortId: cohort.id, name: planned.name, facilitatorId }));
      createdSets.push(created);
      id = created.id;
    }
    for (const participantId of planned.joining) memberRows.push({ participantId, learningSetId: id });
  }
  if (memberRows.length > 0) await db.getRepository(LearningSetMember).insert(memberRows);
  const explanation = [...plan.explanation];
  if (createdSets.length > 0 && facilitatorId) explanation.push("New sets have the facilitator of the cohort's Action Learning Set sessions.");
  return { createdSets, assignedCount: memberRows.length, explanation };
}

export interface ScheduleResult {
  created: CohortSession[];
  alreadyScheduledCount: number;
  replacedSessionCount: number;
  summary: string[];
}

const weekdayOnOrAfter = (date: string) => {
  let day = date;
  while ([0, 6].includes(dayOfWeek(day))) day = addDaysToLocalDate(day, 1);
  return day;
};

/**
 * One meeting per set (with members) and Action Learning Set module of the
 * cohort's curriculum (its track's modules and the shared ones), as a cohort
 * session naming the set. Each meeting takes its date, times and place from
 * the cohort's session for that module (generated from the curriculum), or
 * from another set's meeting for it; failing both, a fortnight after the
 * previous module's last session. A session of the whole cohort for that
 * module is replaced by the sets' meetings. Never creates a meeting twice.
 */
export async function scheduleMeetings(db: EntityManager, cohort: Cohort): Promise<ScheduleResult> {
  const sets = await db.getRepository(LearningSet).find({ where: { cohortId: cohort.id }, order: { name: "ASC", id: "ASC" } });
  if (sets.length === 0) throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID, "The cohort has no Action Learning Sets yet: form or add them first.")]);
  const templates = (await db.getRepository(ModuleTemplate).find({ where: { programmeId: cohort.programmeId }, order: { position: "ASC", id: "ASC" } }))
    .filter((t) => t.lengthDays > 0 && (t.trackId === null || t.trackId === cohort.trackId))
    .sort((a, b) => Number(a.trackId !== null) - Number(b.trackId !== null) || a.position - b.position);
  const alsTemplates = templates.filter((t) => t.kind === ModuleKind.ACTION_LEARNING_SET);
  if (alsTemplates.length === 0) throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID, "The programme's curriculum has no Action Learning Set modules to schedule.")]);
  const memberCounts: Array<{ learning_set_id: string; n: number }> = await db.query(
    "SELECT learning_set_id, count(*)::int AS n FROM learning_set_member WHERE learning_set_id = ANY($1::uuid[]) GROUP BY learning_set_id",
    [sets.map((s) => s.id)],
  );
  const withMembers = sets.filter((set) => memberCounts.some((row) => row.learning_set_id === set.id && row.n > 0));
  const sessions = await db.getRepository(CohortSession).find({ where: { cohortId: cohort.id }, order: { startsAt: "ASC", id: "ASC" } });
  const repository = db.getRepository(CohortSession);
  const created: CohortSession[] = [];
  const replaced: CohortSession[] = [];
  const summary: string[] = [];
  let alreadyScheduledCount = 0;

  for (const [index, template] of templates.entries()) {
    if (template.kind !== ModuleKind.ACTION_LEARNING_SET) continue;
    const forModule = [...sessions, ...created].filter((s) => s.moduleTemplateId === template.id);
    const wholeCohort = forModule.filter((s) => s.learningSetId === null);
    const source = wholeCohort[0] ?? forModule.find((s) => s.learningSetId !== null) ?? null;
    let times: { startsAt: Date; endsAt: Date } | null = source ? { startsAt: source.startsAt, endsAt: source.endsAt } : null;
    if (!times) {
      const earlier = new Set(templates.slice(0, index).map((t) => t.id));
      const previous = [...sessions, ...created].filter((s) => s.moduleTemplateId !== null && earlier.has(s.moduleTemplateId)).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];
      if (!previous) {
        throw new UserInputProblems([
          userError(["cohortId"], UserErrorCode.INVALID, `"${template.title}" has no date yet: generate the cohort's sessions from the curriculum first, then schedule the sets' meetings.`),
        ]);
      }
      const date = weekdayOnOrAfter(addDaysToLocalDate(toLondon(previous.startsAt).date, WEEKS_AFTER_PREVIOUS_MODULE * 7));
      if (date > cohort.endsOn) {
        throw new UserInputProblems([userError(["cohortId"], UserErrorCode.INVALID, `"${template.title}" would fall on ${date}, after the cohort ends on ${cohort.endsOn}: add its session to the cohort first.`)]);
      }
      times = { startsAt: fromLondon({ date, time: DEFAULT_MEETING_TIMES.start }) as Date, endsAt: fromLondon({ date, time: DEFAULT_MEETING_TIMES.end }) as Date };
    }
    for (const set of withMembers) {
      if (forModule.some((s) => s.learningSetId === set.id)) {
        alreadyScheduledCount += 1;
        continue;
      }
      const meeting = await repository.save(
        repository.create({
          cohortId: cohort.id,
          moduleTemplateId: template.id,
          learningSetId: set.id,
          facilitatorId: set.facilitatorId ?? source?.facilitatorId ?? null,
          title: `${template.title} (${set.name})`.slice(0, 200),
          kind: ModuleKind.ACTION_LEARNING_SET,
          dayNumber: 1,
          startsAt: times.startsAt,
          endsAt: times.endsAt,
          venue: source?.venue ?? null,
          onlineUrl: source?.onlineUrl ?? null,
        }),
      );
      created.push(meeting);
    }
    const scheduledForModule = [...sessions, ...created].some((s) => s.moduleTemplateId === template.id && s.learningSetId !== null);
    if (scheduledForModule && wholeCohort.length > 0) replaced.push(...wholeCohort);
  }
  // A whole-cohort session whose register has been taken stays: deleting it would delete who attended.
  const registered = new Set<string>(
    replaced.length === 0
      ? []
      : (await repository.manager.query("SELECT DISTINCT session_id FROM session_attendance WHERE session_id = ANY($1::uuid[])", [replaced.map((s) => s.id)])).map((row: { session_id: string }) => row.session_id),
  );
  const kept = replaced.filter((s) => registered.has(s.id));
  replaced.splice(0, replaced.length, ...replaced.filter((s) => !registered.has(s.id)));
  if (replaced.length > 0) await repository.delete(replaced.map((s) => s.id));

  if (created.length > 0) summary.push(`Created ${created.length} ${created.length === 1 ? "meeting" : "meetings"}: ${created.map((m) => `${m.title} on ${formatLondonDate(m.startsAt)}`).join("; ")}.`);
  else summary.push("Every set already has its meetings: nothing was created.");
  if (alreadyScheduledCount > 0) summary.push(`${alreadyScheduledCount} ${alreadyScheduledCount === 1 ? "meeting was" : "meetings were"} already scheduled and left as they are.`);
  for (const session of replaced) summary.push(`The whole cohort's session "${session.title}" on ${formatLondonDate(session.startsAt)} is replaced by the sets' meetings.`);
  for (const session of kept) summary.push(`The whole cohort's session "${session.title}" on ${formatLondonDate(session.startsAt)} stays: its register has been taken.`);
  for (const set of sets.filter((s) => !withMembers.includes(s))) summary.push(`${set.name} has no members yet: no meetings for it.`);
  return { created, alreadyScheduledCount, replacedSessionCount: replaced.length, summary };
}
