import { DisclosureStatus, IndicatorNullReason, Parity, SelectionGroup } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { hasSingleGroupSet, MetricInputError, releaseSelection, releaseSelectionAggregate, type SelectionCounts, type SelectionInput } from "./index";

const counts = (WHITE: number, BME: number, NOT_STATED = 0, NO_FORM = 0): SelectionCounts => ({ WHITE, BME, NOT_STATED, NO_FORM });

describe("fair selection: the WRES indicator 2 method applied to a programme's own selection", () => {
  it("releases counts under the HES rule and recomputes the relative likelihood from them (worked by hand)", () => {
    const input: SelectionInput = {
      applicants: counts(42, 58, 9, 16),
      offered: counts(21, 16, 2, 6),
      accepted: counts(19, 15, 2, 5),
    };
    const shown = releaseSelection(input);
    expect(shown.withheld).toBe(false);
    expect(shown.disclosure).toBe(DisclosureStatus.CONTROLLED);
    // 42 → 40, 58 → 60, 9 → 10, 16 → 15; 2 and 6 (1 to 7) suppressed; 21 → 20, 19 → 20.
    expect(shown.applicants).toEqual({ WHITE: 40, BME: 60, NOT_STATED: 10, NO_FORM: 15 });
    expect(shown.offered).toEqual({ WHITE: 20, BME: 15, NOT_STATED: null, NO_FORM: null });
    expect(shown.accepted).toEqual({ WHITE: 20, BME: 15, NOT_STATED: null, NO_FORM: null });
    // Raw: (21/42) / (16/58) = 1.8125. Shown, from the rounded counts: (20/40) / (15/60) = 0.5 / 0.25 = 2.
    // se = sqrt(1/20 - 1/40 + 1/15 - 1/60) = sqrt(0.075) = 0.273861; z·se = 0.536760; ln 2 = 0.693147
    // → [exp(0.156387), exp(1.229907)] = [1.1693, 3.4209]: crosses 1.25, so inconclusive.
    const rl = shown.offerLikelihood;
    expect(rl.code).toBe("SELECTION_OFFER");
    expect(rl.value).toBeCloseTo(2, 10);
    expect(rl.lower).toBeCloseTo(1.1693, 4);
    expect(rl.upper).toBeCloseTo(3.4209, 4);
    expect(rl.parity).toBe(Parity.INCONCLUSIVE);
    expect(rl.counts).toEqual({ referenceEvents: 20, referenceTotal: 40, focusEvents: 15, focusTotal: 60 });
  });

  it("says a difference favours white applicants only when the whole interval is above 1.25", () => {
    // (60/100) / (30/150) = 0.6 / 0.2 = 3; se = sqrt(1/60 - 1/100 + 1/30 - 1/150) = sqrt(0.0333333) = 0.182574;
    // z·se = 0.357838; ln 3 = 1.098612 → [exp(0.740774), exp(1.456450)] = [2.0976, 4.2907].
    const shown = releaseSelection({ applicants: counts(100, 150, 20, 30), offered: counts(60, 30, 10, 10), accepted: counts(55, 25, 10, 10) });
    expect(shown.offerLikelihood.value).toBeCloseTo(3, 10);
    expect(shown.offerLikelihood.lower).toBeCloseTo(2.0976, 4);
    expect(shown.offerLikelihood.upper).toBeCloseTo(4.2907, 4);
    expect(shown.offerLikelihood.parity).toBe(Parity.FAVOURS_REFERENCE);
  });

  it("suppresses every group of 1 to 7 and the ratio that needs one", () => {
    for (let small = 1; small <= 7; small += 1) {
      const shown = releaseSelection({ applicants: counts(30, 20, small, 12), offered: counts(10, small, 0, 9), accepted: counts(10, small, 0, 9) });
      expect(shown.applicants.NOT_STATED).toBeNull();
      expect(shown.offered.BME).toBeNull();
      expect(shown.accepted.BME).toBeNull();
      expect(shown.offerLikelihood).toMatchObject({ value: null, lower: null, upper: null, parity: null, suppressed: true, reason: IndicatorNullReason.SUPPRESSED });
      expect(shown.offerLikelihood.counts.focusEvents).toBeNull();
    }
    const eight = releaseSelection({ applicants: counts(30, 20, 8, 12), offered: counts(10, 8, 0, 9), accepted: counts(10, 8, 0, 9) });
    expect(eight.applicants.NOT_STATED).toBe(10);
    expect(eight.offered).toEqual({ WHITE: 10, BME: 10, NOT_STATED: 0, NO_FORM: 10 });
    expect(eight.offerLikelihood.value).toBeCloseTo(10 / 30 / (10 / 20), 10);
  });

  it("keeps 0 BME offers visible, with no ratio (ZERO_EVENTS), when that says nothing about a person", () => {
    const shown = releaseSelection({ applicants: counts(30, 20, 0, 10), offered: counts(10, 0, 0, 10), accepted: counts(9, 0, 0, 9) });
    expect(shown.withheld).toBe(false);
    expect(shown.offered.BME).toBe(0);
    expect(shown.offerLikelihood.reason).toBe(IndicatorNullReason.ZERO_EVENTS);
  });

  it("withholds everything when a set of people staff can name is all one group", () => {
    // Every one of the 12 offered is white: with the number offered known exactly, a shown table would say so of each.
    const offersAllWhite = releaseSelection({ applicants: counts(40, 20, 0, 0), offered: counts(12, 0, 0, 0), accepted: counts(10, 0, 0, 0) });
    expect(offersAllWhite.withheld).toBe(true);
    for (const stage of [offersAllWhite.applicants, offersAllWhite.offered, offersAllWhite.accepted]) expect(Object.values(stage)).toEqual([null, null, null, null]);
    expect(offersAllWhite.offerLikelihood).toMatchObject({ value: null, suppressed: true, reason: IndicatorNullReason.SUPPRESSED });
    expect(Object.values(offersAllWhite.offerLikelihood.counts).every((count) => count === null)).toBe(true);
    // Everyone not offered is BME (applicants minus offered is a set staff can name too).
    expect(hasSingleGroupSet({ applicants: counts(20, 15, 5, 5), offered: counts(20, 5, 5, 5), accepted: counts(20, 5, 5, 5) })).toBe(true);
    // Everyone who turned an offer down is white.
    expect(hasSingleGroupSet({ applicants: counts(20, 15, 5, 5), offered: counts(10, 5, 5, 5), accepted: counts(8, 5, 5, 5) })).toBe(true);
    // Nobody offered yet: nothing to infer about anyone.
    expect(releaseSelection({ applicants: counts(20, 15, 5, 5), offered: counts(0, 0), accepted: counts(0, 0) }).withheld).toBe(false);
  });

  it("refuses inconsistent counts", () => {
    expect(() => releaseSelection({ applicants: counts(5, 5), offered: counts(6, 0), accepted: counts(0, 0) })).toThrow(MetricInputError);
    expect(() => releaseSelection({ applicants: counts(5, 5), offered: counts(2, 2), accepted: counts(3, 0) })).toThrow(/more than the 2 offered/);
    expect(() => releaseSelection({ applicants: counts(5, -1), offered: counts(0, 0), accepted: counts(0, 0) })).toThrow(/whole number/);
  });
});

