import type { RequestContext } from "../../graphql/context";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { Mentor } from "./mentor.entity";

/**
 * A directory entry locked (FOR UPDATE) until the transaction ends. Pairing
 * and changing capacity both take this lock before counting the pairings
 * running, so two pairings at once can't both take a mentor's last place.
 * Null for an id that isn't a mentor's.
 */
export async function lockedMentor(tx: RequestContext, globalId: string): Promise<Mentor | null> {
  const decoded = fromGlobalId(globalId);
  if (decoded?.typeName !== "Mentor") return null;
  return tx.db.getRepository(Mentor).createQueryBuilder("m").where("m.id = :id", { id: decoded.id }).setLock("pessimistic_write").getOne();
}

/** Pairings of this mentor not yet ended; read after lockedMentor, it can't change until the transaction ends. */
export async function runningPairingCount(tx: RequestContext, mentorId: string): Promise<number> {
  const [{ n }]: Array<{ n: number }> = await tx.db.query("SELECT count(*)::int AS n FROM mentoring_relationship WHERE mentor_id = $1 AND ended_on IS NULL", [mentorId]);
  return n;
}
