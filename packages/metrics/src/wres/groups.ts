import {
  BME_GROUPS_IN_ORDER,
  type BmeGroup,
  DETAILED_ETHNIC_GROUPS_IN_ORDER,
  DetailedEthnicGroup,
  detailedEthnicGroupLabels,
  DisclosureStatus,
  WRES_SENIOR_ROLE_LEVELS,
  type WresTargetGroup,
  wresTargetGroupGrades,
  wresTargetGroupLabels,
} from "@ascent/domain";
import type { ContributorLookup, ContributorTally } from "../aggregate";
import { CountLayout } from "../aggregate";
import { computeIndicator, type IndicatorSpec } from "../compute";
import { MetricInputError } from "../errors";
import { disclose, type EvaluateOptions, extractCounts, specsFromCounts } from "../evaluate";
import { type MetricSettings, resolveMetricSettings } from "../settings";
import type { IndicatorResult } from "../types";
import { groupCountOf, wresGroupFamilies } from "./family";
import { type EthnicCounts, hasBmeGroups, validateWresReturn, type WresReturnInput } from "./input";
import { sumWresReturnsWithGroups } from "./sum";

/**
 * WRES figures by broad ethnic group (Asian, Black, Mixed, Other), for
 * returns that split BME staff by group:
 *
 * - each group against white staff, indicator by indicator, through the same
 *   engine as the WRES itself (`wresGroupFamilies`): intervals, parity and
 *   disclosure control exactly as for BME figures;
 * - representation in senior roles: every group's share (white and unknown
 *   included) of the whole workforce, band 8a and above, very senior
 *   managers and the board, with Wilson intervals.
 *
 * Nothing here is computed for a return without a split, and nothing in the
 * WRES report itself changes: callers ask for group figures separately.
 */

export interface WresGroupIndicators {
  readonly group: BmeGroup;
  /** The WRES codes (`WRES2`, `WRES1.CLINICAL.BAND_5`, `WRES5.ASIAN`), with this group as the focus. */
  readonly indicators: readonly IndicatorResult[];
}

export interface WresGroupReport {
  readonly groups: readonly WresGroupIndicators[];
  /** `SENIOR.<level>.<group>`, e.g. `SENIOR.BAND_8A_AND_ABOVE.BLACK`: the group's share of the level (counts `focus`, `total`). */
  readonly seniorRoles: readonly IndicatorResult[];
}

/** Code of a senior-roles share. */
export const seniorRoleCode = (level: WresTargetGroup, group: DetailedEthnicGroup) => `SENIOR.${level}.${group}`;

/** Every group's headcount in a set of counts (white, the four groups, unknown). */
function detailedCounts(counts: EthnicCounts): Record<DetailedEthnicGroup, number> {
  return {
    [DetailedEthnicGroup.WHITE]: counts.white,
    [DetailedEthnicGroup.ASIAN]: groupCountOf(counts, "asian"),
    [DetailedEthnicGroup.BLACK]: groupCountOf(counts, "black"),
    [DetailedEthnicGroup.MIXED]: groupCountOf(counts, "mixed"),
    [DetailedEthnicGroup.OTHER]: groupCountOf(counts, "other"),
    [DetailedEthnicGroup.UNKNOWN]: counts.unknown ?? 0,
  };
}

function levelCounts(input: WresReturnInput, level: WresTargetGroup): Record<DetailedEthnicGroup, number> {
  const grades = wresTargetGroupGrades(level);
  if (grades === "BOARD") return detailedCounts(input.board);
  const sum = Object.fromEntries(DETAILED_ETHNIC_GROUPS_IN_ORDER.map((group) => [group, 0])) as Record<DetailedEthnicGroup, number>;
  for (const row of input.workforce) {
    if (grades !== "ALL" && !grades.includes(row.grade)) continue;
    const counts = detailedCounts(row);
    for (const group of DETAILED_ETHNIC_GROUPS_IN_ORDER) sum[group] += counts[group];
  }
  return sum;
}

function seniorRoleSpecs(input: WresReturnInput, settings: MetricSettings): IndicatorSpec[] {
  const specs: IndicatorSpec[] = [];
  for (const level of WRES_SENIOR_ROLE_LEVELS) {
    const counts = levelCounts(input, level);
    const total = DETAILED_ETHNIC_GROUPS_IN_ORDER.reduce((sum, group) => sum + counts[group], 0);
    for (const group of DETAILED_ETHNIC_GROUPS_IN_ORDER) {
      specs.push({
        code: seniorRoleCode(level, group),
        metricCode: "SENIOR",
        familyId: "WRES",
        label: `${wresTargetGroupLabels[level]}: ${detailedEthnicGroupLabels[group]}`,
        disclosure: DisclosureStatus.RAW,
        counts: { focus: counts[group], total },
        basis: { type: "share" },
        method: { confidenceLevel: settings.confidenceLevel, parityBand: null },
      });
    }
  }
  return specs;
}

/** Every spec of the group figures of one (valid, split) return, before statistics. */
function groupSpecs(input: WresReturnInput, settings: MetricSettings): { groups: Array<{ group: BmeGroup; specs: IndicatorSpec[] }>; seniorRoles: IndicatorSpec[] } {
  return {
    groups: BME_GROUPS_IN_ORDER.map((group) => {
      const family = wresGroupFamilies[group];
      return { group, specs: family.metrics.flatMap((metric) => specsFromCounts(family, metric, extractCounts(metric, input), settings)) };
    }),
    seniorRoles: seniorRoleSpecs(input, settings),
  };
}

