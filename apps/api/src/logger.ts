import pino from "pino";

/**
 * Logs never carry request bodies, variables or cookies: those can hold
 * personal and special category data. Only ids, operation names and timings.
 */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: "ascent-api" },
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.email", "variables"],
      censor: "[redacted]",
    },
  });
}

export type Logger = ReturnType<typeof createLogger>;
