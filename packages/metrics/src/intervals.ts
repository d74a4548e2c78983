/**
 * Confidence intervals. Pure functions of whole-number counts; no rounding.
 *
 * - One proportion: Wilson score interval (good coverage for small counts and
 *   for 0 or n events, never outside [0, 1]).
 * - Ratio of two proportions (relative likelihood): log method (Katz),
 *   `exp(ln RR ± z * sqrt(1/a - 1/n1 + 1/c - 1/n2))`.
 * - Difference of two independent proportions: Newcombe's hybrid score
 *   interval (method 10), built from the two Wilson intervals.
 *
 * Undefined cases return null (never NaN or Infinity); callers report why.
 */

/** A point estimate with its interval; always `lower <= value <= upper`. */
export interface Estimate {
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
}

/** Events out of a total, e.g. 1465 appointed out of 10000 shortlisted. */
export interface Cell {
  readonly events: number;
  readonly total: number;
}

// Acklam's rational approximation of the inverse normal CDF (relative error < 1.2e-9).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** The standard normal quantile: the z with P(Z <= z) = p, for p in (0, 1). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  if (p > 1 - P_LOW) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/** The two-sided critical value for a confidence level: 1.959964 for 0.95. */
export function zForConfidence(confidenceLevel: number): number {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`confidenceLevel must be between 0 and 1 exclusive, got ${confidenceLevel}`);
  }
  return normalQuantile((1 + confidenceLevel) / 2);
}

function checkCell({ events, total }: Cell): void {
  if (!Number.isSafeInteger(events) || !Number.isSafeInteger(total) || events < 0 || events > total) {
    throw new RangeError(`a cell needs whole numbers 0 <= events <= total, got ${events}/${total}`);
  }
}

/**
 * Wilson score interval for `events / total`. Null when `total` is 0.
 *
 *     centre = (p + z²/2n) / (1 + z²/n)
 *     half   = z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²)
 */
export function wilsonInterval(events: number, total: number, confidenceLevel = 0.95): Estimate | null {
  checkCell({ events, total });
  if (total === 0) return null;
  const z = zForConfidence(confidenceLevel);
  const p = events / total;
  const z2n = (z * z) / total;
  const denominator = 1 + z2n;
  const centre = (p + z2n / 2) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2n / (4 * total));
  // The exact bounds are 0 at 0 events and 1 at `total` events; pin them so rounding never puts p outside.
  const lower = events === 0 ? 0 : Math.min(p, Math.max(0, centre - half));
  const upper = events === total ? 1 : Math.max(p, Math.min(1, centre + half));
  return { value: p, lower, upper };
}

/**
 * Relative likelihood `(numerator.events / numerator.total) ÷ (denominator.events / denominator.total)`
 * with its log-method interval. Null when any of the four counts is 0: the
 * ratio is then 0, infinite or undefined, and the log interval does not
 * exist. No continuity correction is applied (see README, "Zero cells").
 *
 * Swapping the two cells gives exactly `1 / value` and the interval `[1 / upper, 1 / lower]`
 * (to floating-point precision).
 */
export function logRelativeRiskInterval(numerator: Cell, denominator: Cell, confidenceLevel = 0.95): Estimate | null {
  checkCell(numerator);
  checkCell(denominator);
  if (numerator.events === 0 || denominator.events === 0) return null;
  const z = zForConfidence(confidenceLevel);
  // Written so that swapping the cells negates the logs exactly.
  const logRateNumerator = Math.log(numerator.events) - Math.log(numerator.total);
  const logRateDenominator = Math.log(denominator.events) - Math.log(denominator.total);
  const logRatio = logRateNumerator - logRateDenominator;
  const variance =
    (1 / numerator.events - 1 / numerator.total) + (1 / denominator.events - 1 / denominator.total);
  const margin = z * Math.sqrt(variance);
  const value = numerator.events / numerator.total / (denominator.events / denominator.total);
  return {
    value,
    lower: Math.min(value, Math.exp(logRatio - margin)),
    upper: Math.max(value, Math.exp(logRatio + margin)),
  };
}

/**
 * Newcombe's hybrid score interval for `p1 - p2` of two independent
 * proportions. Null when either total is 0.
 *
 *     lower = d - sqrt((p1 - l1)² + (u2 - p2)²)
 *     upper = d + sqrt((u1 - p1)² + (p2 - l2)²)
 *
 * where (l1, u1) and (l2, u2) are the Wilson intervals of p1 and p2.
 */
export function newcombeDifferenceInterval(first: Cell, second: Cell, confidenceLevel = 0.95): Estimate | null {
  const one = wilsonInterval(first.events, first.total, confidenceLevel);
  const two = wilsonInterval(second.events, second.total, confidenceLevel);
  if (one === null || two === null) return null;
  const value = one.value - two.value;
  const lower = value - Math.hypot(one.value - one.lower, two.upper - two.value);
  const upper = value + Math.hypot(one.upper - one.value, two.value - two.lower);
  return { value, lower: Math.max(-1, Math.min(value, lower)), upper: Math.min(1, Math.max(value, upper)) };
}
