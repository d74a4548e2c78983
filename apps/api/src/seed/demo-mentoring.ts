import { addDaysToLocalDate, MentoringKind, MentoringOffer, rankMentorSuggestions, staffGroupLabels, toLondon } from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Application, Participant } from "../modules/application";
import { Cohort } from "../modules/cohort";
import { Mentor } from "../modules/mentoring";
import { Organisation } from "../modules/organisation";
import { Programme } from "../modules/programme";

const SOUTH_EAST = "South East BAME Career Development Programme";

/**
 * The South East programme's mentoring rules (a mentor or coach before the
 * start, at least 6 months), and pairs for every other participant of its
 * cohorts (the first, third, ...), each with the top suggestion, so the board
 * shows pairs, a check-in, and people still waiting with suggestions.
 * Idempotent: skipped once any rules or pairs exist.
 */
export async function seedDemoMentoring(db: EntityManager): Promise<"seeded" | "skipped"> {
  const [{ existing }] = await db.query("SELECT (SELECT count(*) FROM programme_mentoring_rules) + (SELECT count(*) FROM mentoring_relationship) AS existing");
  if (Number(existing) > 0) return "skipped";
  const programme = await db.getRepository(Programme).findOneBy({ title: SOUTH_EAST });
  if (!programme) return "skipped";
  await db.query("INSERT INTO programme_mentoring_rules (programme_id, required_before_start, minimum_months) VALUES ($1, true, 6)", [programme.id]);
  const directory = await db.getRepository(Mentor).findBy({ academyId: programme.academyId });
  const organisations = new Map((await db.getRepository(Organisation).find()).map((o) => [o.id, o.name]));
  const running = new Map<string, number>();
  const today = toLondon(new Date()).date;
  for (const cohort of await db.getRepository(Cohort).find({ where: { programmeId: programme.id }, order: { startsOn: "ASC" } })) {
    const participants = await db.getRepository(Participant).find({ where: { cohortId: cohort.id }, order: { createdAt: "ASC", id: "ASC" } });
    for (const participant of participants.filter((_, index) => index % 2 === 0)) {
      const application = await db.getRepository(Application).findOneByOrFail({ id: participant.applicationId ?? "" });
      const [best] = rankMentorSuggestions(
        { organisationId: application.organisationId, band: application.band, interests: [application.jobTitle ?? "", application.staffGroup ? staffGroupLabels[application.staffGroup] : ""] },
        directory.map((m) => ({ ...m, organisationName: organisations.get(m.organisationId) ?? null, activeCount: running.get(m.id) ?? 0, retired: m.retiredAt !== null })),
      );
      if (!best) continue;
      const mentor = best.candidate;
      running.set(mentor.id, (running.get(mentor.id) ?? 0) + 1);
      // In place a fortnight ago, or by the cohort's first day for a cohort already run.
      const startsOn = [addDaysToLocalDate(today, -14), cohort.startsOn].sort()[0];
      const kind = mentor.offers === MentoringOffer.COACHING ? MentoringKind.COACHING : MentoringKind.MENTORING;
      const [{ id }] = await db.query("INSERT INTO mentoring_relationship (participant_id, mentor_id, kind, starts_on) VALUES ($1, $2, $3, $4) RETURNING id", [participant.id, mentor.id, kind, startsOn]);
      await db.query("INSERT INTO mentoring_check_in (relationship_id, held_on, note) VALUES ($1, $2, $3)", [
        id,
        addDaysToLocalDate(startsOn, 7),
        "First meeting: agreed to meet monthly; goals for the workshop set.",
      ]);
    }
  }
  return "seeded";
}
