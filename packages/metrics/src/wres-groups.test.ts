import { AfcBand, BmeGroup, DetailedEthnicGroup, DisclosureLevel, MedicalGrade, Parity, WorkforceCategory, WresTargetGroup } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { releaseAggregate } from "./aggregate";
import type { IndicatorResult } from "./types";
import {
  benchmarkWresByGroup,
  computeWres,
  computeWresByGroup,
  countEthnicGroupsWithSplit,
  formatWresReturnCsv,
  parseWresReturnCsv,
  WRES_CSV_TEMPLATE,
  groupContributorLookup,
  hasBmeGroups,
  seniorRoleCode,
  tallyLookup,
  tallyWresGroupContributors,
  validateWresReturn,
  wresGroupCountLayout,
  type WresReturnInput,
} from "./index";

const { CLINICAL, NON_CLINICAL } = WorkforceCategory;
const split = (asian: number, black: number, mixed: number, other: number) => ({ asian, black, mixed, other });

/**
 * A small trust that splits every BME count by group. The figures below were
 * worked out by hand (and checked with a calculator), not with the engine:
 *
 * Indicator 2, Black applicants: white 100 of 400 appointed (25%), Black 10
 * of 100 (10%): RL = 0.25 / 0.10 = 2.5; log method,
 * se = √(1/100 − 1/400 + 1/10 − 1/100) = √0.0975 = 0.31225,
 * 95% interval exp(ln 2.5 ± 1.95996 × 0.31225) = 1.3557 to 4.6103: wholly
 * above 1.25, so it favours white applicants.
 * Asian applicants: 30 of 150 (20%): RL = 1.25, interval 0.8701 to 1.7958
 * (crosses the band: inconclusive).
 *
 * Indicator 5, Black staff: 24 of 60 vs white 100 of 400: 0.40 − 0.25 = 0.15,
 * Newcombe interval 0.02727 to 0.28250 (excludes 0: adverse for Black staff).
 *
 * Senior roles, band 8a and above (8a and VSM): white 89, Asian 11, Black 3,
 * Mixed 2, Other 1, unknown 4, of 110. Black share 3/110 = 2.727%, Wilson
 * interval 0.932% to 7.713%; white 80.91%, 72.57% to 87.16%.
 */
function splitReturn(): WresReturnInput {
  return {
    year: 2024,
    workforce: [
      { category: CLINICAL, grade: AfcBand.BAND_5, white: 500, bme: 300, unknown: 20, bmeGroups: split(150, 120, 20, 10) },
      { category: NON_CLINICAL, grade: AfcBand.BAND_8A, white: 80, bme: 16, unknown: 4, bmeGroups: split(10, 3, 2, 1) },
      { category: NON_CLINICAL, grade: AfcBand.VSM, white: 9, bme: 1, unknown: 0, bmeGroups: split(1, 0, 0, 0) },
      { category: CLINICAL, grade: MedicalGrade.CONSULTANT, white: 50, bme: 0, unknown: 0 },
    ],
    shortlisting: {
      shortlisted: { white: 400, bme: 300, unknown: 10, bmeGroups: split(150, 100, 30, 20) },
      appointed: { white: 100, bme: 45, unknown: 2, bmeGroups: split(30, 10, 3, 2) },
    },
    disciplinary: {
      headcount: { white: 639, bme: 317, unknown: 24, bmeGroups: split(161, 123, 22, 11) },
      entering: { white: 6, bme: 9, unknown: 0, bmeGroups: split(3, 5, 1, 0) },
    },
    training: {
      headcount: { white: 639, bme: 317, unknown: 24, bmeGroups: split(161, 123, 22, 11) },
      accessed: { white: 300, bme: 120, unknown: 5, bmeGroups: split(70, 40, 6, 4) },
    },
    survey: {
      harassmentFromPublic: {
        white: { respondents: 400, yes: 100 },
        bme: { respondents: 200, yes: 60 },
        bmeGroups: { asian: { respondents: 100, yes: 25 }, black: { respondents: 60, yes: 24 }, mixed: { respondents: 20, yes: 6 }, other: { respondents: 20, yes: 5 } },
      },
      harassmentFromStaff: {
        white: { respondents: 400, yes: 80 },
        bme: { respondents: 200, yes: 50 },
        bmeGroups: { asian: { respondents: 100, yes: 20 }, black: { respondents: 60, yes: 20 }, mixed: { respondents: 20, yes: 5 }, other: { respondents: 20, yes: 5 } },
      },
      equalOpportunities: {
        white: { respondents: 400, yes: 240 },
        bme: { respondents: 200, percentage: 45 },
        bmeGroups: { asian: { respondents: 100, percentage: 50 }, black: { respondents: 60, percentage: 38 }, mixed: { respondents: 20, percentage: 45 }, other: { respondents: 20, percentage: 40 } },
      },
      discrimination: {
        white: { respondents: 400, yes: 24 },
        bme: { respondents: 200, yes: 30 },
        bmeGroups: { asian: { respondents: 100, yes: 12 }, black: { respondents: 60, yes: 14 }, mixed: { respondents: 20, yes: 2 }, other: { respondents: 20, yes: 2 } },
      },
    },
    board: { white: 10, bme: 2, unknown: 0, bmeGroups: split(1, 1, 0, 0) },
  };
}

