/** SQLSTATE classes and socket errors that mean "the database can't be reached right now", not "this request is wrong". */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const UNAVAILABLE_MESSAGES = /Connection terminated|Query runner already released|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established|the database system is (starting up|shutting down)/i;

/**
 * Whether an error (or the driver error inside it) says the database is down,
 * restarting or unreachable. A transaction whose connection died mid-way
 * fails its next statement with TypeORM's "query runner already released".
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, driverError, cause, originalError } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.test(message)) return true;
    current = driverError ?? originalError ?? cause;
  }
  return false;
}
