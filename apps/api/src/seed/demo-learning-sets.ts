import { EntityManager } from "typeorm";
import { formSets, scheduleMeetings } from "../modules/action-learning";
import { Cohort } from "../modules/cohort";
import { Programme } from "../modules/programme";

const SOUTH_EAST = "South East BAME Career Development Programme";
const COHORT = "February 2024";
const SET_SIZE = 6;

/**
 * The South East programme's Action Learning Sets: a set size of 6 and, for
 * its February 2024 cohort, sets formed from its participants (two of 6 for
 * a roster of 12) with their meetings scheduled from the curriculum (the
 * cohort's two ALS sessions after the workshop become each set's meetings).
 * Idempotent: the size is set once; a cohort that already has sets, or no
 * participants yet, is left as it is (a later run forms them once it has some).
 */
export async function seedDemoLearningSets(db: EntityManager): Promise<"seeded" | "skipped"> {
  const programme = await db.getRepository(Programme).findOneBy({ title: SOUTH_EAST });
  if (!programme) return "skipped";
  await db.query("INSERT INTO programme_learning_set_rules (programme_id, set_size) VALUES ($1, $2) ON CONFLICT (programme_id) DO NOTHING", [programme.id, SET_SIZE]);
  const [{ set_size: size }]: Array<{ set_size: number }> = await db.query("SELECT set_size FROM programme_learning_set_rules WHERE programme_id = $1", [programme.id]);
  const cohort = await db.getRepository(Cohort).findOneBy({ programmeId: programme.id, name: COHORT });
  if (!cohort) return "skipped";
  const [{ sets, participants }]: Array<{ sets: number; participants: number }> = await db.query(
    "SELECT (SELECT count(*)::int FROM learning_set WHERE cohort_id = $1) AS sets, (SELECT count(*)::int FROM participant WHERE cohort_id = $1) AS participants",
    [cohort.id],
  );
  if (sets > 0 || participants === 0) return "skipped";
  await formSets(db, cohort, size);
  await scheduleMeetings(db, cohort);
  return "seeded";
}