/** The same return without any split. */
function withoutSplits(input: WresReturnInput): WresReturnInput {
  return JSON.parse(JSON.stringify(input), (key, value) => (key === "bmeGroups" ? undefined : value)) as WresReturnInput;
}

const find = (results: readonly IndicatorResult[], code: string) => {
  const result = results.find((r) => r.code === code);
  if (!result) throw new Error(`no ${code}`);
  return result;
};

describe("WRES figures by group, against a hand-computed example", () => {
  const report = computeWresByGroup(splitReturn());
  if (!report) throw new Error("expected group figures");
  const of = (group: BmeGroup) => report.groups.find((g) => g.group === group)?.indicators ?? [];

  it("indicator 2 for Black applicants: 2.5 (1.356 to 4.610), favouring white applicants", () => {
    const black = find(of(BmeGroup.BLACK), "WRES2");
    expect(black.value).toBeCloseTo(2.5, 10);
    expect(black.lower).toBeCloseTo(1.35567, 4);
    expect(black.upper).toBeCloseTo(4.61028, 4);
    expect(black.parity).toBe(Parity.FAVOURS_REFERENCE);
    expect(black.label).toContain("compared with Black staff");
    expect(black.counts).toEqual({ referenceEvents: 100, referenceTotal: 400, focusEvents: 10, focusTotal: 100 });
  });

  it("indicator 2 for Asian applicants: 1.25 (0.870 to 1.796), inconclusive", () => {
    const asian = find(of(BmeGroup.ASIAN), "WRES2");
    expect(asian.value).toBeCloseTo(1.25, 10);
    expect(asian.lower).toBeCloseTo(0.87011, 4);
    expect(asian.upper).toBeCloseTo(1.79576, 4);
    expect(asian.parity).toBe(Parity.INCONCLUSIVE);
  });

  it("indicator 5 for Black staff: +15 points (2.7 to 28.2), with the group's own rate", () => {
    const black = find(of(BmeGroup.BLACK), "WRES5");
    expect(black.value).toBeCloseTo(0.15, 10);
    expect(black.lower).toBeCloseTo(0.027274, 5);
    expect(black.upper).toBeCloseTo(0.282497, 5);
    expect(black.parity).toBe(Parity.FAVOURS_REFERENCE);
    expect(find(of(BmeGroup.BLACK), "WRES5.BLACK").value).toBeCloseTo(0.4, 10);
    expect(find(of(BmeGroup.BLACK), "WRES5.WHITE").value).toBeCloseTo(0.25, 10);
  });

  it("representation in senior roles: every group's share of band 8a and above", () => {
    const black = find(report.seniorRoles, seniorRoleCode(WresTargetGroup.BAND_8A_AND_ABOVE, DetailedEthnicGroup.BLACK));
    expect(black.counts).toEqual({ focus: 3, total: 110 });
    expect(black.value).toBeCloseTo(3 / 110, 10);
    expect(black.lower).toBeCloseTo(0.0093180, 5);
    expect(black.upper).toBeCloseTo(0.0771308, 5);
    const white = find(report.seniorRoles, seniorRoleCode(WresTargetGroup.BAND_8A_AND_ABOVE, DetailedEthnicGroup.WHITE));
    expect(white.value).toBeCloseTo(89 / 110, 10);
    expect(white.lower).toBeCloseTo(0.725716, 5);
    expect(white.upper).toBeCloseTo(0.871606, 5);
    const shares = ["WHITE", "ASIAN", "BLACK", "MIXED", "OTHER", "UNKNOWN"].map(
      (group) => find(report.seniorRoles, `SENIOR.BAND_8A_AND_ABOVE.${group}`).counts.focus,
    );
    expect(shares).toEqual([89, 11, 3, 2, 1, 4]);
    expect(find(report.seniorRoles, "SENIOR.BOARD.ASIAN").counts).toEqual({ focus: 1, total: 12 });
    expect(find(report.seniorRoles, "SENIOR.VSM.WHITE").counts).toEqual({ focus: 9, total: 10 });
  });

  it("a group's band share counts the other groups in the total (its share of all staff), never in a ratio", () => {
    const band5 = find(of(BmeGroup.BLACK), "WRES1.CLINICAL.BAND_5");
    expect(band5.counts).toMatchObject({ reference: 500, focus: 120, others: 180, unknown: 20, total: 820 });
    expect(band5.value).toBeCloseTo(120 / 820, 10);
  });

  it("a group's figure with a suppressed input is withheld for other readers, not shown", () => {
    const controlled = computeWresByGroup(splitReturn(), { disclosure: { level: DisclosureLevel.SUBNATIONAL } });
    const mixed = find(controlled?.groups.find((g) => g.group === BmeGroup.MIXED)?.indicators ?? [], "WRES2");
    expect(mixed.counts.focusEvents).toBeNull(); // 3 appointed: suppressed
    expect(mixed.value).toBeNull();
    expect(mixed.lower).toBeNull();
    expect(mixed.parity).toBeNull();
    expect(mixed.suppressed).toBe(true);
    const black = find(controlled?.groups.find((g) => g.group === BmeGroup.BLACK)?.indicators ?? [], "WRES2");
    expect(black.counts).toEqual({ referenceEvents: 100, referenceTotal: 400, focusEvents: 10, focusTotal: 100 });
    expect(black.value).toBeCloseTo(2.5, 10);
    const blackSenior = find(controlled?.seniorRoles ?? [], "SENIOR.BAND_8A_AND_ABOVE.BLACK");
    expect(blackSenior.value).toBeNull();
    expect(blackSenior.suppressed).toBe(true);
  });
});

