import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../logger";

/** One line per request: method, path, status, duration; never bodies, queries' variables or cookies. */
export function accessLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    // At LOG_LEVEL warn and above there is no line to write: no timer, no listener (a burst is thousands of requests).
    if (!log.isLevelEnabled("info")) return next();
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const operationName = typeof req.body?.operationName === "string" ? req.body.operationName : undefined;
      log.info(
        { requestId: req.requestId, method: req.method, path: req.originalUrl.split("?")[0], status: res.statusCode, durationMs: Math.round(durationMs * 10) / 10, operationName },
        "request",
      );
    });
    next();
  };
}
