import { type AfcBand, careerOutcomeProblems, type CareerOutcomeKind, toLondon, UserErrorCode } from "@ascent/domain";
import { UserError, userError } from "../../graphql/user-error";

/** The shared rules of packages/domain as userErrors on the input's fields; `appliedAt` is null for a participant added by hand (no application). */
export function outcomeInputProblems(input: { kind: CareerOutcomeKind; effectiveOn: string; bandBefore?: AfcBand | null; bandAfter?: AfcBand | null }, appliedAt: Date | null): UserError[] {
  const today = toLondon(new Date()).date;
  const facts = { kind: input.kind, effectiveOn: input.effectiveOn.trim(), bandBefore: input.bandBefore ?? null, bandAfter: input.bandAfter ?? null };
  return careerOutcomeProblems(facts, today, appliedAt ? toLondon(appliedAt).date : null).map((problem) =>
    userError([problem.field], problem.missing ? UserErrorCode.REQUIRED : UserErrorCode.INVALID, problem.message),
  );
}
