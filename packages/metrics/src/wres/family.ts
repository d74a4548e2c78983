import {
  BME_GROUPS_IN_ORDER,
  type BmeGroup,
  bmeGroupKeys,
  type BmeGroupKey,
  bmeGroupLabels,
  bmeGroupShortLabels,
  EthnicGroup,
  ethnicGroupLabels,
  WorkforceCategory,
  workforceCategoryLabels,
  WresIndicatorCode,
  wresGradeLabels,
  wresGradesFor,
  wresIndicatorLabels,
} from "@ascent/domain";
import {
  type CellsByGroup,
  defineMetricFamily,
  type GroupRatesMetric,
  type HeadcountByGroup,
  type MetricDefinition,
  type MetricFamily,
  type RepresentationRow,
} from "../definitions";
import type { Outcome } from "../types";
import {
  type EthnicCounts,
  type SurveyComparison,
  type SurveyGroupResult,
  surveyYesCount,
  validateWresReturn,
  type WresReturnInput,
} from "./input";

/**
 * How a family reads its focus group from a return: BME staff (the WRES
 * itself), or one broad group of them (`wresGroupFamily`), with the other
 * groups as `others` (in the totals of shares, never in a ratio).
 */
interface FocusReader {
  readonly count: (counts: EthnicCounts) => number;
  /** The rest of BME staff when the focus is one group; undefined for BME itself. */
  readonly others: (counts: EthnicCounts) => number | undefined;
  readonly survey: (comparison: SurveyComparison) => SurveyGroupResult;
  /** Whether rate cells carry the unknown group (the WRES report does; group figures leave it to that report). */
  readonly unknownCells: boolean;
}

const BME_READER: FocusReader = {
  count: (counts) => counts.bme,
  others: () => undefined,
  survey: (comparison) => comparison.bme,
  unknownCells: true,
};

/** A group's count; a BME count of 0 needs no split (every group is 0). */
export function groupCountOf(counts: EthnicCounts, key: BmeGroupKey): number {
  return counts.bmeGroups?.[key] ?? 0;
}

const NO_ANSWERS: SurveyGroupResult = { respondents: 0, yes: 0 };

function groupReader(key: BmeGroupKey): FocusReader {
  return {
    count: (counts) => groupCountOf(counts, key),
    others: (counts) => counts.bme - groupCountOf(counts, key),
    survey: (comparison) => comparison.bmeGroups?.[key] ?? NO_ANSWERS,
    unknownCells: false,
  };
}

function readers(focus: FocusReader) {
  const headcount = (counts: EthnicCounts): HeadcountByGroup => {
    const others = focus.others(counts);
    return { reference: counts.white, focus: focus.count(counts), unknown: counts.unknown ?? 0, ...(others === undefined ? {} : { others }) };
  };
  const cells = (events: EthnicCounts, totals: EthnicCounts): CellsByGroup => ({
    reference: { events: events.white, total: totals.white },
    focus: { events: focus.count(events), total: focus.count(totals) },
    ...(focus.unknownCells ? { unknown: { events: events.unknown ?? 0, total: totals.unknown ?? 0 } } : {}),
  });
  const surveyCells = (survey: SurveyComparison): CellsByGroup => {
    const result = focus.survey(survey);
    return {
      reference: { events: surveyYesCount(survey.white), total: survey.white.respondents },
      focus: { events: surveyYesCount(result), total: result.respondents },
    };
  };
  /** The whole workforce: the sum of the indicator 1 rows. */
  const whole = (input: WresReturnInput): HeadcountByGroup => sumHeadcounts(input.workforce.map(headcount));
  /**
   * Indicator 1 rows: for each category a subtotal (`CLINICAL`) and every grade
   * (`CLINICAL.BAND_5`, `CLINICAL.CONSULTANT`), zero rows included so every
   * report has the same rows.
   */
  const workforceRows = (input: WresReturnInput): RepresentationRow[] => {
    const rows: RepresentationRow[] = [];
    for (const category of Object.values(WorkforceCategory)) {
      const inCategory = input.workforce.filter((row) => row.category === category);
      rows.push({ key: category, label: `${workforceCategoryLabels[category]} staff`, headcount: sumHeadcounts(inCategory.map(headcount)) });
      for (const grade of wresGradesFor(category)) {
        rows.push({
          key: `${category}.${grade}`,
          label: `${workforceCategoryLabels[category]}: ${wresGradeLabels[grade]}`,
          headcount: sumHeadcounts(inCategory.filter((row) => row.grade === grade).map(headcount)),
        });
      }
    }
    return rows;
  };
  return { headcount, cells, surveyCells, whole, workforceRows };
}

function sumHeadcounts(headcounts: readonly HeadcountByGroup[]): HeadcountByGroup {
  let reference = 0;
  let focus = 0;
  let unknown = 0;
  let others: number | undefined;
  for (const h of headcounts) {
    reference += h.reference;
    focus += h.focus;
    unknown += h.unknown ?? 0;
    if (h.others !== undefined) others = (others ?? 0) + h.others;
  }
  return { reference, focus, unknown, ...(others === undefined ? {} : { others }) };
}

const BME_READERS = readers(BME_READER);

/** The whole workforce: the sum of the indicator 1 rows. */
export function wholeWorkforce(input: WresReturnInput): HeadcountByGroup {
  return BME_READERS.whole(input);
}

