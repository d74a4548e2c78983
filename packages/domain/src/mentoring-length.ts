import { addMonthsToLocalDate, formatLondonDate, localDateToNoonUtc } from "./london-time";

/**
 * Whether a mentoring or coaching relationship lasts the programme's minimum
 * (the South East programme asks for 6 months). Dates are YYYY-MM-DD (London).
 */
export enum MentoringLengthState {
  /** The programme sets no minimum. */
  NO_MINIMUM = "NO_MINIMUM",
  /** Running, and nothing planned cuts it short. */
  ON_TRACK = "ON_TRACK",
  /** Running, but planned to end before the minimum: the warning before it falls short. */
  AT_RISK = "AT_RISK",
  /** It has lasted the minimum (running or ended). */
  MET = "MET",
  /** Ended before the minimum. */
  FELL_SHORT = "FELL_SHORT",
}

export const mentoringLengthStateLabels: Record<MentoringLengthState, string> = {
  [MentoringLengthState.NO_MINIMUM]: "No minimum",
  [MentoringLengthState.ON_TRACK]: "On track",
  [MentoringLengthState.AT_RISK]: "Will fall short",
  [MentoringLengthState.MET]: "Minimum met",
  [MentoringLengthState.FELL_SHORT]: "Fell short",
};

export interface MentoringLengthInput {
  startsOn: string;
  /** When they plan to stop; null while open-ended. */
  plannedEndOn: string | null;
  /** When it ended; null while running. */
  endedOn: string | null;
  /** The programme's minimum, in months; null for none. */
  minimumMonths: number | null;
  /** Today in London. */
  today: string;
}

export interface MentoringLength {
  state: MentoringLengthState;
  /** The first day on which the minimum is met; null without a minimum. */
  minimumMetOn: string | null;
  /** One sentence for the screen. */
  summary: string;
}

const day = (date: string) => formatLondonDate(localDateToNoonUtc(date));

export function mentoringLength({ startsOn, plannedEndOn, endedOn, minimumMonths, today }: MentoringLengthInput): MentoringLength {
  if (minimumMonths === null) {
    return { state: MentoringLengthState.NO_MINIMUM, minimumMetOn: null, summary: endedOn ? `Ended on ${day(endedOn)}.` : "The programme sets no minimum length." };
  }
  const minimumMetOn = addMonthsToLocalDate(startsOn, minimumMonths);
  const months = `${minimumMonths}-month minimum`;
  if (endedOn !== null) {
    return endedOn >= minimumMetOn
      ? { state: MentoringLengthState.MET, minimumMetOn, summary: `Ended on ${day(endedOn)}, after the ${months}.` }
      : { state: MentoringLengthState.FELL_SHORT, minimumMetOn, summary: `Ended on ${day(endedOn)}, before the ${months} (${day(minimumMetOn)}).` };
  }
  if (today >= minimumMetOn) return { state: MentoringLengthState.MET, minimumMetOn, summary: `Met the ${months} on ${day(minimumMetOn)}.` };
  if (plannedEndOn !== null && plannedEndOn < minimumMetOn) {
    return { state: MentoringLengthState.AT_RISK, minimumMetOn, summary: `Planned to end on ${day(plannedEndOn)}, before the ${months} (${day(minimumMetOn)}).` };
  }
  return { state: MentoringLengthState.ON_TRACK, minimumMetOn, summary: `Meets the ${months} on ${day(minimumMetOn)}.` };
}