describe("splits in a return", () => {
  it("groups that do not add up to BME are refused, naming the line", () => {
    const input = splitReturn();
    const bad: WresReturnInput = { ...input, shortlisting: { ...input.shortlisting, appointed: { ...input.shortlisting.appointed, bmeGroups: split(30, 10, 3, 3) } } };
    const issues = validateWresReturn(bad);
    expect(issues).toEqual([
      { path: "shortlisting.appointed.bmeGroups", message: "the groups add up to 46 (Asian 30 + Black 10 + Mixed 3 + Other 3), not the 45 BME" },
    ]);
    expect(() => computeWresByGroup(bad)).toThrow();
  });

  it("survey groups must add up to the BME respondents (and yes-counts, when all are counts)", () => {
    const input = splitReturn();
    const groups = input.survey.harassmentFromPublic.bmeGroups;
    if (!groups) throw new Error("fixture");
    const bad: WresReturnInput = {
      ...input,
      survey: { ...input.survey, harassmentFromPublic: { ...input.survey.harassmentFromPublic, bmeGroups: { ...groups, other: { respondents: 20, yes: 6 } } } },
    };
    expect(validateWresReturn(bad)).toEqual([{ path: "survey.harassmentFromPublic.bmeGroups", message: "the groups answering yes add up to 61, not the 60 BME answering yes" }]);
  });

  it("a group's events cannot be more than its total", () => {
    const input = splitReturn();
    const bad: WresReturnInput = { ...input, disciplinary: { ...input.disciplinary, entering: { white: 6, bme: 30, unknown: 0, bmeGroups: split(0, 0, 30, 0) } } };
    expect(validateWresReturn(bad)).toEqual([{ path: "disciplinary.entering.bmeGroups.mixed", message: "30 is more than the 22 Mixed staff in post" }]);
  });

  it("a return that splits one count splits every BME count above 0", () => {
    const input = splitReturn();
    const { bmeGroups: _dropped, ...board } = input.board;
    const issues = validateWresReturn({ ...input, board });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("board.bmeGroups");
    expect(issues[0].message).toMatch(/^is missing/);
  });

  it("a return without groups is unchanged: the same WRES report, and no group figures", () => {
    const plain = withoutSplits(splitReturn());
    expect(hasBmeGroups(plain)).toBe(false);
    expect(validateWresReturn(plain)).toEqual([]);
    expect(computeWresByGroup(plain)).toBeNull();
    expect(computeWres(splitReturn())).toEqual(computeWres(plain));
  });

  it("staff lists give the split from their codes", () => {
    expect(countEthnicGroupsWithSplit(["A", "H", "N", "M", "D", "R", "Z", null])).toEqual({ white: 1, bme: 5, unknown: 2, bmeGroups: split(1, 2, 1, 1) });
  });
});

