/**
 * What of an error may go to the logs. Database errors carry the query, its
 * parameters and PostgreSQL's detail ("Key (email)=(…) already exists"), and
 * some of PostgreSQL's messages quote the input: all of that can be personal
 * data, so for them only the SQLSTATE code, constraint and routine are kept.
 */
export interface SafeError {
  type: string;
  message?: string;
  code?: string;
  constraint?: string;
  routine?: string;
  stack?: string;
}

interface DatabaseErrorShape {
  code?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

function databaseErrorOf(error: unknown): DatabaseErrorShape | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  const looksLikePostgres = typeof candidate === "object" && candidate !== null && "severity" in candidate && "code" in candidate;
  return looksLikePostgres ? (candidate as DatabaseErrorShape) : undefined;
}

export function safeError(error: unknown): SafeError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const type = original instanceof Error ? original.constructor.name : typeof original;
  const stack = original instanceof Error ? original.stack?.split("\n").slice(1).join("\n") : undefined;
  const database = databaseErrorOf(original);
  if (database) {
    return { type, code: String(database.code), constraint: database.constraint ? String(database.constraint) : undefined, routine: database.routine ? String(database.routine) : undefined, stack };
  }
  return { type, message: original instanceof Error ? original.message : String(original), stack };
}
