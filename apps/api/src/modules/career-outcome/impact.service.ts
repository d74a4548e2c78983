import { CAREER_OUTCOME_LIMITS, CareerOutcomeKind, DisclosureStatus, ImpactVerdict, impactVerdictLabels, toLondon, UserErrorCode } from "@ascent/domain";
import { countImpact, type ImpactPart, type ImpactPerson, releaseImpact } from "@ascent/metrics";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import type { Cohort } from "../cohort";
import { canSeeProgramme, managesAcademy, type Programme } from "../programme";
import type { ProgrammeImpact, SetProgrammeImpactBaselineInput, SetProgrammeImpactBaselinePayload } from "./dto/impact.dto";
import { ProgrammeImpactBaseline } from "./impact-baseline.entity";
import { OUTCOMES_OF_PEOPLE_SQL, outcomePeople, personKey, personOfOutcome } from "./outcome-people";

/**
 * Programme impact: promotion within 6, 12 and 24 months of completion,
 * participants against the comparison group. The owning academy's staff and
 * administrators see exact figures (they see every person's outcome
 * anyway); everyone else sees the programme's figures through the
 * disclosure control of packages/metrics, and no single cohort's.
 */
export class ImpactService {
  async programmeImpact(ctx: RequestContext, programmeId: string, cohortId: string | null | undefined): Promise<ProgrammeImpact | null> {
    const programme = await ctx.loaders.programmeById.load(expectGlobalId(programmeId, "Programme", "programmeId"));
    if (!programme || !canSeeProgramme(ctx, programme)) return null;
    const cohort: Cohort | null = cohortId ? await ctx.loaders.cohortById.load(expectGlobalId(cohortId, "Cohort", "cohortId")) : null;
    if (cohortId && cohort?.programmeId !== programme.id) return null;
    const raw = managesAcademy(ctx, programme.academyId);
    const baseline = await ctx.db.getRepository(ProgrammeImpactBaseline).findOneBy({ programmeId: programme.id });
    const cohortIds: string[] = cohort
      ? [cohort.id]
      : (await ctx.db.query(`SELECT id FROM cohort WHERE programme_id = $1 AND status <> 'CANCELLED'`, [programme.id])).map((row: { id: string }) => row.id);
    const withheld = cohort !== null && !raw;
    const parts = withheld ? [] : await this.parts(ctx, cohortIds);
    const released = releaseImpact(parts, { raw, baselineAnnualRate: baseline ? baseline.annualRatePercent / 100 : null });
    return {
      programme,
      cohort,
      disclosure: raw ? DisclosureStatus.RAW : DisclosureStatus.CONTROLLED,
      withheld,
      cohortsIncluded: parts.length,
      confidenceLevel: released.confidenceLevel,
      baseline,
      horizons: released.horizons.map((horizon) => ({
        ...horizon,
        participants: { ...horizon.participants },
        comparison: { ...horizon.comparison },
        verdictText: withheld ? impactVerdictLabels[ImpactVerdict.NO_FIGURE] : impactVerdictLabels[horizon.verdict],
      })),
    };
  }

  /** One part per cohort, counted from one row per person and their promotion dates; a partner's own staff are marked. */
  private async parts(ctx: RequestContext, cohortIds: string[]): Promise<ImpactPart[]> {
    const people = await outcomePeople(ctx.db, { cohortIds });
    // Each promotion goes to its person: a participant's by participant (also those added by hand), a comparison-group applicant's by application.
    const promotions: Array<{ participant_id: string | null; application_id: string | null; effective_on: string }> = await ctx.db.query(
      `SELECT o.participant_id, o.application_id, to_char(o.effective_on, 'YYYY-MM-DD') AS effective_on FROM career_outcome o
        WHERE o.kind = $1 AND ${OUTCOMES_OF_PEOPLE_SQL("$2::uuid[]", "$3::uuid[]")}`,
      [CareerOutcomeKind.PROMOTION, people.flatMap((person) => (person.participantId ? [person.participantId] : [])), people.flatMap((person) => (person.applicationId ? [person.applicationId] : []))],
    );
    const whose = personOfOutcome(people);
    const datesOf = new Map<string, string[]>();
    for (const row of promotions) {
      const key = whose({ participantId: row.participant_id, applicationId: row.application_id });
      if (key) datesOf.set(key, [...(datesOf.get(key) ?? []), row.effective_on]);
    }
    const own = ctx.viewer.kind === "partner" ? ctx.viewer.organisationId : null;
    const today = toLondon(new Date()).date;
    return cohortIds.map((cohortId) => {
      const members: ImpactPerson[] = people
        .filter((person) => person.cohortId === cohortId)
        .map((person) => ({ group: person.group, windowStart: person.windowStart, completedOn: person.completedOn, promotions: datesOf.get(personKey(person)) ?? [], own: own !== null && person.organisationId === own }));
      return countImpact(members, today);
    });
  }

  setBaseline(ctx: RequestContext, input: SetProgrammeImpactBaselineInput): Promise<SetProgrammeImpactBaselinePayload> {
    return runMutation<SetProgrammeImpactBaselinePayload>(
      ctx,
      async (tx) => {
        const programme: Programme | null = await tx.loaders.programmeById.load(expectGlobalId(input.programmeId, "Programme", "programmeId"));
        if (!programme || !canSeeProgramme(tx, programme)) throw notFound("That programme");
        if (!managesAcademy(tx, programme.academyId)) throw forbidden();
        const repository = tx.db.getRepository(ProgrammeImpactBaseline);
        const rate = input.annualRatePercent ?? null;
        if (rate === null) {
          await repository.delete({ programmeId: programme.id });
          await recordAudit(tx, { operation: "setProgrammeImpactBaseline", targetType: "Programme", targetId: programme.id, fields: ["annualRatePercent"] });
          return { baseline: null, userErrors: [] };
        }
        const source = input.source?.trim() ?? "";
        const problems = [];
        if (!(rate >= CAREER_OUTCOME_LIMITS.baselineMinPercent && rate <= CAREER_OUTCOME_LIMITS.baselineMaxPercent) || Math.round(rate * 100) !== rate * 100) {
          problems.push(userError(["annualRatePercent"], UserErrorCode.INVALID, "Enter a percentage from 0 to 100, with at most two decimal places."));
        }
        if (!source) problems.push(userError(["source"], UserErrorCode.REQUIRED, "Say where the figure comes from, so readers can judge it."));
        else if (source.length > CAREER_OUTCOME_LIMITS.baselineSourceMaxLength) {
          problems.push(userError(["source"], UserErrorCode.TOO_LONG, `The source can be at most ${CAREER_OUTCOME_LIMITS.baselineSourceMaxLength} characters.`));
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        await repository.upsert({ programmeId: programme.id, annualRatePercent: rate, source }, ["programmeId"]);
        await recordAudit(tx, { operation: "setProgrammeImpactBaseline", targetType: "Programme", targetId: programme.id, fields: ["annualRatePercent", "source"] });
        return { baseline: await repository.findOneByOrFail({ programmeId: programme.id }), userErrors: [] };
      },
      (userErrors) => ({ baseline: null, userErrors }),
    );
  }
}
