import type { Cell } from "./intervals";
import type { InputIssue } from "./errors";
import type { GroupDefinition, GroupSide, Outcome } from "./types";

/**
 * Metric definitions: what a family declares. A definition says which
 * measure it is and how to read its counts from the family's input; the
 * engine does all the statistics, disclosure control and benchmarking.
 */

/** Events and totals for each group, e.g. appointed out of shortlisted. */
export interface CellsByGroup {
  readonly reference: Cell;
  readonly focus: Cell;
  /** People whose group is unknown: reported, never in the ratio. */
  readonly unknown?: Cell;
}

/** Headcount of each group, e.g. staff in band 8a. */
export interface HeadcountByGroup {
  readonly reference: number;
  readonly focus: number;
  /** Unknown or not stated; counted in the total of a representation share. Default 0. */
  readonly unknown?: number;
  /**
   * People in neither group nor unknown, when the focus is one of several
   * groups (Black staff, compared with white staff: the other minority
   * groups). Counted in the total of a share, named `others`; never in a ratio.
   */
  readonly others?: number;
}

export interface RepresentationRow {
  /** Upper-case key, dotted for nesting: `NON_CLINICAL.BAND_8A` gives code `WRES1.NON_CLINICAL.BAND_8A`. */
  readonly key: string;
  readonly label: string;
  readonly headcount: HeadcountByGroup;
}

interface MetricBase {
  /** Upper-case code, unique across the registry: `WRES2`, `WDES3`. */
  readonly code: string;
  readonly label: string;
  readonly description?: string;
}

/**
 * A relative likelihood: (numerator group's rate) ÷ (the other group's rate).
 * WRES2: numerator `reference` (white), outcome `favourable` (appointment).
 * WRES3: numerator `focus` (BME), outcome `adverse` (disciplinary).
 * One result, code = metric code.
 */
export interface RelativeLikelihoodMetric<I> extends MetricBase {
  readonly measure: "relativeLikelihood";
  readonly numerator: GroupSide;
  readonly outcome: Outcome;
  readonly cells: (input: I) => CellsByGroup;
}

/**
 * Two groups' rates (e.g. Staff Survey percentages, WRES5-8): three results,
 * the difference focus − reference (code = metric code) and each group's
 * proportion (`<code>.<group code>`, e.g. `WRES5.WHITE`, `WRES5.BME`).
 */
export interface GroupRatesMetric<I> extends MetricBase {
  readonly measure: "groupRates";
  readonly outcome: Outcome;
  readonly cells: (input: I) => CellsByGroup;
}

/**
 * Representation (WRES1): the focus group's share of each row's headcount,
 * compared with its share of the whole. Results: the whole (code = metric
 * code, no parity) and each row (`<code>.<row key>`).
 */
export interface RepresentationMetric<I> extends MetricBase {
  readonly measure: "representation";
  readonly whole: (input: I) => HeadcountByGroup;
  readonly rows: (input: I) => readonly RepresentationRow[];
}

/**
 * Representation gap (WRES9): the focus group's share of a subset (the
 * board) minus its share of a comparator (the workforce). One result.
 */
export interface RepresentationGapMetric<I> extends MetricBase {
  readonly measure: "representationGap";
  readonly subset: (input: I) => HeadcountByGroup;
  readonly comparator: (input: I) => HeadcountByGroup;
}

export type MetricDefinition<I> =
  | RelativeLikelihoodMetric<I>
  | GroupRatesMetric<I>
  | RepresentationMetric<I>
  | RepresentationGapMetric<I>;

export type MetricMeasure = MetricDefinition<unknown>["measure"];

/** A family of metrics over one input type, e.g. WRES over a `WresReturnInput`. */
export interface MetricFamily<I, Id extends string = string> {
  /** Upper-case id: `WRES`, `WDES`. */
  readonly id: Id;
  readonly label: string;
  readonly description?: string;
  readonly reference: GroupDefinition;
  readonly focus: GroupDefinition;
  readonly metrics: readonly MetricDefinition<I>[];
  /**
   * Optional checks of the raw input, with paths in the input's own terms.
   * The engine also checks every count it reads (whole, not negative, events
   * within totals) whether or not this is given.
   */
  readonly validate?: (input: I) => readonly InputIssue[];
}

/** Any family, whatever its input (for registries and lists). */
export type AnyMetricFamily = MetricFamily<never>;

/** The input type of a family. */
export type InputOf<F> = F extends MetricFamily<infer I, string> ? I : never;

export const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
export const ROW_KEY_PATTERN = /^[A-Z0-9_]+(\.[A-Z0-9_]+)*$/;

/**
 * Declare a family. Checks codes once, at definition time: upper case,
 * unique, and group codes distinct. Returns the family unchanged (typed).
 */
export function defineMetricFamily<I, const Id extends string>(family: MetricFamily<I, Id>): MetricFamily<I, Id> {
  const problems: string[] = [];
  if (!CODE_PATTERN.test(family.id)) problems.push(`family id "${family.id}" must be upper case letters, digits, _`);
  for (const group of [family.reference, family.focus]) {
    if (!CODE_PATTERN.test(group.code)) problems.push(`group code "${group.code}" must be upper case letters, digits, _`);
  }
  if (family.reference.code === family.focus.code) problems.push(`the two groups need different codes`);
  const seen = new Set<string>();
  for (const metric of family.metrics) {
    if (!CODE_PATTERN.test(metric.code)) problems.push(`metric code "${metric.code}" must be upper case letters, digits, _`);
    if (seen.has(metric.code)) problems.push(`metric code "${metric.code}" is used twice`);
    seen.add(metric.code);
  }
  if (problems.length > 0) throw new Error(`Bad metric family ${family.id}: ${problems.join("; ")}`);
  return family;
}