/**
 * Exhaustive: what staff can work out about a person. Staff know who applied,
 * who was offered a place and who accepted (so every set's size exactly), and
 * see the released table of each cohort and of the programme. For every
 * possible world, the worlds they cannot tell apart must not all put one set
 * of named people in one and the same group.
 */
describe("no inference about a person, by differencing cohort and programme figures", () => {
  type World = SelectionInput;
  /** Every world with up to `max` white and `max` BME applicants; `declines` lets offered people decline. */
  const worldsUpTo = (max: number, declines: boolean): World[] => {
    const worlds: World[] = [];
    for (let wa = 0; wa <= max; wa += 1)
      for (let ba = 0; ba <= max; ba += 1)
        for (let wo = 0; wo <= wa; wo += 1)
          for (let bo = 0; bo <= ba; bo += 1)
            for (let wc = declines ? 0 : wo; wc <= wo; wc += 1)
              for (let bc = declines ? 0 : bo; bc <= bo; bc += 1) worlds.push({ applicants: counts(wa, ba), offered: counts(wo, bo), accepted: counts(wc, bc) });
    return worlds;
  };
  const total = (c: SelectionCounts) => c.WHITE + c.BME + c.NOT_STATED + c.NO_FORM;
  const minus = (a: SelectionCounts, b: SelectionCounts) => counts(a.WHITE - b.WHITE, a.BME - b.BME, a.NOT_STATED - b.NOT_STATED, a.NO_FORM - b.NO_FORM);
  const sets = (w: World) => [w.applicants, w.offered, w.accepted, minus(w.applicants, w.offered), minus(w.offered, w.accepted)];
  /** The group every member of the set is in, or null when there are several or none. */
  const soleGroup = (c: SelectionCounts): SelectionGroup | null => {
    const occupied = (Object.keys(c) as SelectionGroup[]).filter((g) => c[g] > 0);
    return occupied.length === 1 ? occupied[0] : null;
  };
  const add = (a: World, b: World): World => ({
    applicants: counts(a.applicants.WHITE + b.applicants.WHITE, a.applicants.BME + b.applicants.BME),
    offered: counts(a.offered.WHITE + b.offered.WHITE, a.offered.BME + b.offered.BME),
    accepted: counts(a.accepted.WHITE + b.accepted.WHITE, a.accepted.BME + b.accepted.BME),
  });
  const memo = new Map<string, string>();
  /** What staff see of one cohort: the size of every named set, and the released table. */
  const seen = (w: World): string => {
    const key = JSON.stringify(w);
    let view = memo.get(key);
    if (view === undefined) {
      const r = releaseSelection(w);
      view = JSON.stringify([sets(w).map(total), r.withheld, r.applicants, r.offered, r.accepted, r.offerLikelihood.value, r.offerLikelihood.lower]);
      memo.set(key, view);
    }
    return view;
  };
  const programmeMemo = new Map<string, string>();
  /** The programme's view depends only on the sum of the cohorts it includes (memoised on that sum). */
  const programmeView = (a: World, b: World): string => {
    const shown = [a, b].filter((w) => !releaseSelection(w).withheld);
    const sum = shown.reduce(add, { applicants: counts(0, 0), offered: counts(0, 0), accepted: counts(0, 0) });
    const key = JSON.stringify([shown.length, sum]);
    let view = programmeMemo.get(key);
    if (view === undefined) {
      const r = releaseSelectionAggregate([a, b]);
      view = JSON.stringify([r.withheld, r.partsIncluded, r.applicants, r.offered, r.accepted, r.offerLikelihood.value]);
      programmeMemo.set(key, view);
    }
    return view;
  };
  /** Views whose worlds all put one named set in one and the same group. */
  const inferences = (classes: Map<string, SelectionCounts[][]>): string[] => {
    const found: string[] = [];
    for (const [view, members] of classes) {
      for (let s = 0; s < members[0].length; s += 1) {
        const groups = new Set(members.map((named) => soleGroup(named[s])));
        if (groups.size === 1 && !groups.has(null)) found.push(`${view} → set ${s} is all ${[...groups][0]}`);
      }
    }
    return found;
  };
  const classify = (classes: Map<string, SelectionCounts[][]>, view: string, named: SelectionCounts[]) => {
    const members = classes.get(view);
    if (members) members.push(named);
    else classes.set(view, [named]);
  };

  it("one cohort: no view pins a named set to one group (up to 6 white and 6 BME applicants, some declining)", () => {
    const classes = new Map<string, SelectionCounts[][]>();
    for (const w of worldsUpTo(6, true)) classify(classes, seen(w), sets(w));
    expect(inferences(classes).slice(0, 3)).toEqual([]);
  }, 120_000);

  it("two cohorts (up to 5 and up to 3 per group) and their programme: differencing pins no named set to one group", () => {
    const large = worldsUpTo(5, false);
    const small = worldsUpTo(3, false);
    const classes = new Map<string, SelectionCounts[][]>();
    for (const a of large)
      for (const b of small) classify(classes, `${seen(a)}|${seen(b)}|${programmeView(a, b)}`, [...sets(a), ...sets(b), ...sets(add(a, b))]);
    expect(inferences(classes).slice(0, 3)).toEqual([]);
  }, 120_000);

  it("leaves a withheld cohort out of its programme, which summing every cohort would give away", () => {
    // Cohort A: 4 applicants, all BME, none offered yet (withheld). Cohort B: 1 white and 4 BME applicants.
    const a: World = { applicants: counts(0, 4), offered: counts(0, 0), accepted: counts(0, 0) };
    const b: World = { applicants: counts(1, 4), offered: counts(0, 0), accepted: counts(0, 0) };
    expect(releaseSelection(a).withheld).toBe(true);
    expect(releaseSelection(b).applicants).toEqual({ WHITE: null, BME: null, NOT_STATED: 0, NO_FORM: 0 });
    // Summed regardless, the programme would show 9 applicants as white 1 to 7 and BME 10 (8 to 12): so exactly
    // 1 white and 8 BME; B has at least 1 white, so A's 4 are all BME.
    expect(releaseSelection(add(a, b)).applicants).toEqual({ WHITE: null, BME: 10, NOT_STATED: 0, NO_FORM: 0 });
    const programme = releaseSelectionAggregate([a, b]);
    expect(programme).toMatchObject({ partsIncluded: 1, partsLeftOut: 1, applicants: releaseSelection(b).applicants });
  });
});
