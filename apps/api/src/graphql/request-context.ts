import type { Request, Response } from "express";
import type { DataSource } from "typeorm";
import type { Logger } from "../logger";
import { viewerFromBearer } from "../modules/api-token/bearer";
import { sessionCookieFor } from "../modules/auth/session-cookie";
import { viewerFromSessionToken } from "../modules/auth/viewer";
import type { RequestContext } from "./context";
import { createLoaders } from "./loaders";

/**
 * One request's context, for GraphQL and plain HTTP routes alike: the
 * viewer (a bearer token for partners takes precedence over the console's
 * cookie), fresh loaders, and a logger tagged with the request id.
 */
export async function createRequestContext(req: Request, res: Response, dataSource: DataSource, log: Logger, secureCookies: boolean): Promise<RequestContext> {
  const db = dataSource.manager;
  const sessionCookie = sessionCookieFor(req, res, secureCookies);
  return {
    requestId: req.requestId,
    clientIp: req.ip ?? "unknown",
    viewer: req.headers.authorization ? await viewerFromBearer(db, req.headers.authorization) : await viewerFromSessionToken(db, sessionCookie.read()),
    dataSource,
    db,
    loaders: createLoaders(db),
    log: log.child({ requestId: req.requestId }),
    sessionCookie,
  };
}
