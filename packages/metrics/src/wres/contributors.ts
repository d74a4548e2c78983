import { WorkforceCategory, wresGradesFor } from "@ascent/domain";
import type { ContributorTally } from "../aggregate";
import { CountLayout, emptyTally } from "../aggregate";
import { evaluateFamily } from "../evaluate";
import { wresFamily } from "./family";
import { type EthnicCounts, surveyYesCount, SURVEY_KEYS, type WresReturnInput } from "./input";

const SURVEY_CODES = { harassmentFromPublic: "WRES5", harassmentFromStaff: "WRES6", equalOpportunities: "WRES7", discrimination: "WRES8" } as const;

const ZERO_COUNTS = { white: 0, bme: 0 };
const ZERO_SURVEY = { white: { respondents: 0, yes: 0 }, bme: { respondents: 0, yes: 0 } };

/** Offsets of a headcount's four counts (and, for rows, the comparator's two). */
interface GroupOffsets {
  reference: number;
  focus: number;
  unknown: number;
  total: number;
}
interface Offsets {
  layout: CountLayout;
  whole: GroupOffsets;
  rows: Map<string, GroupOffsets>;
  categories: Map<WorkforceCategory, GroupOffsets>;
  /** Every comparatorFocus and comparatorTotal (the whole workforce's). */
  comparatorFocus: number[];
  comparatorTotal: number[];
  rates: Array<{ code: "WRES2" | "WRES3" | "WRES4"; offsets: number[] }>;
  survey: Array<{ key: (typeof SURVEY_KEYS)[number]; gap: number[]; white: number[]; bme: number[] }>;
  board: GroupOffsets;
}

let offsets: Offsets | null = null;

/** Every named count of a WRES report, in report order (from the report of an all-zero return, which lists every row). */
export function wresCountLayout(): CountLayout {
  return wresOffsets().layout;
}

