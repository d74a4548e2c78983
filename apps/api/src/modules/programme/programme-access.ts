import { CohortStatus, ProgrammeStatus, Role } from "@ascent/domain";
import { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { requestScoped, type RequestContext } from "../../graphql/context";
import type { QueryRestriction } from "../../graphql/relay/compiled-page";
import { CohortFacilitator } from "../cohort";
import type { Cohort } from "../cohort";
import type { Programme } from "./programme.entity";

/**
 * Who sees and manages which programmes and cohorts: the academy scoping of
 * the access rules, in one place, applied by the services.
 *
 * - Administrators: everything.
 * - Programme managers: everything of their own academy; of other academies,
 *   only the published catalogue.
 * - Facilitators: the published catalogue, and the cohorts they facilitate
 *   (as themselves or through their provider organisation).
 * - Partner tokens and anonymous callers: the published catalogue, i.e.
 *   published programmes and their cohorts once opened.
 */
export const PUBLIC_PROGRAMME_STATUSES: readonly ProgrammeStatus[] = [ProgrammeStatus.PUBLISHED];
export const PUBLIC_COHORT_STATUSES: readonly CohortStatus[] = [CohortStatus.OPEN, CohortStatus.CLOSED, CohortStatus.RUNNING, CohortStatus.COMPLETED];

type Scope =
  | { kind: "everything" }
  | { kind: "academy"; academyId: string }
  | { kind: "facilitator"; userId: string; organisationId: string | null }
  | { kind: "catalogue" };

function scopeOf(ctx: RequestContext): Scope {
  const { viewer } = ctx;
  if (viewer.kind !== "user") return { kind: "catalogue" };
  if (viewer.role === Role.ADMIN) return { kind: "everything" };
  if (viewer.role === Role.PROGRAMME_MANAGER && viewer.user.organisationId) return { kind: "academy", academyId: viewer.user.organisationId };
  if (viewer.role === Role.FACILITATOR) return { kind: "facilitator", userId: viewer.user.id, organisationId: viewer.user.organisationId };
  return { kind: "catalogue" };
}

const inCatalogue = (programme: Programme) => PUBLIC_PROGRAMME_STATUSES.includes(programme.status);
const cohortInCatalogue = (cohort: Cohort, programme: Programme | null) => programme !== null && inCatalogue(programme) && PUBLIC_COHORT_STATUSES.includes(cohort.status);

/** Whether the viewer sees drafts and staff-only details of this academy's programmes. */
export function managesAcademy(ctx: RequestContext, academyId: string): boolean {
  const scope = scopeOf(ctx);
  return scope.kind === "everything" || (scope.kind === "academy" && scope.academyId === academyId);
}

/** Whether the viewer may change the academy's programmes and cohorts. */
export function canManageAcademy(ctx: RequestContext, academyId: string): boolean {
  return managesAcademy(ctx, academyId);
}

export function canSeeProgramme(ctx: RequestContext, programme: Programme): boolean {
  return managesAcademy(ctx, programme.academyId) || inCatalogue(programme);
}

/** Resolves once per call what the viewer facilitates, then answers synchronously per cohort. */
export async function cohortVisibility(ctx: RequestContext): Promise<(cohort: Cohort, programme: Programme | null) => boolean> {
  const scope = scopeOf(ctx);
  const facilitated = scope.kind === "facilitator" ? await facilitatedCohortIds(ctx, scope) : new Set<string>();
  return (cohort, programme) =>
    (programme !== null && managesAcademy(ctx, programme.academyId)) || facilitated.has(cohort.id) || cohortInCatalogue(cohort, programme);
}

/** Whether the viewer is a facilitator of this cohort (as themselves or through their provider organisation); not the catalogue. */
export async function facilitatesCohort(ctx: RequestContext, cohortId: string): Promise<boolean> {
  const scope = scopeOf(ctx);
  return scope.kind === "facilitator" && (await facilitatedCohortIds(ctx, scope)).has(cohortId);
}

const FACILITATED_COHORTS = Symbol("facilitated cohort ids");

/** Once per request, so field resolvers over many programmes ask once. */
function facilitatedCohortIds(ctx: RequestContext, scope: { userId: string; organisationId: string | null }): Promise<Set<string>> {
  return requestScoped(ctx, FACILITATED_COHORTS, () => loadFacilitatedCohortIds(ctx, scope));
}

async function loadFacilitatedCohortIds(ctx: RequestContext, scope: { userId: string; organisationId: string | null }): Promise<Set<string>> {
  const query = ctx.db.getRepository(CohortFacilitator).createQueryBuilder("f").select("f.cohort_id", "cohortId").where("f.user_id = :userId", { userId: scope.userId });
  if (scope.organisationId) query.orWhere("f.organisation_id = :organisationId", { organisationId: scope.organisationId });
  const rows: Array<{ cohortId: string }> = await query.getRawMany();
  return new Set(rows.map((row) => row.cohortId));
}

/** Restricts a programme query (alias `p`-style) to what the viewer may see. */
export function scopeProgrammes<T extends ObjectLiteral>(ctx: RequestContext, query: SelectQueryBuilder<T>, programmeAlias: string): void {
  const scope = scopeOf(ctx);
  if (scope.kind === "everything") return;
  const catalogue = `${programmeAlias}.status IN (:...publicProgrammeStatuses)`;
  query.setParameter("publicProgrammeStatuses", PUBLIC_PROGRAMME_STATUSES);
  if (scope.kind === "academy") query.andWhere(`(${catalogue} OR ${programmeAlias}.academy_id = :scopeAcademyId)`, { scopeAcademyId: scope.academyId });
  else query.andWhere(catalogue);
}

/** Restricts a cohort query joined to its programme to what the viewer may see. */
export function scopeCohorts(ctx: RequestContext, query: QueryRestriction, cohortAlias: string, programmeAlias: string): void {
  const scope = scopeOf(ctx);
  if (scope.kind === "everything") return;
  query.setParameters({ publicProgrammeStatuses: PUBLIC_PROGRAMME_STATUSES, publicCohortStatuses: PUBLIC_COHORT_STATUSES });
  const catalogue = `(${programmeAlias}.status IN (:...publicProgrammeStatuses) AND ${cohortAlias}.status IN (:...publicCohortStatuses))`;
  if (scope.kind === "academy") {
    query.andWhere(`(${catalogue} OR ${programmeAlias}.academy_id = :scopeAcademyId)`, { scopeAcademyId: scope.academyId });
  } else if (scope.kind === "facilitator") {
    query.andWhere(
      `(${catalogue} OR EXISTS (SELECT 1 FROM cohort_facilitator sf WHERE sf.cohort_id = ${cohortAlias}.id AND (sf.user_id = :scopeUserId OR sf.organisation_id = :scopeOrganisationId)))`,
      { scopeUserId: scope.userId, scopeOrganisationId: scope.organisationId },
    );
  } else {
    query.andWhere(catalogue);
  }
}