function reportFromSpecs(specs: ReturnType<typeof groupSpecs>, options: EvaluateOptions): WresGroupReport {
  return {
    groups: specs.groups.map(({ group, specs: list }) => ({ group, indicators: disclose(list.map(computeIndicator), options) })),
    seniorRoles: disclose(specs.seniorRoles.map(computeIndicator), options),
  };
}

/**
 * One organisation's figures by group; null when its return does not split
 * BME staff by group. Throws `MetricInputError` when the return is invalid.
 */
export function computeWresByGroup(input: WresReturnInput, options: EvaluateOptions = {}): WresGroupReport | null {
  const issues = validateWresReturn(input);
  if (issues.length > 0) throw new MetricInputError(issues);
  if (!hasBmeGroups(input)) return null;
  return reportFromSpecs(groupSpecs(input, resolveMetricSettings(options.settings)), options);
}

/**
 * Figures by group over several organisations (England, a region): the raw
 * counts of the returns that split BME by group are summed, then computed
 * once. Give only such returns (`hasBmeGroups`); inputs must be valid.
 * Release to a reader with `releaseAggregate` and `tallyWresGroupContributors`.
 */
export function benchmarkWresByGroup(returns: readonly WresReturnInput[], options: EvaluateOptions = {}): WresGroupReport {
  if (returns.some((input) => !hasBmeGroups(input))) {
    throw new MetricInputError([{ path: "", message: "every return of a benchmark by group must split BME staff by group" }]);
  }
  return reportFromSpecs(groupSpecs(sumWresReturnsWithGroups(returns), resolveMetricSettings(options.settings)), options);
}

// ---- contributors ------------------------------------------------------------

/** Key of a group figure's counts in the contributor layout: `ASIAN/WRES2`; senior-roles codes as they are. */
export const groupCountKey = (group: BmeGroup, code: string) => `${group}/${code}`;

const ZERO_GROUPS = { asian: 0, black: 0, mixed: 0, other: 0 };
const ZERO_SPLIT = { white: 0, bme: 0, bmeGroups: ZERO_GROUPS };
const ZERO_SURVEY = {
  white: { respondents: 0, yes: 0 },
  bme: { respondents: 0, yes: 0 },
  bmeGroups: { asian: { respondents: 0, yes: 0 }, black: { respondents: 0, yes: 0 }, mixed: { respondents: 0, yes: 0 }, other: { respondents: 0, yes: 0 } },
};
const ZERO_RETURN: WresReturnInput = {
  year: 2020,
  workforce: [],
  shortlisting: { shortlisted: ZERO_SPLIT, appointed: ZERO_SPLIT },
  disciplinary: { entering: ZERO_SPLIT, headcount: ZERO_SPLIT },
  training: { accessed: ZERO_SPLIT, headcount: ZERO_SPLIT },
  survey: { harassmentFromPublic: ZERO_SURVEY, harassmentFromStaff: ZERO_SURVEY, equalOpportunities: ZERO_SURVEY, discrimination: ZERO_SURVEY },
  board: ZERO_SPLIT,
};

function keyedSpecs(input: WresReturnInput, settings: MetricSettings): Array<{ key: string; counts: IndicatorSpec["counts"] }> {
  const specs = groupSpecs(input, settings);
  return [
    ...specs.groups.flatMap(({ group, specs: list }) => list.map((spec) => ({ key: groupCountKey(group, spec.code), counts: spec.counts }))),
    ...specs.seniorRoles.map((spec) => ({ key: spec.code, counts: spec.counts })),
  ];
}

let layout: CountLayout | null = null;

/** Every named count of the group figures (of an all-zero return, which lists every row), keyed by `groupCountKey`. */
export function wresGroupCountLayout(): CountLayout {
  layout ??= new CountLayout({
    indicators: keyedSpecs(ZERO_RETURN, resolveMetricSettings()).map(({ key, counts }) => ({ code: key, counts }) as unknown as IndicatorResult),
  });
  return layout;
}

/** Per named count of the group figures, how many of the returns have it above 0 (their counts, never statistics). */
export function tallyWresGroupContributors(returns: Iterable<WresReturnInput>): ContributorTally {
  const countLayout = wresGroupCountLayout();
  const settings = resolveMetricSettings();
  const counts = new Int32Array(countLayout.size);
  let organisations = 0;
  for (const input of returns) {
    for (const { key, counts: named } of keyedSpecs(input, settings)) {
      for (const [name, value] of Object.entries(named)) {
        if (value === null || value <= 0) continue;
        const offset = countLayout.offset(key, name);
        if (offset !== undefined) counts[offset] += 1;
      }
    }
    organisations += 1;
  }
  return { organisations, counts };
}

/** A group's `ContributorLookup` (by WRES code) over a lookup of the group layout. */
export function groupContributorLookup(lookup: ContributorLookup, group: BmeGroup | null): ContributorLookup {
  return group === null ? lookup : (code, name) => lookup(groupCountKey(group, code), name);
}
