import {
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
  type RepresentationRow,
} from "../definitions";
import type { Outcome } from "../types";
import {
  type EthnicCounts,
  type SurveyComparison,
  surveyYesCount,
  validateWresReturn,
  type WresReturnInput,
} from "./input";

const headcount = (counts: EthnicCounts): HeadcountByGroup => ({
  reference: counts.white,
  focus: counts.bme,
  unknown: counts.unknown ?? 0,
});

const cells = (events: EthnicCounts, totals: EthnicCounts): CellsByGroup => ({
  reference: { events: events.white, total: totals.white },
  focus: { events: events.bme, total: totals.bme },
  unknown: { events: events.unknown ?? 0, total: totals.unknown ?? 0 },
});

const surveyCells = (survey: SurveyComparison): CellsByGroup => ({
  reference: { events: surveyYesCount(survey.white), total: survey.white.respondents },
  focus: { events: surveyYesCount(survey.bme), total: survey.bme.respondents },
});

/** The whole workforce: the sum of the indicator 1 rows. */
export function wholeWorkforce(input: WresReturnInput): HeadcountByGroup {
  let reference = 0;
  let focus = 0;
  let unknown = 0;
  for (const row of input.workforce) {
    reference += row.white;
    focus += row.bme;
    unknown += row.unknown ?? 0;
  }
  return { reference, focus, unknown };
}

/**
 * Indicator 1 rows: for each category a subtotal (`CLINICAL`) and every grade
 * (`CLINICAL.BAND_5`, `CLINICAL.CONSULTANT`), zero rows included so every
 * report has the same rows.
 */
function workforceRows(input: WresReturnInput): RepresentationRow[] {
  const rows: RepresentationRow[] = [];
  for (const category of Object.values(WorkforceCategory)) {
    const inCategory = input.workforce.filter((row) => row.category === category);
    const sum = (rowsToAdd: readonly EthnicCounts[]): HeadcountByGroup => ({
      reference: rowsToAdd.reduce((total, row) => total + row.white, 0),
      focus: rowsToAdd.reduce((total, row) => total + row.bme, 0),
      unknown: rowsToAdd.reduce((total, row) => total + (row.unknown ?? 0), 0),
    });
    rows.push({ key: category, label: `${workforceCategoryLabels[category]} staff`, headcount: sum(inCategory) });
    for (const grade of wresGradesFor(category)) {
      rows.push({
        key: `${category}.${grade}`,
        label: `${workforceCategoryLabels[category]}: ${wresGradeLabels[grade]}`,
        headcount: sum(inCategory.filter((row) => row.grade === grade)),
      });
    }
  }
  return rows;
}

const survey = (
  code: WresIndicatorCode,
  key: keyof WresReturnInput["survey"],
  outcome: Outcome,
): GroupRatesMetric<WresReturnInput> => ({
  code,
  label: wresIndicatorLabels[code],
  measure: "groupRates",
  outcome,
  cells: (input) => surveyCells(input.survey[key]),
});

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
  metrics: [
    {
      code: WresIndicatorCode.WRES1,
      label: wresIndicatorLabels[WresIndicatorCode.WRES1],
      description:
        "BME share of staff in each band and grade (unknowns in the denominator, as published), " +
        "with parity judged on the share divided by the BME share of the whole workforce.",
      measure: "representation",
      whole: wholeWorkforce,
      rows: workforceRows,
    },
    {
      code: WresIndicatorCode.WRES2,
      label: wresIndicatorLabels[WresIndicatorCode.WRES2],
      description: "(white appointed / white shortlisted) ÷ (BME appointed / BME shortlisted); above 1 favours white applicants.",
      measure: "relativeLikelihood",
      numerator: "reference",
      outcome: "favourable",
      cells: (input) => cells(input.shortlisting.appointed, input.shortlisting.shortlisted),
    },
    {
      code: WresIndicatorCode.WRES3,
      label: wresIndicatorLabels[WresIndicatorCode.WRES3],
      description: "(BME entering / BME headcount) ÷ (white entering / white headcount); above 1 is adverse for BME staff.",
      measure: "relativeLikelihood",
      numerator: "focus",
      outcome: "adverse",
      cells: (input) => cells(input.disciplinary.entering, input.disciplinary.headcount),
    },
    {
      code: WresIndicatorCode.WRES4,
      label: wresIndicatorLabels[WresIndicatorCode.WRES4],
      description: "(white accessing / white headcount) ÷ (BME accessing / BME headcount); below 1 means white staff are less likely.",
      measure: "relativeLikelihood",
      numerator: "reference",
      outcome: "favourable",
      cells: (input) => cells(input.training.accessed, input.training.headcount),
    },
    survey(WresIndicatorCode.WRES5, "harassmentFromPublic", "adverse"),
    survey(WresIndicatorCode.WRES6, "harassmentFromStaff", "adverse"),
    survey(WresIndicatorCode.WRES7, "equalOpportunities", "favourable"),
    survey(WresIndicatorCode.WRES8, "discrimination", "adverse"),
    {
      code: WresIndicatorCode.WRES9,
      label: wresIndicatorLabels[WresIndicatorCode.WRES9],
      description: "BME share of board voting members minus BME share of the whole workforce; 0 is parity, below 0 under-representation.",
      measure: "representationGap",
      subset: (input) => headcount(input.board),
      comparator: wholeWorkforce,
    },
  ],
});
