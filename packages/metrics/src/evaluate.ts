import { type DisclosureLevel, DisclosureStatus } from "@ascent/domain";
import { computeIndicator, type IndicatorSpec } from "./compute";
import {
  type CellsByGroup,
  type HeadcountByGroup,
  type MetricDefinition,
  type MetricFamily,
  ROW_KEY_PATTERN,
  type RepresentationRow,
} from "./definitions";
import { applyDisclosureControl } from "./disclosure";
import { checkCount, type InputIssue, MetricInputError } from "./errors";
import type { Cell } from "./intervals";
import { type DisclosureSettings, type MetricSettings, resolveMetricSettings } from "./settings";
import type { IndicatorReport, IndicatorResult } from "./types";

export interface EvaluateOptions {
  /** Confidence level and parity bands; defaults in `DEFAULT_METRIC_SETTINGS`. */
  readonly settings?: Partial<MetricSettings>;
  /** When given, every result goes through `applyDisclosureControl` at this level. */
  readonly disclosure?: { readonly level: DisclosureLevel; readonly settings?: Partial<DisclosureSettings> };
}

/** The counts a definition reads from one input, before any statistics. Additive across inputs. */
export type ExtractedCounts =
  | { readonly measure: "relativeLikelihood"; readonly cells: CellsByGroup }
  | { readonly measure: "groupRates"; readonly cells: CellsByGroup }
  | { readonly measure: "representation"; readonly whole: HeadcountByGroup; readonly rows: readonly RepresentationRow[] }
  | { readonly measure: "representationGap"; readonly subset: HeadcountByGroup; readonly comparator: HeadcountByGroup };

export function extractCounts<I>(metric: MetricDefinition<I>, input: I): ExtractedCounts {
  switch (metric.measure) {
    case "relativeLikelihood":
      return { measure: metric.measure, cells: metric.cells(input) };
    case "groupRates":
      return { measure: metric.measure, cells: metric.cells(input) };
    case "representation":
      return { measure: metric.measure, whole: metric.whole(input), rows: metric.rows(input) };
    case "representationGap":
      return { measure: metric.measure, subset: metric.subset(input), comparator: metric.comparator(input) };
  }
}

function checkCell(cell: Cell, path: string, issues: InputIssue[]): void {
  const events = checkCount(cell.events, `${path}.events`, issues);
  const total = checkCount(cell.total, `${path}.total`, issues);
  if (events && total && cell.events > cell.total) {
    issues.push({ path: `${path}.events`, message: `${cell.events} is more than the total of ${cell.total}` });
  }
}

function checkHeadcount(headcount: HeadcountByGroup, path: string, issues: InputIssue[]): void {
  checkCount(headcount.reference, `${path}.reference`, issues);
  checkCount(headcount.focus, `${path}.focus`, issues);
  if (headcount.unknown !== undefined) checkCount(headcount.unknown, `${path}.unknown`, issues);
  if (headcount.others !== undefined) checkCount(headcount.others, `${path}.others`, issues);
}

/** The engine's own checks of extracted counts; paths start with the metric code. */
export function checkExtractedCounts(code: string, extracted: ExtractedCounts): InputIssue[] {
  const issues: InputIssue[] = [];
  switch (extracted.measure) {
    case "relativeLikelihood":
    case "groupRates":
      checkCell(extracted.cells.reference, `${code}.reference`, issues);
      checkCell(extracted.cells.focus, `${code}.focus`, issues);
      if (extracted.cells.unknown) checkCell(extracted.cells.unknown, `${code}.unknown`, issues);
      break;
    case "representation": {
      checkHeadcount(extracted.whole, `${code}.whole`, issues);
      const keys = new Set<string>();
      for (const row of extracted.rows) {
        if (!ROW_KEY_PATTERN.test(row.key)) issues.push({ path: `${code}.${row.key}`, message: "row key must be upper case" });
        if (keys.has(row.key)) issues.push({ path: `${code}.${row.key}`, message: "row key is used twice" });
        keys.add(row.key);
        checkHeadcount(row.headcount, `${code}.${row.key}`, issues);
      }
      break;
    }
    case "representationGap":
      checkHeadcount(extracted.subset, `${code}.subset`, issues);
      checkHeadcount(extracted.comparator, `${code}.comparator`, issues);
      break;
  }
  return issues;
}

