import { addMonthsToLocalDate, baselineForHorizon, DisclosureStatus, FOLLOW_UP_MONTHS, ImpactNullReason, ImpactVerdict, OutcomeGroup } from "@ascent/domain";
import { controlCount, roundHalfUpTo } from "./disclosure";
import { newcombeDifferenceInterval, wilsonInterval } from "./intervals";
import { type DisclosureSettings, resolveDisclosureSettings } from "./settings";

/**
 * Programme impact: the share of participants promoted within 6, 12 and 24
 * months of completion, against a comparison group (applicants to the same
 * cohorts who were waitlisted, never placed, and agreed to be followed up),
 * and optionally a baseline rate. Counting is here, from one row per person;
 * the figures leave only through `releaseImpact`.
 */

/** One person, as the counting needs them: no name, no id. */
export interface ImpactPerson {
  readonly group: OutcomeGroup;
  /** The first day a promotion counts from: the cohort's first day (the same for both groups). */
  readonly windowStart: string;
  /** Completion (for the comparison group: the cohort's end). Horizons are counted from here. */
  readonly completedOn: string;
  /** Effective dates of the promotions recorded for them. */
  readonly promotions: readonly string[];
  /** Employed by the reader (a partner trust's own staff), whose outcomes the reader knows anyway. */
  readonly own?: boolean;
}

/** One group at one horizon: people whose window has passed, and how many of them were promoted. */
export interface ImpactCell {
  readonly promoted: number;
  readonly followed: number;
  /** Of those, the reader's own staff. */
  readonly ownPromoted: number;
  readonly ownFollowed: number;
}

export type ImpactCells = Readonly<Record<OutcomeGroup, ImpactCell>>;

/** One cohort's counts, by horizon in months. */
export type ImpactPart = Readonly<Record<number, ImpactCells>>;

const EMPTY_CELL: ImpactCell = { promoted: 0, followed: 0, ownPromoted: 0, ownFollowed: 0 };
const GROUPS = [OutcomeGroup.PARTICIPANT, OutcomeGroup.COMPARISON] as const;

/**
 * Counts one cohort's people. A person counts at a horizon once it has
 * passed (`completedOn` + months is on or before `today`), so a recent
 * cohort never lowers the 24-month share by people who have had 7 months;
 * they are promoted at that horizon when a promotion took effect from the
 * window's start up to the horizon. Nobody told us about counts as not promoted.
 */
export function countImpact(people: readonly ImpactPerson[], today: string, horizons: readonly number[] = FOLLOW_UP_MONTHS): ImpactPart {
  const part: Record<number, Record<OutcomeGroup, ImpactCell>> = {};
  for (const months of horizons) {
    const cells = { [OutcomeGroup.PARTICIPANT]: { ...EMPTY_CELL }, [OutcomeGroup.COMPARISON]: { ...EMPTY_CELL } };
    for (const person of people) {
      const horizonEnd = addMonthsToLocalDate(person.completedOn, months);
      if (horizonEnd > today) continue;
      const promoted = person.promotions.some((date) => date >= person.windowStart && date <= horizonEnd);
      const cell = cells[person.group];
      cells[person.group] = {
        promoted: cell.promoted + (promoted ? 1 : 0),
        followed: cell.followed + 1,
        ownPromoted: cell.ownPromoted + (promoted && person.own ? 1 : 0),
        ownFollowed: cell.ownFollowed + (person.own ? 1 : 0),
      };
    }
    part[months] = cells;
  }
  return part;
}

/** One group's figure at one horizon, as released. */
export interface ImpactGroupFigure {
  /** Null when suppressed. */
  readonly promoted: number | null;
  readonly followed: number | null;
  /** promoted ÷ followed, from the figures shown; with its Wilson interval. */
  readonly share: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly reason: ImpactNullReason | null;
}

export interface ImpactHorizonFigure {
  readonly months: number;
  readonly participants: ImpactGroupFigure;
  readonly comparison: ImpactGroupFigure;
  /** Participants' share minus the comparison group's, with Newcombe's hybrid score interval. */
  readonly difference: number | null;
  readonly differenceLower: number | null;
  readonly differenceUpper: number | null;
  readonly verdict: ImpactVerdict;
  /** The academy's baseline for this horizon, when it entered one. */
  readonly baseline: number | null;
  /** Participants' interval against the baseline. */
  readonly baselineVerdict: ImpactVerdict;
}

export interface ReleasedImpact {
  /** RAW for the owning academy; CONTROLLED for everyone else. */
  readonly disclosure: DisclosureStatus;
  readonly confidenceLevel: number;
  readonly horizons: readonly ImpactHorizonFigure[];
}

export interface ImpactReleaseOptions {
  /** True for a reader who may see each person's outcome anyway (the owning academy's staff, administrators). */
  readonly raw: boolean;
  /** Annual promotion rate of comparable staff (a fraction), when the academy entered one. */
  readonly baselineAnnualRate?: number | null;
  readonly confidenceLevel?: number;
  readonly disclosure?: Partial<DisclosureSettings>;
  readonly horizons?: readonly number[];
}

const sumCells = (a: ImpactCell, b: ImpactCell): ImpactCell => ({
  promoted: a.promoted + b.promoted,
  followed: a.followed + b.followed,
  ownPromoted: a.ownPromoted + b.ownPromoted,
  ownFollowed: a.ownFollowed + b.ownFollowed,
});

function checkCell(cell: ImpactCell, path: string): void {
  const whole = [cell.promoted, cell.followed, cell.ownPromoted, cell.ownFollowed].every((n) => Number.isSafeInteger(n) && n >= 0);
  if (!whole || cell.promoted > cell.followed || cell.ownPromoted > cell.ownFollowed || cell.ownFollowed > cell.followed || cell.ownPromoted > cell.promoted) {
    throw new RangeError(`${path}: inconsistent counts ${JSON.stringify(cell)}`);
  }
}

