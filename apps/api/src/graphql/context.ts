import { ApiScope, Role } from "@ascent/domain";
import { DataSource, EntityManager } from "typeorm";
import type { ReplicaSession } from "../db/read-replica";
import type { SessionCookie } from "../http/session-cookie";
import type { Logger } from "../logger";
import type { Loaders } from "./loaders";

/**
 * A signed-in person as the request sees them. The user feature widens this
 * to its entity (declaration merging), so infrastructure needs no feature.
 */
export interface SignedInUser {
  id: string;
  organisationId: string | null;
}

export type Viewer =
  | { kind: "anonymous" }
  | { kind: "user"; user: SignedInUser; role: Role; sessionId: string }
  /** A partner trust's API token: acts for one organisation, within its scopes. */
  | {
      kind: "partner";
      tokenId: string;
      organisationId: string;
      scopes: readonly ApiScope[];
      /** The token's stored query budget as read with it: points banked, and seconds since (graphql/partner-cost.ts refills and charges). */
      budget?: { banked: number; idleSeconds: number };
    };

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
  /** Per-request DataLoaders reading through `db`. */
  loaders: Loaders;
  /** Per-request memo of derived values (see requestScoped), reading through `db` like the loaders. */
  memo: Map<unknown, unknown>;
  /** Loaders for another manager: a transaction gets its own, so nothing read outside it is cached inside. */
  loadersFor(db: EntityManager): Loaders;
  log: Logger;
  sessionCookie: SessionCookie;
  /**
   * The request's way to a read replica, when DATABASE_REPLICA_URLS names any.
   * Services never use it themselves: a query made only of lag-tolerant fields
   * has `db` and `loaders` switched to it before it runs (graphql/replica-reads.ts).
   */
  replica?: ReplicaSession;
}

/**
 * Runs work in one transaction; the callback gets a context bound to it, with
 * fresh loaders and memo so reads inside see the transaction's own writes.
 */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx);
  // A copy keeping the prototype (request-context.ts keeps lazy getters there).
  return ctx.dataSource.transaction((manager) => work(Object.assign(Object.create(Object.getPrototypeOf(ctx)) as RequestContext, ctx, { db: manager, loaders: ctx.loadersFor(manager), memo: new Map() })));
}

/** A value computed once per request (or transaction) under `key`: the way to cache per request without module-level state. */
export function requestScoped<T>(ctx: RequestContext, key: unknown, compute: () => T): T {
  if (!ctx.memo.has(key)) ctx.memo.set(key, compute());
  return ctx.memo.get(key) as T;
}
