import { EntityManager, IsNull, MoreThan } from "typeorm";
import type { Viewer } from "../../graphql/context";
import { Session } from "./session.entity";
import { hashToken } from "./session-token";

/** Resolves a session cookie to a viewer; anything unknown, expired or deactivated is anonymous. */
export async function viewerFromSessionToken(db: EntityManager, token: string | undefined): Promise<Viewer> {
  if (!token) return { kind: "anonymous" };
  const session = await db.getRepository(Session).findOne({
    where: { tokenHash: hashToken(token), expiresAt: MoreThan(new Date()), user: { deactivatedAt: IsNull() } },
    relations: { user: true },
  });
  if (!session?.user) return { kind: "anonymous" };
  return { kind: "user", user: session.user, role: session.user.role, sessionId: session.id };
}
