import { EntityManager, IsNull, MoreThan } from "typeorm";
import type { Viewer } from "../../graphql/context";
import { Session } from "./session.entity";
import { hashToken } from "./session-token";

/** A session unused this long ends, whatever its absolute expiry. */
export const SESSION_IDLE_TIMEOUT_MS = 2 * 3_600_000;
const LAST_SEEN_PRECISION_MS = 60_000;

/** Resolves a session cookie to a viewer; anything unknown, expired, idle or deactivated is anonymous. */
export async function viewerFromSessionToken(db: EntityManager, token: string | undefined): Promise<Viewer> {
  if (!token) return { kind: "anonymous" };
  const now = Date.now();
  const session = await db.getRepository(Session).findOne({
    where: {
      tokenHash: hashToken(token),
      expiresAt: MoreThan(new Date(now)),
      lastSeenAt: MoreThan(new Date(now - SESSION_IDLE_TIMEOUT_MS)),
      user: { deactivatedAt: IsNull() },
    },
    relations: { user: true },
  });
  if (!session?.user) return { kind: "anonymous" };
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    await db.getRepository(Session).update(session.id, { lastSeenAt: new Date(now) });
  }
  return { kind: "user", user: session.user, role: session.user.role, sessionId: session.id };
}
