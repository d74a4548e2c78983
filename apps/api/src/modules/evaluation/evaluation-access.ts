import { OrganisationKind, Role } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { badUserInput, forbidden, notFound } from "../../graphql/errors";
import { fromGlobalId } from "../../graphql/relay/global-id";
import type { Cohort } from "../cohort";
import { canSeeProgramme, cohortVisibility, managesAcademy, type Programme } from "../programme";
import { Questionnaire } from "./questionnaire.entity";

/**
 * Evaluations belong to the academy that owns the programme: its programme
 * managers and administrators build, send and read them. Everyone else is
 * refused by the one rule of docs/architecture.md: FORBIDDEN for what they
 * can see, NOT_FOUND for what they can't.
 */
async function refuse(ctx: RequestContext, programme: Programme, cohort: Cohort | null, what: string): Promise<never> {
  const visible = cohort ? (await cohortVisibility(ctx))(cohort, programme) : canSeeProgramme(ctx, programme);
  throw visible ? forbidden() : notFound(what);
}

export async function managedProgramme(ctx: RequestContext, programmeId: string): Promise<Programme> {
  const decoded = fromGlobalId(programmeId);
  if (decoded?.typeName !== "Programme") throw badUserInput("programmeId is not a valid Programme id.", { argumentName: "programmeId" });
  const programme = await ctx.loaders.programmeById.load(decoded.id);
  if (!programme) throw notFound("That programme");
  if (!managesAcademy(ctx, programme.academyId)) await refuse(ctx, programme, null, "That programme");
  return programme;
}

export async function managedCohort(ctx: RequestContext, cohortId: string): Promise<{ cohort: Cohort; programme: Programme }> {
  const decoded = fromGlobalId(cohortId);
  if (decoded?.typeName !== "Cohort") throw badUserInput("cohortId is not a valid Cohort id.", { argumentName: "cohortId" });
  const cohort = await ctx.loaders.cohortById.load(decoded.id);
  const programme = cohort ? await ctx.loaders.programmeById.load(cohort.programmeId) : null;
  if (!cohort || !programme) throw notFound("That cohort");
  if (!managesAcademy(ctx, programme.academyId)) await refuse(ctx, programme, cohort, "That cohort");
  return { cohort, programme };
}

/** A questionnaire and a cohort of its programme, both the caller's to manage. */
export async function managedRound(ctx: RequestContext, questionnaireId: string, cohortId: string): Promise<{ questionnaire: Questionnaire; cohort: Cohort; programme: Programme }> {
  const { cohort, programme } = await managedCohort(ctx, cohortId);
  const decoded = fromGlobalId(questionnaireId);
  if (decoded?.typeName !== "Questionnaire") throw badUserInput("questionnaireId is not a valid Questionnaire id.", { argumentName: "questionnaireId" });
  const questionnaire = await ctx.db.getRepository(Questionnaire).findOneBy({ id: decoded.id });
  if (!questionnaire) throw notFound("That questionnaire");
  if (questionnaire.programmeId !== programme.id) {
    const owner = await ctx.loaders.programmeById.load(questionnaire.programmeId);
    if (!owner || !managesAcademy(ctx, owner.academyId)) throw notFound("That questionnaire");
    throw badUserInput("That questionnaire belongs to another programme than the cohort.");
  }
  return { questionnaire, cohort, programme };
}

/** The academy whose question bank the viewer keeps: every one for administrators, their own for programme managers. */
export function bankScope(ctx: RequestContext): { kind: "every" } | { kind: "academy"; academyId: string } | { kind: "none" } {
  const { viewer } = ctx;
  if (viewer.kind !== "user") return { kind: "none" };
  if (viewer.role === Role.ADMIN) return { kind: "every" };
  if (viewer.role === Role.PROGRAMME_MANAGER && viewer.user.organisationId) return { kind: "academy", academyId: viewer.user.organisationId };
  return { kind: "none" };
}

export async function bankAcademy(ctx: RequestContext, academyGlobalId: string | null | undefined): Promise<string | null> {
  const scope = bankScope(ctx);
  if (!academyGlobalId) return scope.kind === "academy" ? scope.academyId : null;
  const decoded = fromGlobalId(academyGlobalId);
  const academy = decoded?.typeName === "Organisation" ? await ctx.loaders.organisationById.load(decoded.id) : null;
  if (!academy || academy.kind !== OrganisationKind.ACADEMY) return null;
  return scope.kind === "every" || (scope.kind === "academy" && scope.academyId === academy.id) ? academy.id : null;
}
