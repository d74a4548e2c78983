import { DisclosureStatus, UserErrorCode, WresTargetGroup, wresTargetGroupGrades, wresTargetGroupLabels } from "@ascent/domain";
import { computeIndicator, type PlainEthnicCounts, type WresReturnInput } from "@ascent/metrics";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { expectGlobalId, fromGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { Organisation } from "../organisation";
import type { WresReport, WresTargetProgress } from "./dto/wres-report.types";
import type { RemoveWresTargetInput, SetWresTargetInput } from "./dto/wres-return.input";
import type { RemoveWresTargetPayload, SetWresTargetPayload } from "./dto/wres.payloads";
import { disclosureLevelFor, maySubmitFor, OWNER, release } from "./wres-access";
import { WresTarget } from "./wres-target.entity";
import { toIndicator } from "./wres.rules";
import { DEFAULT_WRES_SETTINGS, FIRST_WRES_YEAR, type WresSettings } from "./wres.settings";

/** Targets may look this far ahead of the current year. */
const MAX_TARGET_YEARS_AHEAD = 30;

/** Headcount of a target group in a return: the board, every row, or the AfC rows of its bands (both categories). */
export function groupHeadcount(input: WresReturnInput, group: WresTargetGroup): PlainEthnicCounts {
  const grades = wresTargetGroupGrades(group);
  if (grades === "BOARD") return { white: input.board.white, bme: input.board.bme, unknown: input.board.unknown ?? 0 };
  const total = { white: 0, bme: 0, unknown: 0 };
  for (const row of input.workforce) {
    if (grades !== "ALL" && !grades.includes(row.grade)) continue;
    total.white += row.white;
    total.bme += row.bme;
    total.unknown += row.unknown ?? 0;
  }
  return total;
}

export class WresTargetService {
  constructor(readonly settings: WresSettings = DEFAULT_WRES_SETTINGS) {}

  /** An organisation's targets, by group and year. Targets are aspirations, not personal data: any reader may see them. */
  list(ctx: RequestContext, organisationGlobalId: string): Promise<WresTarget[]> {
    const organisationId = expectGlobalId(organisationGlobalId, "Organisation", "organisationId");
    return ctx.db.getRepository(WresTarget).find({ where: { organisationId }, order: { group: "ASC", year: "ASC" } });
  }

  /**
   * Progress against each of the organisation's targets in the report's year:
   * the group's BME share from the report's return, released at the report's
   * disclosure level (so non-owners see it from rounded counts, or not at all).
   */
  async progress(ctx: RequestContext, report: WresReport): Promise<WresTargetProgress[]> {
    const targets = await ctx.db.getRepository(WresTarget).find({ where: { organisationId: report.organisationUuid }, order: { group: "ASC", year: "ASC" } });
    return targets.map((target) => {
      const counts = groupHeadcount(report.source.input, target.group);
      const raw = computeIndicator({
        code: target.group === WresTargetGroup.BOARD ? "WRES9.BOARD" : `WRES1.${target.group}`,
        metricCode: target.group === WresTargetGroup.BOARD ? "WRES9" : "WRES1",
        familyId: "WRES",
        label: `BME share: ${wresTargetGroupLabels[target.group]}`,
        disclosure: DisclosureStatus.RAW,
        counts: { reference: counts.white, focus: counts.bme, unknown: counts.unknown, total: counts.white + counts.bme + counts.unknown },
        basis: { type: "share" },
        method: { confidenceLevel: this.settings.metric.confidenceLevel, parityBand: null },
      });
      const actual = release(raw, report.level, this.settings);
      return {
        target,
        year: report.year,
        actual: toIndicator(actual),
        gap: actual.value === null ? null : target.share - actual.value,
        met: actual.value === null ? null : actual.value >= target.share,
      };
    });
  }

  /** Sets (creates or replaces) the target for an organisation, group and year. */
  set(ctx: RequestContext, input: SetWresTargetInput): Promise<SetWresTargetPayload> {
    return runMutation<SetWresTargetPayload>(
      ctx,
      async (tx) => {
        const organisationId = expectGlobalId(input.organisationId, "Organisation", "input.organisationId");
        if (tx.viewer.kind === "partner" && tx.viewer.organisationId !== organisationId) throw forbidden();
        const organisation = await tx.db.getRepository(Organisation).findOneBy({ id: organisationId });
        if (!organisation) throw new UserInputProblems([userError(["organisationId"], UserErrorCode.NOT_FOUND, "That organisation doesn't exist.")]);
        if (!(await maySubmitFor(tx, organisationId))) throw forbidden();
        const problems: UserError[] = [];
        const latest = new Date().getUTCFullYear() + MAX_TARGET_YEARS_AHEAD;
        if (!Number.isSafeInteger(input.year) || input.year < FIRST_WRES_YEAR || input.year > latest) {
          problems.push(userError(["year"], UserErrorCode.INVALID, `The year must be from ${FIRST_WRES_YEAR} to ${latest}.`));
        }
        if (!(Number.isFinite(input.share) && input.share >= 0 && input.share <= 1)) {
          problems.push(userError(["share"], UserErrorCode.INVALID, "The share is a fraction from 0 to 1 (0.19 for 19%)."));
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        const repository = tx.db.getRepository(WresTarget);
        await repository
          .createQueryBuilder()
          .insert()
          .values({ organisationId, group: input.group, year: input.year, share: input.share })
          .orUpdate(["share", "updated_at"], ["organisation_id", "group", "year"])
          .execute();
        const saved = await repository.findOneByOrFail({ organisationId, group: input.group, year: input.year });
        await recordAudit(tx, { operation: "setWresTarget", targetType: "WresTarget", targetId: saved.id, fields: ["share"] });
        return { wresTarget: saved, userErrors: [] };
      },
      (userErrors) => ({ wresTarget: null, userErrors }),
    );
  }

  remove(ctx: RequestContext, input: RemoveWresTargetInput): Promise<RemoveWresTargetPayload> {
    return runMutation<RemoveWresTargetPayload>(
      ctx,
      async (tx) => {
        const decoded = fromGlobalId(input.id);
        const repository = tx.db.getRepository(WresTarget);
        const target = decoded?.typeName === "WresTarget" ? await repository.findOneBy({ id: decoded.id }) : null;
        // Only owners can see a target: anyone else is told it is absent, not that it is someone else's.
        if (!target || (await disclosureLevelFor(tx, target.organisationId)) !== OWNER) throw notFound("That target");
        if (!(await maySubmitFor(tx, target.organisationId))) throw forbidden();
        await repository.delete({ id: target.id });
        await recordAudit(tx, { operation: "removeWresTarget", targetType: "WresTarget", targetId: target.id, fields: ["share"] });
        return { wresTarget: target, userErrors: [] };
      },
      (userErrors) => ({ wresTarget: null, userErrors }),
    );
  }
}
