import { ApiScope, Role } from "@ascent/domain";
import { DataSource, EntityManager } from "typeorm";
import type { Logger } from "../logger";
import type { SessionCookie } from "../modules/auth/session-cookie";
import type { User } from "../modules/user/user.entity";
import type { Loaders } from "./loaders";

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; user: User; role: Role; sessionId: string }
  /** A partner trust's API token: acts for one organisation, within its scopes. */
  | { kind: "partner"; tokenId: string; organisationId: string; scopes: readonly ApiScope[] };

/** The organisation whose own data the viewer may see unsuppressed: a partner's trust, a user's academy. */
export function viewerOrganisationId(viewer: Viewer): string | null {
  if (viewer.kind === "partner") return viewer.organisationId;
  if (viewer.kind === "user") return viewer.user.organisationId;
  return null;
}

/** Everything one request's services need; services take it as their first argument. */
export interface RequestContext {
  requestId: string;
  /** The caller's address as seen through trusted proxies; for rate limits, never logged with personal data. */
  clientIp: string;
  viewer: Viewer;
  dataSource: DataSource;
  /** The manager to read and write with: the data source's, or a transaction's. */
  db: EntityManager;
  loaders: Loaders;
  log: Logger;
  sessionCookie: SessionCookie;
}

/** Runs work in one transaction; the callback gets a context bound to it. */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx);
  return ctx.dataSource.transaction((manager) => work({ ...ctx, db: manager }));
}