function metricsFor(focus: FocusReader, label: (code: WresIndicatorCode) => string): MetricDefinition<WresReturnInput>[] {
  const read = focus === BME_READER ? BME_READERS : readers(focus);
  const survey = (code: WresIndicatorCode, key: keyof WresReturnInput["survey"], outcome: Outcome): GroupRatesMetric<WresReturnInput> => ({
    code,
    label: label(code),
    measure: "groupRates",
    outcome,
    cells: (input) => read.surveyCells(input.survey[key]),
  });
  return [
    {
      code: WresIndicatorCode.WRES1,
      label: label(WresIndicatorCode.WRES1),
      description:
        "BME share of staff in each band and grade (unknowns in the denominator, as published), " +
        "with parity judged on the share divided by the BME share of the whole workforce.",
      measure: "representation",
      whole: read.whole,
      rows: read.workforceRows,
    },
    {
      code: WresIndicatorCode.WRES2,
      label: label(WresIndicatorCode.WRES2),
      description: "(white appointed / white shortlisted) ÷ (BME appointed / BME shortlisted); above 1 favours white applicants.",
      measure: "relativeLikelihood",
      numerator: "reference",
      outcome: "favourable",
      cells: (input) => read.cells(input.shortlisting.appointed, input.shortlisting.shortlisted),
    },
    {
      code: WresIndicatorCode.WRES3,
      label: label(WresIndicatorCode.WRES3),
      description: "(BME entering / BME headcount) ÷ (white entering / white headcount); above 1 is adverse for BME staff.",
      measure: "relativeLikelihood",
      numerator: "focus",
      outcome: "adverse",
      cells: (input) => read.cells(input.disciplinary.entering, input.disciplinary.headcount),
    },
    {
      code: WresIndicatorCode.WRES4,
      label: label(WresIndicatorCode.WRES4),
      description: "(white accessing / white headcount) ÷ (BME accessing / BME headcount); below 1 means white staff are less likely.",
      measure: "relativeLikelihood",
      numerator: "reference",
      outcome: "favourable",
      cells: (input) => read.cells(input.training.accessed, input.training.headcount),
    },
    survey(WresIndicatorCode.WRES5, "harassmentFromPublic", "adverse"),
    survey(WresIndicatorCode.WRES6, "harassmentFromStaff", "adverse"),
    survey(WresIndicatorCode.WRES7, "equalOpportunities", "favourable"),
    survey(WresIndicatorCode.WRES8, "discrimination", "adverse"),
    {
      code: WresIndicatorCode.WRES9,
      label: label(WresIndicatorCode.WRES9),
      description: "BME share of board voting members minus BME share of the whole workforce; 0 is parity, below 0 under-representation.",
      measure: "representationGap",
      subset: (input) => read.headcount(input.board),
      comparator: read.whole,
    },
  ];
}

/**
 * The Workforce Race Equality Standard: white staff (reference) compared with
 * Black, Asian and minority ethnic staff (focus). Groups come from raw
 * ethnicity codes through `ethnicGroupOf` (see `countEthnicGroups`).
 */
export const wresFamily = defineMetricFamily<WresReturnInput, "WRES">({
  id: "WRES",
  label: "Workforce Race Equality Standard",
  description: "Nine indicators comparing the experience of white and BME staff (NHS Standard Contract, since 2015).",
  reference: { code: EthnicGroup.WHITE, label: ethnicGroupLabels[EthnicGroup.WHITE] },
  focus: { code: EthnicGroup.BME, label: ethnicGroupLabels[EthnicGroup.BME] },
  validate: validateWresReturn,
  metrics: metricsFor(BME_READER, (code) => wresIndicatorLabels[code]),
});

/**
 * One broad group (Asian, Black, Mixed, Other) compared with white staff:
 * the same nine indicators, definitions and engine as `wresFamily`, with the
 * group as the focus and the rest of BME staff as `others` (in the totals of
 * shares, never in a ratio). Codes are the WRES codes (`WRES2`,
 * `WRES1.CLINICAL.BAND_5`), groups' own rates `WRES5.ASIAN`. No `validate`:
 * validate the return once with `validateWresReturn` first.
 */
export const wresGroupFamilies: Readonly<Record<BmeGroup, MetricFamily<WresReturnInput>>> = Object.fromEntries(
  BME_GROUPS_IN_ORDER.map((group) => {
    const short = bmeGroupShortLabels[group];
    const label = (code: WresIndicatorCode) =>
      code === WresIndicatorCode.WRES9
        ? `${short} share of board voting members minus ${short} share of the overall workforce`
        : wresIndicatorLabels[code].replace(/\bBME\b/g, short);
    return [
      group,
      defineMetricFamily<WresReturnInput, string>({
        id: `WRES_${group}`,
        label: `Workforce Race Equality Standard: ${bmeGroupLabels[group]} staff`,
        reference: { code: EthnicGroup.WHITE, label: ethnicGroupLabels[EthnicGroup.WHITE] },
        focus: { code: group, label: bmeGroupLabels[group] },
        metrics: metricsFor(groupReader(bmeGroupKeys[group]), label),
      }),
    ];
  }),
) as Record<BmeGroup, MetricFamily<WresReturnInput>>;
