import type { RequestContext } from "../../graphql/context";
import type { Cohort } from "../cohort";
import { cohortVisibility, managesAcademy, type Programme } from "../programme";

export type LearningSetAccess = "manage" | "read" | "none";

/**
 * Who sees and changes a cohort's Action Learning Sets: the academy that runs
 * the programme manages them (administrators every academy's); a facilitator
 * sees the sets of the cohorts they facilitate; nobody else (partners, the
 * public, facilitators of other cohorts) sees anything.
 */
export async function learningSetAccess(ctx: RequestContext, cohort: Cohort): Promise<{ access: LearningSetAccess; programme: Programme | null }> {
  const { viewer } = ctx;
  if (viewer.kind !== "user") return { access: "none", programme: null };
  const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
  if (!programme) return { access: "none", programme: null };
  if (managesAcademy(ctx, programme.academyId)) return { access: "manage", programme };
  // A planned cohort is never in the catalogue: visible then only to its academy and its facilitators.
  const visible = await cohortVisibility(ctx);
  return { access: visible({ ...cohort, status: "PLANNED" } as Cohort, programme) ? "read" : "none", programme };
}