const addCells = (a: Cell, b: Cell): Cell => ({ events: a.events + b.events, total: a.total + b.total });
const addHeadcounts = (a: HeadcountByGroup, b: HeadcountByGroup): HeadcountByGroup => ({
  reference: a.reference + b.reference,
  focus: a.focus + b.focus,
  unknown: (a.unknown ?? 0) + (b.unknown ?? 0),
  ...(a.others !== undefined || b.others !== undefined ? { others: (a.others ?? 0) + (b.others ?? 0) } : {}),
});

/** Add two extractions of the same metric: raw counts add; nothing else does. */
export function addExtractedCounts(a: ExtractedCounts, b: ExtractedCounts): ExtractedCounts {
  if (a.measure === "relativeLikelihood" || a.measure === "groupRates") {
    if (b.measure !== "relativeLikelihood" && b.measure !== "groupRates") throw new Error("internal: adding different measures");
    const unknown =
      a.cells.unknown || b.cells.unknown
        ? addCells(a.cells.unknown ?? { events: 0, total: 0 }, b.cells.unknown ?? { events: 0, total: 0 })
        : undefined;
    return {
      measure: a.measure,
      cells: {
        reference: addCells(a.cells.reference, b.cells.reference),
        focus: addCells(a.cells.focus, b.cells.focus),
        ...(unknown ? { unknown } : {}),
      },
    };
  }
  if (a.measure === "representation") {
    if (b.measure !== "representation") throw new Error("internal: adding different measures");
    const rows = new Map<string, RepresentationRow>();
    for (const row of [...a.rows, ...b.rows]) {
      const seen = rows.get(row.key);
      rows.set(row.key, seen ? { ...seen, headcount: addHeadcounts(seen.headcount, row.headcount) } : row);
    }
    return { measure: a.measure, whole: addHeadcounts(a.whole, b.whole), rows: [...rows.values()] };
  }
  if (b.measure !== "representationGap") throw new Error("internal: adding different measures");
  return {
    measure: a.measure,
    subset: addHeadcounts(a.subset, b.subset),
    comparator: addHeadcounts(a.comparator, b.comparator),
  };
}

function rateCounts(cells: CellsByGroup): Record<string, number> {
  return {
    referenceEvents: cells.reference.events,
    referenceTotal: cells.reference.total,
    focusEvents: cells.focus.events,
    focusTotal: cells.focus.total,
    ...(cells.unknown ? { unknownEvents: cells.unknown.events, unknownTotal: cells.unknown.total } : {}),
  };
}

function headcountCounts(headcount: HeadcountByGroup): Record<string, number> {
  const unknown = headcount.unknown ?? 0;
  if (headcount.others === undefined) {
    return { reference: headcount.reference, focus: headcount.focus, unknown, total: headcount.reference + headcount.focus + unknown };
  }
  return {
    reference: headcount.reference,
    focus: headcount.focus,
    others: headcount.others,
    unknown,
    total: headcount.reference + headcount.focus + headcount.others + unknown,
  };
}

function comparatorCounts(headcount: HeadcountByGroup): Record<string, number> {
  const whole = headcountCounts(headcount);
  return { comparatorFocus: whole.focus, comparatorTotal: whole.total };
}

/** Turn one metric's (possibly summed) counts into results. */
export function resultsFromCounts<I>(
  family: MetricFamily<I>,
  metric: MetricDefinition<I>,
  extracted: ExtractedCounts,
  settings: MetricSettings,
): IndicatorResult[] {
  return specsFromCounts(family, metric, extracted, settings).map(computeIndicator);
}

