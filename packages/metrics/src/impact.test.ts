import { DisclosureStatus, ImpactNullReason, ImpactVerdict, OutcomeGroup } from "@ascent/domain";
import { describe, expect, it } from "vitest";
import { countImpact, type ImpactCell, type ImpactPart, type ImpactPerson, releaseImpact } from "./index";

const { PARTICIPANT, COMPARISON } = OutcomeGroup;

/** `promoted` of `followed` people, none of them the reader's own. */
const cell = (promoted: number, followed: number, ownPromoted = 0, ownFollowed = 0): ImpactCell => ({ promoted, followed, ownPromoted, ownFollowed });
/** A cohort with the same counts at every horizon. */
const part = (participants: ImpactCell, comparison: ImpactCell): ImpactPart => ({
  6: { PARTICIPANT: participants, COMPARISON: comparison },
  12: { PARTICIPANT: participants, COMPARISON: comparison },
  24: { PARTICIPANT: participants, COMPARISON: comparison },
});

describe("programme impact: promotion within 6, 12 and 24 months of completion", () => {
  it("counts a person at a horizon once it has passed, promoted when a promotion took effect from the cohort's first day up to it", () => {
    const base = { windowStart: "2024-02-27", completedOn: "2024-03-26" };
    const people: ImpactPerson[] = [
      { ...base, group: PARTICIPANT, promotions: ["2024-08-01"] }, // within 6 months (horizon 2024-09-26)
      { ...base, group: PARTICIPANT, promotions: ["2025-01-15"] }, // within 12 (2025-03-26), not 6
      { ...base, group: PARTICIPANT, promotions: ["2024-03-10"] }, // during the programme: counts at every horizon
      { ...base, group: PARTICIPANT, promotions: ["2023-12-01"] }, // before the programme: never counts
      { ...base, group: PARTICIPANT, promotions: [] },
      { ...base, group: COMPARISON, promotions: ["2024-09-26"] }, // on the 6-month day itself
      { ...base, group: COMPARISON, promotions: [] },
    ];
    // On 2025-03-26 the 6- and 12-month horizons have passed; 24 months have not.
    const counted = countImpact(people, "2025-03-26");
    expect(counted[6]).toEqual({ PARTICIPANT: cell(2, 5), COMPARISON: cell(1, 2) });
    expect(counted[12]).toEqual({ PARTICIPANT: cell(3, 5), COMPARISON: cell(1, 2) });
    expect(counted[24]).toEqual({ PARTICIPANT: cell(0, 0), COMPARISON: cell(0, 0) });
    // A day earlier, the 12-month horizon has not passed either.
    expect(countImpact(people, "2025-03-25")[12]).toEqual({ PARTICIPANT: cell(0, 0), COMPARISON: cell(0, 0) });
  });

  it("gives Wilson intervals, the Newcombe difference and the verdict (worked by hand)", () => {
    // Participants 12 of 30 promoted, comparison 5 of 25. z = 1.959964, z² = 3.841459.
    // Participants: p = 0.4, z²/n = 0.128049, centre = (0.4 + 0.064024) / 1.128049 = 0.411351,
    //   half = (1.959964 / 1.128049) × √(0.24/30 + 3.841459/3600) = 1.737481 × 0.095221 = 0.165445 → [0.245906, 0.576796].
    // Comparison: p = 0.2, z²/n = 0.153658, centre = (0.2 + 0.076829) / 1.153658 = 0.239958,
    //   half = 1.698914 × √(0.16/25 + 3.841459/2500) = 1.698914 × 0.089088 = 0.151353 → [0.088606, 0.391310].
    // Difference 0.2; lower = 0.2 − √((0.4 − 0.245906)² + (0.391310 − 0.2)²) = 0.2 − 0.245652 = −0.045651,
    //   upper = 0.2 + √((0.576796 − 0.4)² + (0.2 − 0.088606)²) = 0.2 + 0.208963 = 0.408963: includes 0, inconclusive.
    // Baseline: 10% a year → 6 months 1 − 0.9^0.5 = 0.051317; 12 months 0.1; 24 months 1 − 0.9² = 0.19.
    const released = releaseImpact([part(cell(12, 30), cell(5, 25))], { raw: true, baselineAnnualRate: 0.1 });
    expect(released.disclosure).toBe(DisclosureStatus.RAW);
    const [six, twelve, twentyFour] = released.horizons;
    expect(twelve.months).toBe(12);
    expect(twelve.participants).toMatchObject({ promoted: 12, followed: 30, reason: null });
    expect(twelve.participants.share).toBeCloseTo(0.4, 10);
    expect(twelve.participants.lower).toBeCloseTo(0.245906, 6);
    expect(twelve.participants.upper).toBeCloseTo(0.576796, 6);
    expect(twelve.comparison.lower).toBeCloseTo(0.088606, 6);
    expect(twelve.comparison.upper).toBeCloseTo(0.39131, 5);
    expect(twelve.difference).toBeCloseTo(0.2, 10);
    expect(twelve.differenceLower).toBeCloseTo(-0.045651, 6);
    expect(twelve.differenceUpper).toBeCloseTo(0.408963, 6);
    expect(twelve.verdict).toBe(ImpactVerdict.INCONCLUSIVE);
    expect(six.baseline).toBeCloseTo(0.051317, 6);
    expect(twelve.baseline).toBeCloseTo(0.1, 10);
    expect(twentyFour.baseline).toBeCloseTo(0.19, 10);
    // The participants' whole interval [0.2459, 0.5768] is above each baseline.
    expect(released.horizons.map((h) => h.baselineVerdict)).toEqual([ImpactVerdict.PARTICIPANTS_MORE_LIKELY, ImpactVerdict.PARTICIPANTS_MORE_LIKELY, ImpactVerdict.PARTICIPANTS_MORE_LIKELY]);
  });

  it("says participants were more likely to be promoted only when the whole interval of the difference is above 0", () => {
    // 20 of 40 against 5 of 30: 0.5 − 0.166667 = 0.333333; Wilson [0.351995, 0.648005] and [0.073365, 0.335644];
    // lower = 0.333333 − √(0.148005² + 0.168977²) = 0.108703; upper = 0.333333 + √(0.148005² + 0.093301²) = 0.508292.
    const [, twelve] = releaseImpact([part(cell(20, 40), cell(5, 30))], { raw: true }).horizons;
    expect(twelve.differenceLower).toBeCloseTo(0.108703, 6);
    expect(twelve.differenceUpper).toBeCloseTo(0.508292, 6);
    expect(twelve.verdict).toBe(ImpactVerdict.PARTICIPANTS_MORE_LIKELY);
    const [, reversed] = releaseImpact([part(cell(5, 30), cell(20, 40))], { raw: true }).horizons;
    expect(reversed.verdict).toBe(ImpactVerdict.PARTICIPANTS_LESS_LIKELY);
    expect(twelve.baselineVerdict).toBe(ImpactVerdict.NO_FIGURE);
  });

  it("says NOT_YET before anyone reaches a horizon, and EMPTY_GROUP for a group with nobody in it", () => {
    const recent: ImpactPart = { 6: { PARTICIPANT: cell(3, 12), COMPARISON: cell(0, 0) }, 12: { PARTICIPANT: cell(0, 0), COMPARISON: cell(0, 0) }, 24: { PARTICIPANT: cell(0, 0), COMPARISON: cell(0, 0) } };
    const [six, twelve] = releaseImpact([recent], { raw: true }).horizons;
    expect(six.comparison.reason).toBe(ImpactNullReason.EMPTY_GROUP);
    expect(six.verdict).toBe(ImpactVerdict.NO_FIGURE);
    expect(twelve.participants.reason).toBe(ImpactNullReason.NOT_YET);
  });
});

