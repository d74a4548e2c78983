import { AttendanceStatus, attendanceTally, evaluateCompletion, MentoringKind, MentoringOffer, ParticipantStatus, type CompletionRule } from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Cohort, CohortSession } from "../modules/cohort";
import { Mentor } from "../modules/mentoring";
import { Programme } from "../modules/programme";

const SOUTH_EAST = "South East BAME Career Development Programme";
const COHORT = "February 2024";
const RULE: CompletionRule = { minimumAttendancePercent: 75, mentorOrCoachRequired: true, postProgrammeEvaluationRequired: true };
/** Who left part-way, and why (fictional). */
const WITHDRAWN_INDEX = 11;
const WITHDRAWN_REASON = "Moved to a post outside the region after the workshop";
/** Who missed the two Action Learning Sets (the two-absences flag). */
const TWICE_ABSENT_INDEX = 10;

/**
 * SYNTHETIC delivery for the South East programme's February 2024 cohort
 * (its roster of 12 comes from the evaluations demo): the programme's
 * completion rule, mentors for ten of the twelve over the six months, a
 * register for each of its four sessions, one person who withdrew, one
 * flagged for two absences in a row, and everyone who meets the rule marked
 * completed. Idempotent: skipped once any register or completion rule exists.
 */
export async function seedDemoDelivery(db: EntityManager): Promise<"seeded" | "skipped"> {
  const [{ existing }] = await db.query("SELECT (SELECT count(*) FROM session_attendance) + (SELECT count(*) FROM programme_completion_rule) AS existing");
  if (Number(existing) > 0) return "skipped";
  const programme = await db.getRepository(Programme).findOneBy({ title: SOUTH_EAST });
  if (!programme) return "skipped";
  await db.query(
    "INSERT INTO programme_completion_rule (programme_id, minimum_attendance_percent, mentor_or_coach_required, post_programme_evaluation_required) VALUES ($1, $2, $3, $4)",
    [programme.id, RULE.minimumAttendancePercent, RULE.mentorOrCoachRequired, RULE.postProgrammeEvaluationRequired],
  );
  const cohort = await db.getRepository(Cohort).findOneBy({ programmeId: programme.id, name: COHORT });
  if (!cohort) return "seeded";
  const participants: Array<{ id: string; status: ParticipantStatus }> = await db.query("SELECT id, status FROM participant WHERE cohort_id = $1 ORDER BY created_at, id", [cohort.id]);
  const sessions = await db.getRepository(CohortSession).find({ where: { cohortId: cohort.id }, order: { startsAt: "ASC", id: "ASC" } });
  if (participants.length === 0 || sessions.length === 0) return "seeded";

  // Mentors for all but the last two, from a week before the start to the cohort's end (over the 6-month minimum).
  const directory = (await db.getRepository(Mentor).find({ where: { academyId: programme.academyId }, order: { email: "ASC" } })).filter((m) => m.retiredAt === null);
  for (const [index, participant] of participants.entries()) {
    if (index >= TWICE_ABSENT_INDEX || directory.length === 0) continue;
    const [{ n }] = await db.query("SELECT count(*)::int AS n FROM mentoring_relationship WHERE participant_id = $1", [participant.id]);
    if (n > 0) continue;
    const mentor = directory[index % directory.length];
    await db.query(
      "INSERT INTO mentoring_relationship (participant_id, mentor_id, kind, starts_on, ended_on, end_reason) VALUES ($1, $2, $3, $4::date - 7, $5, 'The programme ended')",
      [participant.id, mentor.id, mentor.offers === MentoringOffer.COACHING ? MentoringKind.COACHING : MentoringKind.MENTORING, cohort.startsOn, cohort.endsOn],
    );
  }

  const returned = new Set<string>(
    (
      await db.query(
        `SELECT DISTINCT i.participant_id FROM evaluation_invitation i JOIN evaluation_round r ON r.id = i.round_id JOIN evaluation_questionnaire q ON q.id = r.questionnaire_id
          WHERE r.cohort_id = $1 AND q.point = 'POST_PROGRAMME' AND i.submitted_at IS NOT NULL`,
        [cohort.id],
      )
    ).map((row: { participant_id: string }) => row.participant_id),
  );
  // At an Action Learning Set's meeting only its members are on the register.
  const setOf = new Map<string, string>(
    (await db.query("SELECT m.participant_id, m.learning_set_id FROM learning_set_member m JOIN learning_set s ON s.id = m.learning_set_id WHERE s.cohort_id = $1", [cohort.id])).map(
      (row: { participant_id: string; learning_set_id: string }) => [row.participant_id, row.learning_set_id],
    ),
  );
  for (const [index, participant] of participants.entries()) {
    const statuses: AttendanceStatus[] = [];
    const expectedAt = sessions.filter((session) => session.learningSetId === null || session.learningSetId === setOf.get(participant.id));
    for (const [s, session] of expectedAt.entries()) {
      if (index === WITHDRAWN_INDEX && s > 1) break;
      const status =
        index === TWICE_ABSENT_INDEX && s >= 2
          ? AttendanceStatus.ABSENT
          : index === 3 && s === 1
            ? AttendanceStatus.LATE
            : index === 5 && s === 2
              ? AttendanceStatus.EXCUSED
              : AttendanceStatus.PRESENT;
      statuses.push(status);
      await db.query("INSERT INTO session_attendance (session_id, participant_id, status, recorded_at) VALUES ($1, $2, $3, $4)", [session.id, participant.id, status, session.endsAt]);
    }
    const move = async (from: ParticipantStatus, to: ParticipantStatus, reason: string, at: Date) => {
      await db.query("INSERT INTO participant_transition (participant_id, from_status, to_status, reason, occurred_at) VALUES ($1, $2, $3, $4, $5)", [participant.id, from, to, reason, at]);
    };
    if (participant.status !== ParticipantStatus.ENROLLED) continue;
    await move(ParticipantStatus.ENROLLED, ParticipantStatus.ACTIVE, `Present at ${sessions[0].title}`, sessions[0].endsAt);
    if (index === WITHDRAWN_INDEX) {
      const at = new Date(sessions[1].endsAt.getTime() + 7 * 86_400_000);
      await move(ParticipantStatus.ACTIVE, ParticipantStatus.WITHDRAWN, WITHDRAWN_REASON, at);
      await db.query("UPDATE participant SET status = $2, withdrawn_reason = $3 WHERE id = $1", [participant.id, ParticipantStatus.WITHDRAWN, WITHDRAWN_REASON]);
      continue;
    }
    const tally = attendanceTally(statuses);
    const check = evaluateCompletion(RULE, {
      attendanceRate: tally.rate,
      sessionsCounted: tally.attended + tally.absent,
      hasMentorOrCoach: index < TWICE_ABSENT_INDEX,
      postProgrammeEvaluationReturned: returned.has(participant.id),
    });
    if (!check.met) {
      await db.query("UPDATE participant SET status = $2 WHERE id = $1", [participant.id, ParticipantStatus.ACTIVE]);
      continue;
    }
    const completedAt = new Date(`${cohort.endsOn}T15:00:00Z`);
    await move(ParticipantStatus.ACTIVE, ParticipantStatus.COMPLETED, `Completion rule met: ${check.reasons.join(" ")}`, completedAt);
    await db.query("UPDATE participant SET status = $2, completed_at = $3 WHERE id = $1", [participant.id, ParticipantStatus.COMPLETED, completedAt]);
  }
  return "seeded";
}
