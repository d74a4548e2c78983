import { WorkforceCategory, wresGradesFor } from "@ascent/domain";
import { type ContributorTally, CountLayout, emptyTally, sumTallies } from "../aggregate";
import { evaluateFamily } from "../evaluate";
import { wresFamily } from "./family";
import { type EthnicCounts, surveyYesCount, SURVEY_KEYS, type WresReturnInput } from "./input";

const SURVEY_CODES = { harassmentFromPublic: "WRES5", harassmentFromStaff: "WRES6", equalOpportunities: "WRES7", discrimination: "WRES8" } as const;

const ZERO_COUNTS = { white: 0, bme: 0 };
const ZERO_SURVEY = { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } };

let layout: CountLayout | null = null;

/** Every named count of a WRES report, in report order (from the report of an all-zero return, which lists every row). */
export function wresCountLayout(): CountLayout {
  layout ??= new CountLayout(
    evaluateFamily(wresFamily, {
      year: 2020,
      workforce: [],
      shortlisting: { shortlisted: ZERO_COUNTS, appointed: ZERO_COUNTS },
      disciplinary: { entering: ZERO_COUNTS, headcount: ZERO_COUNTS },
      training: { accessed: ZERO_COUNTS, headcount: ZERO_COUNTS },
      survey: { harassmentFromPublic: ZERO_SURVEY, harassmentFromStaff: ZERO_SURVEY, equalOpportunities: ZERO_SURVEY, discrimination: ZERO_SURVEY },
      board: ZERO_COUNTS,
    }),
  );
  return layout;
}

interface Headcount {
  white: number;
  bme: number;
  unknown: number;
}
const headcountOf = (counts: EthnicCounts): Headcount => ({ white: counts.white, bme: counts.bme, unknown: counts.unknown ?? 0 });

/**
 * One return's contributor flags: 1 for every named count of its WRES report
 * that is above 0. Mirrors `wresFamily`'s counts without computing any
 * statistics (a property test checks it against `computeWres`), because a
 * benchmark tallies this for every organisation on every read.
 */
export function wresContributorsOf(input: WresReturnInput): ContributorTally {
  const l = wresCountLayout();
  const tally = emptyTally(l);
  const flags = tally.counts;
  const set = (code: string, name: string, value: number) => {
    if (value > 0) flags[l.offset(code, name) as number] = 1;
  };
  const setGroups = (code: string, h: Headcount) => {
    set(code, "reference", h.white);
    set(code, "focus", h.bme);
    set(code, "unknown", h.unknown);
    set(code, "total", h.white + h.bme + h.unknown);
  };
  const whole: Headcount = { white: 0, bme: 0, unknown: 0 };
  const byCategory = new Map<WorkforceCategory, Headcount>();
  for (const row of input.workforce) {
    const h = headcountOf(row);
    setGroups(`WRES1.${row.category}.${row.grade}`, h);
    const category = byCategory.get(row.category) ?? { white: 0, bme: 0, unknown: 0 };
    category.white += h.white;
    category.bme += h.bme;
    category.unknown += h.unknown;
    byCategory.set(row.category, category);
    whole.white += h.white;
    whole.bme += h.bme;
    whole.unknown += h.unknown;
  }
  setGroups("WRES1", whole);
  const wholeTotal = whole.white + whole.bme + whole.unknown;
  const setComparator = (code: string) => {
    set(code, "comparatorFocus", whole.bme);
    set(code, "comparatorTotal", wholeTotal);
  };
  for (const category of Object.values(WorkforceCategory)) {
    const h = byCategory.get(category);
    if (h) setGroups(`WRES1.${category}`, h);
    setComparator(`WRES1.${category}`);
    for (const grade of wresGradesFor(category)) setComparator(`WRES1.${category}.${grade}`);
  }
  const rates = (code: string, events: EthnicCounts, totals: EthnicCounts) => {
    set(code, "referenceEvents", events.white);
    set(code, "referenceTotal", totals.white);
    set(code, "focusEvents", events.bme);
    set(code, "focusTotal", totals.bme);
    set(code, "unknownEvents", events.unknown ?? 0);
    set(code, "unknownTotal", totals.unknown ?? 0);
  };
  rates("WRES2", input.shortlisting.appointed, input.shortlisting.shortlisted);
  rates("WRES3", input.disciplinary.entering, input.disciplinary.headcount);
  rates("WRES4", input.training.accessed, input.training.headcount);
  for (const key of SURVEY_KEYS) {
    const code = SURVEY_CODES[key];
    const { white, bme } = input.survey[key];
    const whiteYes = surveyYesCount(white);
    const bmeYes = surveyYesCount(bme);
    set(code, "referenceEvents", whiteYes);
    set(code, "referenceTotal", white.respondents);
    set(code, "focusEvents", bmeYes);
    set(code, "focusTotal", bme.respondents);
    set(`${code}.WHITE`, "events", whiteYes);
    set(`${code}.WHITE`, "total", white.respondents);
    set(`${code}.BME`, "events", bmeYes);
    set(`${code}.BME`, "total", bme.respondents);
  }
  setGroups("WRES9", headcountOf(input.board));
  setComparator("WRES9");
  return { organisations: 1, counts: flags };
}

/** The contributor tally of several returns: per named count, how many of them are above 0. */
export function tallyWresContributors(returns: readonly WresReturnInput[]): ContributorTally {
  return sumTallies(wresCountLayout(), returns.map(wresContributorsOf));
}