/** Where each count goes, worked out once: the flags are computed for every organisation on every benchmark read. */
function wresOffsets(): Offsets {
  if (offsets) return offsets;
  const layout = new CountLayout(
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
  const at = (code: string, name: string) => {
    const offset = layout.offset(code, name);
    if (offset === undefined) throw new Error(`internal: the WRES report has no count ${code} ${name}`);
    return offset;
  };
  const group = (code: string): GroupOffsets => ({ reference: at(code, "reference"), focus: at(code, "focus"), unknown: at(code, "unknown"), total: at(code, "total") });
  const rows = new Map<string, GroupOffsets>();
  const categories = new Map<WorkforceCategory, GroupOffsets>();
  const comparatorCodes: string[] = ["WRES9"];
  for (const category of Object.values(WorkforceCategory)) {
    categories.set(category, group(`WRES1.${category}`));
    comparatorCodes.push(`WRES1.${category}`);
    for (const grade of wresGradesFor(category)) {
      rows.set(`${category}.${grade}`, group(`WRES1.${category}.${grade}`));
      comparatorCodes.push(`WRES1.${category}.${grade}`);
    }
  }
  const rateNames = ["referenceEvents", "referenceTotal", "focusEvents", "focusTotal", "unknownEvents", "unknownTotal"];
  offsets = {
    layout,
    whole: group("WRES1"),
    rows,
    categories,
    comparatorFocus: comparatorCodes.map((code) => at(code, "comparatorFocus")),
    comparatorTotal: comparatorCodes.map((code) => at(code, "comparatorTotal")),
    rates: (["WRES2", "WRES3", "WRES4"] as const).map((code) => ({ code, offsets: rateNames.map((name) => at(code, name)) })),
    survey: SURVEY_KEYS.map((key) => {
      const code = SURVEY_CODES[key];
      return {
        key,
        gap: ["referenceEvents", "referenceTotal", "focusEvents", "focusTotal"].map((name) => at(code, name)),
        white: [at(`${code}.WHITE`, "events"), at(`${code}.WHITE`, "total")],
        bme: [at(`${code}.BME`, "events"), at(`${code}.BME`, "total")],
      };
    }),
    board: group("WRES9"),
  };
  return offsets;
}

/**
 * Adds one return's contributor flags to `counts`: 1 for every named count of
 * its WRES report that is above 0. Mirrors `wresFamily`'s counts without
 * computing any statistics (a property test checks it against `computeWres`).
 */
function addFlags(input: WresReturnInput, counts: Int32Array, o: Offsets): void {
  const flag = (offset: number, value: number) => {
    if (value > 0) counts[offset] += 1;
  };
  const groups = (g: GroupOffsets, white: number, bme: number, unknown: number) => {
    flag(g.reference, white);
    flag(g.focus, bme);
    flag(g.unknown, unknown);
    flag(g.total, white + bme + unknown);
  };
  let wholeWhite = 0;
  let wholeBme = 0;
  let wholeUnknown = 0;
  const byCategory = new Map<WorkforceCategory, [number, number, number]>();
  for (const row of input.workforce) {
    const unknown = row.unknown ?? 0;
    const rowOffsets = o.rows.get(`${row.category}.${row.grade}`);
    if (rowOffsets) groups(rowOffsets, row.white, row.bme, unknown);
    const sums = byCategory.get(row.category) ?? [0, 0, 0];
    sums[0] += row.white;
    sums[1] += row.bme;
    sums[2] += unknown;
    byCategory.set(row.category, sums);
    wholeWhite += row.white;
    wholeBme += row.bme;
    wholeUnknown += unknown;
  }
  groups(o.whole, wholeWhite, wholeBme, wholeUnknown);
  for (const [category, [white, bme, unknown]] of byCategory) {
    const categoryOffsets = o.categories.get(category);
    if (categoryOffsets) groups(categoryOffsets, white, bme, unknown);
  }
  // Every row's parity is judged against the whole workforce, rows without staff included.
  if (wholeBme > 0) for (const offset of o.comparatorFocus) counts[offset] += 1;
  if (wholeWhite + wholeBme + wholeUnknown > 0) for (const offset of o.comparatorTotal) counts[offset] += 1;
  const pairs: Record<"WRES2" | "WRES3" | "WRES4", [EthnicCounts, EthnicCounts]> = {
    WRES2: [input.shortlisting.appointed, input.shortlisting.shortlisted],
    WRES3: [input.disciplinary.entering, input.disciplinary.headcount],
    WRES4: [input.training.accessed, input.training.headcount],
  };
  for (const { code, offsets: [referenceEvents, referenceTotal, focusEvents, focusTotal, unknownEvents, unknownTotal] } of o.rates) {
    const [events, totals] = pairs[code];
    flag(referenceEvents, events.white);
    flag(referenceTotal, totals.white);
    flag(focusEvents, events.bme);
    flag(focusTotal, totals.bme);
    flag(unknownEvents, events.unknown ?? 0);
    flag(unknownTotal, totals.unknown ?? 0);
  }
  for (const { key, gap, white, bme } of o.survey) {
    const result = input.survey[key];
    const whiteYes = surveyYesCount(result.white);
    const bmeYes = surveyYesCount(result.bme);
    flag(gap[0], whiteYes);
    flag(gap[1], result.white.respondents);
    flag(gap[2], bmeYes);
    flag(gap[3], result.bme.respondents);
    flag(white[0], whiteYes);
    flag(white[1], result.white.respondents);
    flag(bme[0], bmeYes);
    flag(bme[1], result.bme.respondents);
  }
  groups(o.board, input.board.white, input.board.bme, input.board.unknown ?? 0);
}

/** One return's contributor flags (a tally of one organisation). */
export function wresContributorsOf(input: WresReturnInput): ContributorTally {
  const o = wresOffsets();
  const tally = emptyTally(o.layout);
  addFlags(input, tally.counts, o);
  return { organisations: 1, counts: tally.counts };
}

/** The contributor tally of several returns: per named count, how many of them are above 0. */
export function tallyWresContributors(returns: Iterable<WresReturnInput>): ContributorTally {
  const o = wresOffsets();
  const counts = new Int32Array(o.layout.size);
  let organisations = 0;
  for (const input of returns) {
    addFlags(input, counts, o);
    organisations += 1;
  }
  return { organisations, counts };
}
