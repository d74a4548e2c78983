/**
 * Settings for computing and releasing indicators. Every threshold is a
 * setting with a documented default; nothing is buried in the formulas.
 */

/** A closed interval `[lower, upper]` that counts as parity. */
export interface ParityBand {
  readonly lower: number;
  readonly upper: number;
}

export interface MetricSettings {
  /** Confidence level of every interval, in (0, 1). Default 0.95. */
  readonly confidenceLevel: number;
  /**
   * Parity band for ratios: relative likelihoods, and a representation share
   * divided by the comparator share. Must contain 1. Default 0.80-1.25 (the
   * "four-fifths rule"; HSJ reports the disciplinary ratio against 1.25).
   * Use `{ lower: 1, upper: 1 }` for a plain "interval excludes 1" test.
   */
  readonly ratioParityBand: ParityBand;
  /**
   * Parity band for differences of two fractions (indicators 5-9), in fraction
   * units (0.02 is 2 percentage points). Must contain 0. Default 0-0: the flag
   * is raised when the interval excludes 0.
   */
  readonly differenceParityBand: ParityBand;
}

export const DEFAULT_METRIC_SETTINGS: MetricSettings = Object.freeze({
  confidenceLevel: 0.95,
  ratioParityBand: Object.freeze({ lower: 0.8, upper: 1.25 }),
  differenceParityBand: Object.freeze({ lower: 0, upper: 0 }),
});

/**
 * Small-number disclosure control (NHS Digital's HES rule since 2018): counts
 * of 1 to `suppressBelowOrEqual` are suppressed, other counts rounded half up
 * to the nearest `roundTo`. 0 stays 0.
 */
export interface DisclosureSettings {
  /** Largest count that is suppressed (0 turns suppression off). Default 7. */
  readonly suppressBelowOrEqual: number;
  /** Counts above the threshold are rounded to a multiple of this (1 turns rounding off). Default 5. */
  readonly roundTo: number;
  /**
   * Aggregates over several organisations (England, a region): the fewest
   * organisations, other than the reader's own, that an aggregate must
   * include to be shown at all, and that must contribute to a count for it
   * to be shown. Default 3, the minimum-frequency ("threshold") rule of
   * statistical offices for tables of businesses; see `releaseAggregate`.
   * 1 turns the rule off.
   */
  readonly minimumOrganisations: number;
}

export const DEFAULT_DISCLOSURE_SETTINGS: DisclosureSettings = Object.freeze({
  suppressBelowOrEqual: 7,
  roundTo: 5,
  minimumOrganisations: 3,
});

/** Fill in defaults and check a partial set of metric settings. Throws RangeError when a value is unusable. */
export function resolveMetricSettings(partial: Partial<MetricSettings> = {}): MetricSettings {
  const settings: MetricSettings = { ...DEFAULT_METRIC_SETTINGS, ...partial };
  const { confidenceLevel, ratioParityBand: ratio, differenceParityBand: difference } = settings;
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`confidenceLevel must be between 0 and 1 exclusive, got ${confidenceLevel}`);
  }
  if (!(ratio.lower > 0 && ratio.lower <= 1 && ratio.upper >= 1 && Number.isFinite(ratio.upper))) {
    throw new RangeError(`ratioParityBand must satisfy 0 < lower <= 1 <= upper, got ${ratio.lower}-${ratio.upper}`);
  }
  if (!(difference.lower <= 0 && difference.upper >= 0 && difference.lower >= -1 && difference.upper <= 1)) {
    throw new RangeError(
      `differenceParityBand must satisfy -1 <= lower <= 0 <= upper <= 1, got ${difference.lower}-${difference.upper}`,
    );
  }
  return settings;
}

/**
 * Fill in defaults and check disclosure settings. Both values are whole
 * numbers; `roundTo` may be at most `2 * (suppressBelowOrEqual + 1)` so that
 * no count that is shown rounds down to 0 (which would read as "none").
 */
export function resolveDisclosureSettings(partial: Partial<DisclosureSettings> = {}): DisclosureSettings {
  const settings: DisclosureSettings = { ...DEFAULT_DISCLOSURE_SETTINGS, ...partial };
  const { suppressBelowOrEqual: threshold, roundTo, minimumOrganisations } = settings;
  if (!Number.isSafeInteger(minimumOrganisations) || minimumOrganisations < 1) {
    throw new RangeError(`minimumOrganisations must be a whole number >= 1, got ${minimumOrganisations}`);
  }
  if (!Number.isSafeInteger(threshold) || threshold < 0) {
    throw new RangeError(`suppressBelowOrEqual must be a whole number >= 0, got ${threshold}`);
  }
  if (!Number.isSafeInteger(roundTo) || roundTo < 1) {
    throw new RangeError(`roundTo must be a whole number >= 1, got ${roundTo}`);
  }
  if (roundTo > 2 * (threshold + 1)) {
    throw new RangeError(
      `roundTo (${roundTo}) must be at most 2 * (suppressBelowOrEqual + 1) = ${2 * (threshold + 1)}, ` +
        `or a count just above the threshold would round to 0`,
    );
  }
  return settings;
}
