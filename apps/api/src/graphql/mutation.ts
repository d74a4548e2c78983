import type { RequestContext } from "./context";
import { inTransaction } from "./context";
import { UserError, UserInputProblems } from "./user-error";

/**
 * Runs a mutation's work in one transaction. Input problems found anywhere in
 * it roll everything back and come out as the payload's userErrors, so a
 * refused mutation never leaves anything half-written.
 */
export async function runMutation<P extends { userErrors: UserError[] }>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<P>,
  refused: (userErrors: UserError[]) => P,
): Promise<P> {
  try {
    return await inTransaction(ctx, work);
  } catch (error) {
    if (error instanceof UserInputProblems) return refused(error.problems);
    throw error;
  }
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? (error as { code?: string; constraint?: string });
  return driverError?.code === "23505" && (constraint === undefined || driverError.constraint === constraint);
}
