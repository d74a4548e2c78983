import { DisclosureLevel, DisclosureStatus, SelectionGroup } from "@ascent/domain";
import { computeIndicator } from "../compute";
import { defineMetricFamily } from "../definitions";
import { applyDisclosureControl, controlCount } from "../disclosure";
import { checkCount, type InputIssue, MetricInputError } from "../errors";
import { evaluateFamily } from "../evaluate";
import { type DisclosureSettings, type MetricSettings, resolveDisclosureSettings } from "../settings";
import type { IndicatorResult } from "../types";

/**
 * Fair selection: the WRES indicator 2 method applied to a programme's own
 * selection. Input is counted from applications and the applicants' optional
 * monitoring answers; the result leaves only through `releaseSelection`.
 */

export type SelectionCounts = Readonly<Record<SelectionGroup, number>>;

export interface SelectionInput {
  /** Eligible applications (ineligible ones are never in selection). */
  readonly applicants: SelectionCounts;
  /** Of those, the ones ever offered a place. */
  readonly offered: SelectionCounts;
  /** Of those, the ones who accepted. */
  readonly accepted: SelectionCounts;
}

export const SELECTION_STAGES = ["applicants", "offered", "accepted"] as const;
export type SelectionStage = (typeof SELECTION_STAGES)[number];
export const SELECTION_GROUPS: readonly SelectionGroup[] = Object.values(SelectionGroup);

export function validateSelection(input: SelectionInput): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const stage of SELECTION_STAGES) for (const group of SELECTION_GROUPS) checkCount(input[stage][group], `${stage}.${group}`, issues);
  if (issues.length > 0) return issues;
  for (const group of SELECTION_GROUPS) {
    if (input.offered[group] > input.applicants[group]) issues.push({ path: `offered.${group}`, message: `${input.offered[group]} is more than the ${input.applicants[group]} applicants` });
    if (input.accepted[group] > input.offered[group]) issues.push({ path: `accepted.${group}`, message: `${input.accepted[group]} is more than the ${input.offered[group]} offered` });
  }
  return issues;
}

export const selectionFamily = defineMetricFamily<SelectionInput, "SELECTION">({
  id: "SELECTION",
  label: "Fair selection",
  reference: { code: "WHITE", label: "White" },
  focus: { code: "BME", label: "Black, Asian and minority ethnic" },
  validate: validateSelection,
  metrics: [
    {
      code: "SELECTION_OFFER",
      label: "Relative likelihood of white applicants being offered a place compared with BME applicants",
      measure: "relativeLikelihood",
      numerator: "reference",
      outcome: "favourable",
      // Not stated and no form stay out of the ratio (as WRES leaves out unknowns); the table shows them.
      cells: (input) => ({
        reference: { events: input.offered.WHITE, total: input.applicants.WHITE },
        focus: { events: input.offered.BME, total: input.applicants.BME },
      }),
    },
  ],
});

export type ReleasedCounts = Readonly<Record<SelectionGroup, number | null>>;

export interface ReleasedSelection {
  /** Always CONTROLLED: nobody owns applicants' monitoring answers, administrators included. */
  readonly disclosure: DisclosureStatus;
  /**
   * True when a set of people the reader can name (a stage, those not
   * offered, those offered who did not accept) has everyone in one group:
   * the reader knows who is in each set (they see every application), so
   * showing it would tell them each person's group. Every count and the
   * ratio are then null.
   */
  readonly withheld: boolean;
  readonly applicants: ReleasedCounts;
  readonly offered: ReleasedCounts;
  readonly accepted: ReleasedCounts;
  /** SELECTION_OFFER, recomputed from the released counts (value null when an input is suppressed). */
  readonly offerLikelihood: IndicatorResult;
}

/**
 * The sets of people a reader can list by name: each stage, and the
 * differences between stages (not offered; offered but not accepted).
 */
function nameableSets(input: SelectionInput): SelectionCounts[] {
  const minus = (a: SelectionCounts, b: SelectionCounts) =>
    Object.fromEntries(SELECTION_GROUPS.map((group) => [group, a[group] - b[group]])) as Record<SelectionGroup, number>;
  return [input.applicants, input.offered, input.accepted, minus(input.applicants, input.offered), minus(input.offered, input.accepted)];
}

