import { describe, expect, it } from "vitest";
import { ChangeVerdict, pairedChange, releaseLikert, releasePairedChange, studentTCdf, studentTQuantile } from "./evaluation";

/** Ten people's self-rating (1-5) before and after, worked by hand below. */
const TEN = [
  [2, 3], [3, 4], [2, 4], [3, 3], [1, 3],
  [2, 3], [3, 5], [2, 2], [3, 4], [2, 4],
].map(([before, after]) => ({ before, after }));

describe("Student's t", () => {
  it("matches printed tables of t(0.975, df)", () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.7764, 4);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.2622, 4);
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12);
  });
});

describe("paired change (hand-computed)", () => {
  it("ten pairs: mean difference 1.2, sd 0.78881, interval 1.2 ± 2.26216 × 0.24944", () => {
    // differences 1 1 2 0 2 1 2 0 1 2: sum 12, mean 1.2; squared deviations sum to 5.6, variance 5.6 / 9,
    // sd 0.788811, standard error 0.788811 / √10 = 0.249444, margin 2.262157 × 0.249444 = 0.564281.
    const change = pairedChange(TEN)!;
    expect(change.pairs).toBe(10);
    expect(change.meanBefore).toBeCloseTo(2.3, 10);
    expect(change.meanAfter).toBeCloseTo(3.5, 10);
    expect(change.meanDifference).toBeCloseTo(1.2, 10);
    expect(change.sdDifference).toBeCloseTo(0.788811, 5);
    expect(change.lower).toBeCloseTo(0.635719, 5);
    expect(change.upper).toBeCloseTo(1.764281, 5);
  });

  it("has no interval for fewer than two pairs, and refuses non-numbers", () => {
    expect(pairedChange([])).toBeNull();
    expect(pairedChange([{ before: 1, after: 5 }])).toBeNull();
    expect(() => pairedChange([{ before: Number.NaN, after: 1 }, { before: 1, after: 1 }])).toThrow(RangeError);
  });

  it("a difference that is the same for everyone has a zero-width interval", () => {
    const change = pairedChange([{ before: 2, after: 3 }, { before: 4, after: 5 }, { before: 1, after: 2 }])!;
    expect([change.lower, change.meanDifference, change.upper]).toEqual([1, 1, 1]);
  });
});

describe("releasing a paired change", () => {
  it("shows the hand-computed figures rounded, with 10 pairs rounded to 10 and the verdict", () => {
    expect(releasePairedChange(TEN)).toEqual({
      pairs: 10, suppressed: false, meanBefore: 2.3, meanAfter: 3.5, meanDifference: 1.2, lower: 0.64, upper: 1.76, verdict: ChangeVerdict.ROSE,
    });
  });

  it("shows nothing but a suppressed count for 1 to 7 pairs, whatever the answers", () => {
    for (let n = 1; n <= 7; n++) {
      const released = releasePairedChange(TEN.slice(0, n));
      expect(released).toEqual({ pairs: null, suppressed: true, meanBefore: null, meanAfter: null, meanDifference: null, lower: null, upper: null, verdict: null });
    }
    expect(releasePairedChange(TEN.slice(0, 8)).suppressed).toBe(false);
  });
});

describe("releasing a Likert distribution", () => {
  it("suppresses every option of a question with 1-7 answers", () => {
    for (let n = 1; n <= 7; n++) {
      const counts = [0, 0, 0, 0, n];
      expect(releaseLikert(counts)).toEqual({ answered: null, suppressed: true, counts: [null, null, null, null, null], shares: [null, null, null, null, null] });
    }
  });

  it("rounds counts to 5, suppresses small cells, and gives shares only from complete rounded counts", () => {
    expect(releaseLikert([0, 0, 12, 9, 14])).toEqual({ answered: 35, suppressed: false, counts: [0, 0, 10, 10, 15], shares: [0, 0, 10 / 35, 10 / 35, 15 / 35] });
    const withSmallCell = releaseLikert([0, 3, 12, 9, 14]);
    expect(withSmallCell.counts).toEqual([0, null, 10, 10, 15]);
    expect(withSmallCell.shares).toEqual([null, null, null, null, null]);
    expect(releaseLikert([0, 0, 0, 0, 0])).toEqual({ answered: 0, suppressed: false, counts: [0, 0, 0, 0, 0], shares: [null, null, null, null, null] });
  });
});
