import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

const VALID_INCOMING_ID = /^[A-Za-z0-9._-]{1,64}$/;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      requestId: string;
    }
  }
}

/** Keeps a well-formed incoming X-Request-Id (from a proxy) or makes one; echoes it back. */
export function requestId(req: Request, res: Response, next: NextFunction) {
  const incoming = req.header("x-request-id");
  req.requestId = incoming && VALID_INCOMING_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader("X-Request-Id", req.requestId);
  next();
}