describe("disclosure control of impact figures outside the owning academy", () => {
  const controlled = (parts: ImpactPart[]) => releaseImpact(parts, { raw: false });

  it("rounds counts to 5 and works the share and intervals out from the rounded counts", () => {
    // 23 of 61 → 25 of 60; 12 of 48 → 10 of 50.
    const [, twelve] = controlled([part(cell(23, 61), cell(12, 48))]).horizons;
    expect(twelve.participants).toMatchObject({ promoted: 25, followed: 60, reason: null });
    expect(twelve.participants.share).toBeCloseTo(25 / 60, 10);
    expect(twelve.comparison).toMatchObject({ promoted: 10, followed: 50 });
    const raw = releaseImpact([part(cell(25, 60), cell(10, 50))], { raw: true }).horizons[1];
    expect(twelve.differenceLower).toBeCloseTo(raw.differenceLower as number, 12);
  });

  it("shows no figure for any group of 1 to 7 people, whatever happened to them", () => {
    for (let size = 1; size <= 7; size += 1) {
      for (let promoted = 0; promoted <= size; promoted += 1) {
        const [, twelve] = controlled([part(cell(promoted, size), cell(0, size))]).horizons;
        for (const figure of [twelve.participants, twelve.comparison]) {
          expect(figure).toMatchObject({ promoted: null, followed: null, share: null, lower: null, upper: null, reason: ImpactNullReason.SUPPRESSED });
        }
        expect(twelve.verdict).toBe(ImpactVerdict.NO_FIGURE);
        expect(twelve.difference).toBeNull();
      }
    }
  });

  it("shows no share when fewer than 8 were promoted, or fewer than 8 were not, however large the group", () => {
    for (const [promoted, followed] of [
      [0, 40], // nobody promoted: each person's outcome would be known
      [40, 40], // everyone promoted
      [7, 40],
      [33, 40], // 7 not promoted
    ]) {
      const [, twelve] = controlled([part(cell(promoted, followed), cell(10, 30))]).horizons;
      expect(twelve.participants).toMatchObject({ promoted: null, share: null, reason: ImpactNullReason.SUPPRESSED, followed: 40 });
    }
    expect(controlled([part(cell(8, 40), cell(10, 30))]).horizons[1].participants).toMatchObject({ promoted: 10, followed: 40 });
  });

  it("gives the same figures with or without a cohort whose group has 1 to 7 people, so setting one beside the other reveals nothing", () => {
    const large = part(cell(14, 36), cell(9, 30));
    const alone = controlled([large]);
    for (let size = 1; size <= 7; size += 1) {
      for (let promoted = 0; promoted <= size; promoted += 1) {
        const small = part(cell(promoted, size), cell(size - promoted, size));
        expect(controlled([large, small])).toEqual(alone);
      }
    }
  });

  it("leaves the reader's own staff out of the test: a partner can't subtract what it knows from what it sees", () => {
    // 30 followed, 10 promoted; 24 of them are the partner's own staff, 4 of whom were promoted: of the 6 others,
    // 6 were promoted and none not, so showing 10 of 30 would tell the partner that everyone else was promoted.
    const [, twelve] = controlled([part(cell(10, 30, 4, 24), cell(10, 30))]).horizons;
    expect(twelve.participants).toMatchObject({ promoted: null, share: null, reason: ImpactNullReason.SUPPRESSED });
    // With 8 or more others on each side the figure shows, rounded.
    expect(controlled([part(cell(12, 40, 4, 16), cell(10, 30))]).horizons[1].participants).toMatchObject({ promoted: 10, followed: 40 });
  });

  it("refuses inconsistent counts", () => {
    expect(() => controlled([part(cell(5, 4), cell(0, 0))])).toThrow(RangeError);
    expect(() => controlled([part(cell(2, 4, 3, 3), cell(0, 0))])).toThrow(RangeError);
    expect(() => releaseImpact([], { raw: true, baselineAnnualRate: 1.5 })).toThrow(RangeError);
  });
});
