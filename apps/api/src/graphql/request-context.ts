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
    // The caller's address (trusted proxies resolved) and the request's logger are worked out when first used: most requests use neither.
    // The getters sit on the context's prototype: Apollo copies each context (own properties, prototype kept), and a copy
    // that read them would resolve the address and build the logger on every request.
    let clientIp: string | undefined;
    let requestLog: Logger | undefined;
    const lazy = {
      get clientIp() {
        return (clientIp ??= req.ip ?? "unknown");
      },
      get log() {
        return (requestLog ??= log.child({ requestId: req.requestId }));
      },
    };
    return Object.assign(Object.create(lazy) as RequestContext, {
      requestId: req.requestId,
      viewer,
      dataSource,
      db,
      loaders: loadersFor(db),
      memo: new Map(),
      loadersFor,
      sessionCookie,
      replica,
    });
  };
}