function figureOf(promoted: number, followed: number, confidenceLevel: number): ImpactGroupFigure {
  if (followed === 0) return { promoted: 0, followed: 0, share: null, lower: null, upper: null, reason: ImpactNullReason.EMPTY_GROUP };
  const interval = wilsonInterval(promoted, followed, confidenceLevel);
  return { promoted, followed, share: interval?.value ?? null, lower: interval?.lower ?? null, upper: interval?.upper ?? null, reason: null };
}

const nothing = (reason: ImpactNullReason, followed: number | null = null): ImpactGroupFigure => ({ promoted: null, followed, share: null, lower: null, upper: null, reason });

/**
 * Disclosure control of one group over the cohorts that may contribute.
 *
 * - A cohort's group of 1 to 7 people is left out of the sum altogether, so
 *   a figure with and without a small group is the same figure: nothing can
 *   be learnt by setting one beside the other (or beside itself a month
 *   later, when a small cohort reaches the horizon).
 * - The share is shown only when at least 8 people were promoted and at
 *   least 8 were not, leaving out the reader's own staff (whose outcomes a
 *   partner knows): with fewer, or with everyone on one side, the figure
 *   would say what happened to someone the reader can name.
 * - Shown counts are rounded to the nearest 5 and the share and its
 *   interval are worked out from the rounded counts.
 */
function controlledFigure(cells: readonly ImpactCell[], settings: DisclosureSettings, confidenceLevel: number): ImpactGroupFigure {
  const threshold = settings.suppressBelowOrEqual;
  const rawFollowed = cells.reduce((sum, cell) => sum + cell.followed, 0);
  if (rawFollowed === 0) return { ...nothing(ImpactNullReason.EMPTY_GROUP, 0), promoted: 0 };
  const total = cells.filter((cell) => cell.followed > threshold).reduce(sumCells, EMPTY_CELL);
  const othersPromoted = total.promoted - total.ownPromoted;
  const othersNotPromoted = total.followed - total.promoted - (total.ownFollowed - total.ownPromoted);
  if (othersPromoted <= threshold || othersNotPromoted <= threshold) return nothing(ImpactNullReason.SUPPRESSED, total.followed === 0 ? null : controlCount(total.followed, settings));
  return figureOf(roundHalfUpTo(total.promoted, settings.roundTo), roundHalfUpTo(total.followed, settings.roundTo), confidenceLevel);
}

function verdictOf(lower: number | null, upper: number | null, against: number): ImpactVerdict {
  if (lower === null || upper === null) return ImpactVerdict.NO_FIGURE;
  if (lower > against) return ImpactVerdict.PARTICIPANTS_MORE_LIKELY;
  if (upper < against) return ImpactVerdict.PARTICIPANTS_LESS_LIKELY;
  return ImpactVerdict.INCONCLUSIVE;
}

/**
 * The only way impact figures leave: over the given cohorts (one for a
 * cohort's figures, every cohort for a programme's), raw for the owning
 * academy, disclosure-controlled for anyone else (see `controlledFigure`).
 */
export function releaseImpact(parts: readonly ImpactPart[], options: ImpactReleaseOptions): ReleasedImpact {
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const settings = resolveDisclosureSettings(options.disclosure);
  const baselineRate = options.baselineAnnualRate ?? null;
  if (baselineRate !== null && !(baselineRate >= 0 && baselineRate <= 1)) throw new RangeError(`a baseline rate is a fraction from 0 to 1, got ${baselineRate}`);
  const horizons = (options.horizons ?? FOLLOW_UP_MONTHS).map((months) => {
    const cellsOf = (group: OutcomeGroup) =>
      parts.map((part, index) => {
        const cell = part[months]?.[group] ?? EMPTY_CELL;
        checkCell(cell, `part ${index}, ${months} months, ${group}`);
        return cell;
      });
    const started = GROUPS.some((group) => cellsOf(group).some((cell) => cell.followed > 0));
    const figure = (group: OutcomeGroup): ImpactGroupFigure => {
      if (!started) return nothing(ImpactNullReason.NOT_YET);
      const cells = cellsOf(group);
      if (options.raw) {
        const total = cells.reduce(sumCells, EMPTY_CELL);
        return figureOf(total.promoted, total.followed, confidenceLevel);
      }
      return controlledFigure(cells, settings, confidenceLevel);
    };
    const participants = figure(OutcomeGroup.PARTICIPANT);
    const comparison = figure(OutcomeGroup.COMPARISON);
    const difference =
      participants.share !== null && comparison.share !== null
        ? newcombeDifferenceInterval(
            { events: participants.promoted as number, total: participants.followed as number },
            { events: comparison.promoted as number, total: comparison.followed as number },
            confidenceLevel,
          )
        : null;
    const baseline = baselineRate === null ? null : baselineForHorizon(baselineRate, months);
    return {
      months,
      participants,
      comparison,
      difference: difference?.value ?? null,
      differenceLower: difference?.lower ?? null,
      differenceUpper: difference?.upper ?? null,
      verdict: verdictOf(difference?.lower ?? null, difference?.upper ?? null, 0),
      baseline,
      baselineVerdict: baseline === null ? ImpactVerdict.NO_FIGURE : verdictOf(participants.lower, participants.upper, baseline),
    };
  });
  return { disclosure: options.raw ? DisclosureStatus.RAW : DisclosureStatus.CONTROLLED, confidenceLevel, horizons };
}
