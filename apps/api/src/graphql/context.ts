import { Role } from "@ascent/domain";
import { DataSource, EntityManager } from "typeorm";
import type { Logger } from "../logger";
import type { SessionCookie } from "../modules/auth/session-cookie";
import type { User } from "../modules/user/user.entity";
import type { Loaders } from "./loaders";

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; user: User; role: Role; sessionId: string };

/** Everything one request's services need; services take it as their first argument. */
export interface RequestContext {
  requestId: string;
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