/** The results' codes, labels, counts and recipes, before any statistics (cheap: for tallying contributors). */
export function specsFromCounts<I>(
  family: MetricFamily<I>,
  metric: MetricDefinition<I>,
  extracted: ExtractedCounts,
  settings: MetricSettings,
): IndicatorSpec[] {
  const common = { metricCode: metric.code, familyId: family.id, disclosure: DisclosureStatus.RAW };
  const { confidenceLevel, ratioParityBand, differenceParityBand } = settings;
  const specs: IndicatorSpec[] = [];
  switch (extracted.measure) {
    case "relativeLikelihood": {
      if (metric.measure !== "relativeLikelihood") throw new Error("internal: measure mismatch");
      specs.push({
        ...common,
        code: metric.code,
        label: metric.label,
        counts: rateCounts(extracted.cells),
        basis: { type: "relativeLikelihood", numerator: metric.numerator, outcome: metric.outcome },
        method: { confidenceLevel, parityBand: ratioParityBand },
      });
      break;
    }
    case "groupRates": {
      if (metric.measure !== "groupRates") throw new Error("internal: measure mismatch");
      const { cells } = extracted;
      specs.push({
        ...common,
        code: metric.code,
        label: metric.label,
        counts: rateCounts(cells),
        basis: { type: "rateDifference", outcome: metric.outcome },
        method: { confidenceLevel, parityBand: differenceParityBand },
      });
      for (const side of ["reference", "focus"] as const) {
        const group = family[side];
        specs.push({
          ...common,
          code: `${metric.code}.${group.code}`,
          label: `${metric.label}: ${group.label}`,
          counts: { events: cells[side].events, total: cells[side].total },
          basis: { type: "groupRate", group: side },
          method: { confidenceLevel, parityBand: null },
        });
      }
      break;
    }
    case "representation": {
      specs.push({
        ...common,
        code: metric.code,
        label: metric.label,
        counts: headcountCounts(extracted.whole),
        basis: { type: "share" },
        method: { confidenceLevel, parityBand: null },
      });
      for (const row of extracted.rows) {
        specs.push({
          ...common,
          code: `${metric.code}.${row.key}`,
          label: row.label,
          counts: { ...headcountCounts(row.headcount), ...comparatorCounts(extracted.whole) },
          basis: { type: "share" },
          method: { confidenceLevel, parityBand: ratioParityBand },
        });
      }
      break;
    }
    case "representationGap": {
      specs.push({
        ...common,
        code: metric.code,
        label: metric.label,
        counts: { ...headcountCounts(extracted.subset), ...comparatorCounts(extracted.comparator) },
        basis: { type: "shareDifference" },
        method: { confidenceLevel, parityBand: differenceParityBand },
      });
      break;
    }
  }
  return specs;
}

/** Run the family's own checks and the engine's; returns every problem found. */
export function validateFamilyInput<I>(family: MetricFamily<I>, input: I): InputIssue[] {
  const issues = [...(family.validate?.(input) ?? [])];
  if (issues.length > 0) return issues; // the extractors may not cope with input the family rejects
  for (const metric of family.metrics) issues.push(...checkExtractedCounts(metric.code, extractCounts(metric, input)));
  return issues;
}

export function disclose(results: IndicatorResult[], options: EvaluateOptions): IndicatorResult[] {
  const { disclosure } = options;
  if (!disclosure) return results;
  return results.map((result) => applyDisclosureControl(result, disclosure.settings ?? {}, disclosure.level));
}

/**
 * Compute every metric of a family for one input (one organisation's return).
 * Throws `MetricInputError` when the input fails validation.
 */
export function evaluateFamily<I>(
  family: MetricFamily<I>,
  input: I,
  options: EvaluateOptions = {},
): IndicatorReport {
  const settings = resolveMetricSettings(options.settings);
  const issues = validateFamilyInput(family, input);
  if (issues.length > 0) throw new MetricInputError(issues);
  const results = family.metrics.flatMap((metric) =>
    resultsFromCounts(family, metric, extractCounts(metric, input), settings),
  );
  return {
    familyId: family.id,
    reference: family.reference,
    focus: family.focus,
    returns: 1,
    indicators: disclose(results, options),
  };
}
