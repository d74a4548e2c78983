import { controlCount } from "./disclosure";
import { type DisclosureSettings, resolveDisclosureSettings } from "./settings";

/**
 * Evaluation statistics: the change in a self-rating from before to after a
 * programme on the same people (a paired difference with a Student-t
 * interval), and Likert distributions, each with its disclosure control.
 * Answers are people's own words about themselves: every figure that leaves
 * here has passed `releaseLikert` or `releasePairedChange`.
 */

// ---------------------------------------------------------------------------
// Student's t distribution

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; relative error about 1e-15). */
function logGamma(x: number): number {
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0];
  for (let i = 1; i < g + 2; i++) sum += c[i] / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction of the regularised incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** I_x(a, b), the regularised incomplete beta function. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The t with P(T <= t) = p, for p in (0, 1) and df >= 1 (bisection on the CDF, to 1e-12). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`);
  if (!(Number.isInteger(df) && df >= 1)) throw new RangeError(`studentTQuantile needs whole df >= 1, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let low = 0;
  let high = 1;
  while (studentTCdf(high, df) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12; i++) {
    const mid = (low + high) / 2;
    if (studentTCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

// ---------------------------------------------------------------------------
// Paired change

/** One person's rating before and after. */
export interface RatingPair {
  readonly before: number;
  readonly after: number;
}

export interface PairedChange {
  /** People who gave both ratings. */
  readonly pairs: number;
  readonly meanBefore: number;
  readonly meanAfter: number;
  /** Mean of (after - before). */
  readonly meanDifference: number;
  /** Sample standard deviation of the differences. */
  readonly sdDifference: number;
  /** The t-interval of the mean difference: mean ± t(1 - α/2, n - 1) · sd / √n. */
  readonly lower: number;
  readonly upper: number;
}

/** The paired difference and its t-interval; null with fewer than 2 pairs (no interval exists). */
export function pairedChange(pairs: readonly RatingPair[], confidenceLevel = 0.95): PairedChange | null {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) throw new RangeError(`confidenceLevel must be in (0, 1), got ${confidenceLevel}`);
  for (const pair of pairs) {
    if (!Number.isFinite(pair.before) || !Number.isFinite(pair.after)) throw new RangeError("ratings must be finite numbers");
  }
  const n = pairs.length;
  if (n < 2) return null;
  const differences = pairs.map((pair) => pair.after - pair.before);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const meanDifference = mean(differences);
  const variance = differences.reduce((sum, d) => sum + (d - meanDifference) ** 2, 0) / (n - 1);
  const sdDifference = Math.sqrt(variance);
  const margin = studentTQuantile(1 - (1 - confidenceLevel) / 2, n - 1) * (sdDifference / Math.sqrt(n));
  return {
    pairs: n,
    meanBefore: mean(pairs.map((pair) => pair.before)),
    meanAfter: mean(pairs.map((pair) => pair.after)),
    meanDifference,
    sdDifference,
    lower: meanDifference - margin,
    upper: meanDifference + margin,
  };
}

export enum ChangeVerdict {
  /** The interval lies above 0. */
  ROSE = "ROSE",
  /** The interval lies below 0. */
  FELL = "FELL",
  /** The interval includes 0. */
  INCONCLUSIVE = "INCONCLUSIVE",
}

export function changeVerdict(change: Pick<PairedChange, "lower" | "upper">): ChangeVerdict {
  if (change.lower > 0) return ChangeVerdict.ROSE;
  if (change.upper < 0) return ChangeVerdict.FELL;
  return ChangeVerdict.INCONCLUSIVE;
}

/** A paired change as a reader may see it. */
export interface ReleasedPairedChange {
  /** The number of pairs under disclosure control: null for 1-7, others rounded to 5. */
  readonly pairs: number | null;
  /** True when no figure is shown: too few pairs. */
  readonly suppressed: boolean;
  /** Means and interval rounded to `decimals` places; null when suppressed. */
  readonly meanBefore: number | null;
  readonly meanAfter: number | null;
  readonly meanDifference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly verdict: ChangeVerdict | null;
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Disclosure control of a paired change: no means or interval from 1 to
 * `suppressBelowOrEqual` people (the HES rule for means), and the number of
 * pairs rounded like any count. Differencing between shown figures is the
 * caller's part: build a larger group only from groups that are themselves
 * shown, and release a group's figures only once it can no longer change
 * (see docs/evaluations.md).
 */
export function releasePairedChange(pairs: readonly RatingPair[], settings: Partial<DisclosureSettings> = {}, options: { confidenceLevel?: number; decimals?: number } = {}): ReleasedPairedChange {
  const resolved = resolveDisclosureSettings(settings);
  const shownPairs = controlCount(pairs.length, resolved);
  const change = pairs.length > resolved.suppressBelowOrEqual ? pairedChange(pairs, options.confidenceLevel) : null;
  if (!change) return { pairs: shownPairs, suppressed: true, meanBefore: null, meanAfter: null, meanDifference: null, lower: null, upper: null, verdict: null };
  const decimals = options.decimals ?? 2;
  return {
    pairs: shownPairs,
    suppressed: false,
    meanBefore: round(change.meanBefore, decimals),
    meanAfter: round(change.meanAfter, decimals),
    meanDifference: round(change.meanDifference, decimals),
    lower: round(change.lower, decimals),
    upper: round(change.upper, decimals),
    verdict: changeVerdict(change),
  };
}

// ---------------------------------------------------------------------------
// Likert distributions

export interface ReleasedLikert {
  /** Answers, under disclosure control. */
  readonly answered: number | null;
  /** True when the question had 1 to `suppressBelowOrEqual` answers: no option's count is shown. */
  readonly suppressed: boolean;
  /** Per option (1 first), under disclosure control: null for 1-7, others rounded to 5; all null when suppressed. */
  readonly counts: ReadonlyArray<number | null>;
  /** Per option, its share of the shown counts (0-1), from the rounded counts; null where the count is, or when any is, suppressed. */
  readonly shares: ReadonlyArray<number | null>;
}

/**
 * A Likert question's answers by option, released. `counts[i]` is how many
 * chose option i + 1. Shares come from the rounded counts, so they add
 * nothing to what the counts show.
 */
export function releaseLikert(counts: readonly number[], settings: Partial<DisclosureSettings> = {}): ReleasedLikert {
  const resolved = resolveDisclosureSettings(settings);
  const answered = counts.reduce((sum, count) => sum + count, 0);
  const shownAnswered = controlCount(answered, resolved);
  if (answered <= resolved.suppressBelowOrEqual) {
    return { answered: shownAnswered, suppressed: answered > 0, counts: counts.map(() => (answered === 0 ? 0 : null)), shares: counts.map(() => null) };
  }
  const shown = counts.map((count) => controlCount(count, resolved));
  const complete = shown.every((count) => count !== null);
  const total = shown.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  const shares = shown.map((count) => (complete && total > 0 && count !== null ? count / total : null));
  return { answered: shownAnswered, suppressed: false, counts: shown, shares };
}
