import {
  EthnicityCode,
  ethnicityCodeLabels,
  monitoringAgeBandLabels,
  monitoringReligionLabels,
  monitoringSexLabels,
  monitoringSexualOrientationLabels,
  monitoringYesNoLabels,
  Parity,
} from "@ascent/domain";

export interface Choice {
  value: string;
  label: string;
}

const choices = (labels: Record<string, string>): Choice[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Ethnic groups as the census form shows them: headed groups, then "prefer not to say" on its own. */
export const ethnicityGroups: Array<{ group: string; items: Choice[] }> = (() => {
  const groups = new Map<string, Choice[]>();
  for (const code of Object.values(EthnicityCode)) {
    const { group, label } = ethnicityCodeLabels[code];
    groups.set(group, [...(groups.get(group) ?? []), { value: code, label }]);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
})();

/** The other questions, in the order of the HPMA's form. */
export const monitoringQuestions = [
  { name: "ageBand", label: "Age", choices: choices(monitoringAgeBandLabels) },
  { name: "sex", label: "Sex", choices: choices(monitoringSexLabels) },
  { name: "genderSameAsBirth", label: "Is your gender identity the same as the sex you were registered at birth?", choices: choices(monitoringYesNoLabels) },
  { name: "sexualOrientation", label: "Sexual orientation", choices: choices(monitoringSexualOrientationLabels) },
  { name: "disability", label: "Do you consider yourself to have a disability or long-term health condition?", choices: choices(monitoringYesNoLabels) },
  { name: "religion", label: "Religion or belief", choices: choices(monitoringReligionLabels) },
] as const;

export type MonitoringQuestionName = (typeof monitoringQuestions)[number]["name"];

/** The verdict in words an academy manager uses: which applicants the interval says were favoured. */
export const parityWording: Record<Parity, { label: string; colour: string; explanation: string }> = {
  [Parity.FAVOURS_REFERENCE]: {
    label: "Favours white applicants",
    colour: "red",
    explanation: "The whole interval is above 1.25: white applicants were more likely to be offered a place, by more than chance would explain.",
  },
  [Parity.FAVOURS_FOCUS]: {
    label: "Favours BME applicants",
    colour: "orange",
    explanation: "The whole interval is below 0.80: BME applicants were more likely to be offered a place, by more than chance would explain.",
  },
  [Parity.WITHIN_PARITY]: { label: "Within parity", colour: "green", explanation: "The whole interval lies between 0.80 and 1.25." },
  [Parity.INCONCLUSIVE]: {
    label: "Inconclusive",
    colour: "gray",
    explanation: "The interval crosses an edge of the 0.80 to 1.25 band, so the difference could be chance. Small cohorts nearly always give this; the programme's figure says more.",
  },
};