/** True when some set of people the reader can name has everyone in one group. */
export function hasSingleGroupSet(input: SelectionInput): boolean {
  return nameableSets(input).some((set) => SELECTION_GROUPS.filter((group) => set[group] > 0).length === 1);
}

const nothing = (): ReleasedCounts => Object.fromEntries(SELECTION_GROUPS.map((group) => [group, null])) as Record<SelectionGroup, null>;

/**
 * The only way fair-selection figures leave: every count through
 * `controlCount` (0 stays 0, 1 to 7 suppressed, others rounded to 5), the
 * relative likelihood recomputed from those counts by `applyDisclosureControl`,
 * and the whole table withheld when a set of people the reader can name has
 * everyone in one group.
 * Throws `MetricInputError` on inconsistent counts.
 */
export function releaseSelection(
  input: SelectionInput,
  options: { settings?: Partial<MetricSettings>; disclosure?: Partial<DisclosureSettings> } = {},
): ReleasedSelection {
  const disclosure = resolveDisclosureSettings(options.disclosure);
  const [raw] = evaluateFamily(selectionFamily, input, { settings: options.settings }).indicators;
  if (hasSingleGroupSet(input)) {
    const counts = Object.fromEntries(Object.keys(raw.counts).map((name) => [name, null]));
    const offerLikelihood = computeIndicator({ ...raw, counts, disclosure: DisclosureStatus.CONTROLLED });
    return { disclosure: DisclosureStatus.CONTROLLED, withheld: true, applicants: nothing(), offered: nothing(), accepted: nothing(), offerLikelihood };
  }
  const control = (counts: SelectionCounts): ReleasedCounts =>
    Object.fromEntries(SELECTION_GROUPS.map((group) => [group, controlCount(counts[group], disclosure)])) as Record<SelectionGroup, number | null>;
  return {
    disclosure: DisclosureStatus.CONTROLLED,
    withheld: false,
    applicants: control(input.applicants),
    offered: control(input.offered),
    accepted: control(input.accepted),
    offerLikelihood: applyDisclosureControl(raw, disclosure, DisclosureLevel.SUBNATIONAL),
  };
}


const sumCounts = (a: SelectionCounts, b: SelectionCounts): SelectionCounts =>
  Object.fromEntries(SELECTION_GROUPS.map((group) => [group, a[group] + b[group]])) as Record<SelectionGroup, number>;

const EMPTY_COUNTS: SelectionCounts = Object.fromEntries(SELECTION_GROUPS.map((group) => [group, 0])) as Record<SelectionGroup, number>;

export interface ReleasedSelectionAggregate extends ReleasedSelection {
  /** Parts (cohorts) whose counts are in the figures. */
  readonly partsIncluded: number;
  /** Parts left out because their own figures are withheld. */
  readonly partsLeftOut: number;
}

/**
 * A programme's figures over its cohorts, each of which is also released on
 * its own. A cohort whose own figures are withheld is left out of the sum:
 * otherwise the programme minus the cohorts shown would give the withheld
 * cohort's counts back (exactly where they are 0), and with them whatever
 * made it withheld, such as every offer going to one group.
 */
export function releaseSelectionAggregate(
  parts: readonly SelectionInput[],
  options: { settings?: Partial<MetricSettings>; disclosure?: Partial<DisclosureSettings> } = {},
): ReleasedSelectionAggregate {
  for (const part of parts) validateOrThrow(part);
  const included = parts.filter((part) => !hasSingleGroupSet(part));
  const sum = included.reduce<SelectionInput>(
    (total, part) => ({
      applicants: sumCounts(total.applicants, part.applicants),
      offered: sumCounts(total.offered, part.offered),
      accepted: sumCounts(total.accepted, part.accepted),
    }),
    { applicants: EMPTY_COUNTS, offered: EMPTY_COUNTS, accepted: EMPTY_COUNTS },
  );
  return { ...releaseSelection(sum, options), partsIncluded: included.length, partsLeftOut: parts.length - included.length };
}

function validateOrThrow(input: SelectionInput): void {
  const issues = validateSelection(input);
  if (issues.length > 0) throw new MetricInputError(issues);
}
