import type { Request, Response } from "express";
import type { DataSource, EntityManager } from "typeorm";
import { hasReplicas, ReplicaSession } from "../db/read-replica";
import { sessionCookieFor } from "../http/session-cookie";
import type { Logger } from "../logger";
import type { RequestContext, Viewer } from "./context";
import type { Authenticator } from "./feature-module";
import type { Loaders } from "./loaders";

export type RequestContextFactory = (req: Request, res: Response) => Promise<RequestContext>;

export interface RequestContextOptions {
  dataSource: DataSource;
  log: Logger;
  secureCookies: boolean;
  /** The features' ways of recognising a caller, in order; nobody recognised is anonymous. */
  authenticators: readonly Authenticator[];
  loadersFor: (db: EntityManager) => Loaders;
}

/**
 * One request's context, for GraphQL and plain HTTP routes alike: the
 * viewer, fresh loaders, and a logger tagged with the request id.
 */
export function requestContextFactory(options: RequestContextOptions): RequestContextFactory {
  const { dataSource, log, secureCookies, authenticators, loadersFor } = options;
  const identify = async (req: Request, db: EntityManager, cookie: ReturnType<typeof sessionCookieFor>): Promise<Viewer> => {
    for (const authenticate of authenticators) {
      const viewer = await authenticate(req, db, cookie);
      if (viewer) return viewer;
    }
    return { kind: "anonymous" };
  };
  return async (req, res) => {
    const db = dataSource.manager;
    const sessionCookie = sessionCookieFor(req, res, secureCookies);
    // Taken only if the request turns out to be a lag-tolerant query; handed back when the response ends, whatever happened.
    const replica = hasReplicas(dataSource) ? new ReplicaSession(dataSource) : undefined;
    if (replica) res.once("close", () => void replica.release());
    const viewer = await identify(req, db, sessionCookie);
    return new HttpRequestContext(req, log, viewer, dataSource, db, loadersFor, sessionCookie, replica);
  };
}

/**
 * The caller's address (trusted proxies resolved) and the request's logger are worked out when first used: most
 * requests use neither. They are getters on the prototype, not on the object: Apollo copies the context for every
 * operation (`Object.assign(Object.create(prototype), context)`) and `inTransaction` copies it too, and a copy
 * invokes an object's own getters, which made every request resolve its address and build a child logger.
 */
class HttpRequestContext implements RequestContext {
  readonly requestId: string;
  loaders: Loaders;
  memo = new Map<unknown, unknown>();
  private clientIpValue: string | undefined;
  private logValue: Logger | undefined;

  constructor(
    private readonly req: Request,
    private readonly baseLog: Logger,
    readonly viewer: Viewer,
    readonly dataSource: DataSource,
    public db: EntityManager,
    readonly loadersFor: (db: EntityManager) => Loaders,
    readonly sessionCookie: ReturnType<typeof sessionCookieFor>,
    readonly replica: ReplicaSession | undefined,
  ) {
    this.requestId = req.requestId;
    this.loaders = loadersFor(db);
  }

  get clientIp(): string {
    return (this.clientIpValue ??= this.req.ip ?? "unknown");
  }

  get log(): Logger {
    return (this.logValue ??= this.baseLog.child({ requestId: this.requestId }));
  }
}