describe("group benchmarks", () => {
  it("sum the groups' raw counts across the returns, then compute once", () => {
    const one = splitReturn();
    const two = splitReturn();
    const summed = benchmarkWresByGroup([one, two]);
    const black = find(summed.groups.find((g) => g.group === BmeGroup.BLACK)?.indicators ?? [], "WRES2");
    expect(black.counts).toEqual({ referenceEvents: 200, referenceTotal: 800, focusEvents: 20, focusTotal: 200 });
    expect(black.value).toBeCloseTo(2.5, 10);
    // Percentages become counts first (50% of 100 Asian respondents = 50), then add.
    const asian7 = find(summed.groups.find((g) => g.group === BmeGroup.ASIAN)?.indicators ?? [], "WRES7.ASIAN");
    expect(asian7.counts).toEqual({ events: 100, total: 200 });
    expect(() => benchmarkWresByGroup([one, withoutSplits(two)])).toThrow();
  });

  it("a group count that fewer than 3 of the other organisations contribute to is suppressed", () => {
    const returns = [splitReturn(), splitReturn(), splitReturn(), splitReturn()];
    // Only the first trust has Black board members.
    const onlyOne = returns.map((input, index) =>
      index === 0 ? input : { ...input, board: { white: 12, bme: 0, unknown: 0 } },
    );
    const raw = benchmarkWresByGroup(onlyOne);
    const lookup = tallyLookup(wresGroupCountLayout(), tallyWresGroupContributors(onlyOne));
    const board = raw.seniorRoles.filter((result) => result.code.startsWith("SENIOR.BOARD."));
    const released = releaseAggregate(board, { organisations: 4, owned: 0 }, lookup);
    expect(find(released.indicators, "SENIOR.BOARD.BLACK").value).toBeNull();
    expect(find(released.indicators, "SENIOR.BOARD.WHITE").counts.focus).toBe(45);
    const black = raw.groups.find((g) => g.group === BmeGroup.BLACK)?.indicators ?? [];
    const releasedGroup = releaseAggregate(black, { organisations: 4, owned: 0 }, groupContributorLookup(lookup, BmeGroup.BLACK));
    expect(find(releasedGroup.indicators, "WRES2").counts.focusEvents).toBe(40);
    expect(find(releasedGroup.indicators, "WRES9").counts.focus).toBeNull();
    expect(find(releasedGroup.indicators, "WRES9").value).toBeNull();
  });
});

describe("the CSV template with groups", () => {
  it("has the four optional columns after Unknown, and round-trips a split return", () => {
    expect(WRES_CSV_TEMPLATE).toContain("Section,Category,Item,White,BME,Unknown,Asian,Black,Mixed,Other");
    const input = splitReturn();
    const parsed = parseWresReturnCsv(formatWresReturnCsv(input), { year: 2024 });
    expect(parsed.issues).toEqual([]);
    expect(parsed.input?.shortlisting).toEqual(input.shortlisting);
    expect(parsed.input?.survey).toEqual(input.survey);
    expect(parsed.input?.board).toEqual(input.board);
    expect(computeWresByGroup(parsed.input as WresReturnInput)).toEqual(computeWresByGroup(input));
  });

  it("a return without groups still reads as before", () => {
    const plain = withoutSplits(splitReturn());
    const parsed = parseWresReturnCsv(formatWresReturnCsv(plain), { year: 2024 });
    expect(parsed.issues).toEqual([]);
    expect(parsed.input && hasBmeGroups(parsed.input)).toBe(false);
  });

  it("reads the data dictionary's names of the groups as headers, and names the line whose groups do not add up", () => {
    const csv = formatWresReturnCsv(splitReturn())
      .replace("Unknown,Asian,Black,Mixed,Other", "Unknown,Asian or Asian British,Black or Black British,Mixed or multiple ethnic groups,Other ethnic groups")
      .replace("Appointed from shortlisting,100,45,2,30,10,3,2", "Appointed from shortlisting,100,45,2,30,10,3,3");
    const lines = csv.split("\r\n");
    const row = lines.findIndex((line) => line.includes("Appointed from shortlisting")) + 1;
    const parsed = parseWresReturnCsv(csv, { year: 2024 });
    expect(parsed.issues).toEqual([
      {
        row,
        column: null,
        message: "Indicator 2: appointment from shortlisting, Appointed from shortlisting: the groups add up to 46 (Asian 30 + Black 10 + Mixed 3 + Other 3), not the 45 BME",
        path: "shortlisting.appointed.bmeGroups",
      },
    ]);
  });

  it("asks for all four groups or none on a line", () => {
    const csv = formatWresReturnCsv(splitReturn()).replace("Voting members,10,2,0,1,1,0,0", "Voting members,10,2,0,1,1,,");
    const parsed = parseWresReturnCsv(csv, { year: 2024 });
    expect(parsed.issues.map((issue) => [issue.column, issue.path])).toEqual([
      ["Mixed", "board.bmeGroups.mixed"],
      ["Other", "board.bmeGroups.other"],
    ]);
  });
});
