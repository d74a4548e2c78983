import { EthnicGroup, EthnicityCode, ethnicGroupOf } from "./ethnicity";

/**
 * The optional equality monitoring form an applicant may fill in after
 * applying: the protected characteristics the HPMA's application form asks
 * about, each with "prefer not to say". Answers are special category data:
 * kept apart from the application, used only in aggregates that go through
 * disclosure control, never in a decision. Ethnicity uses EthnicityCode
 * (A to S; Z is "prefer not to say").
 */

export enum MonitoringAgeBand {
  AGE_16_24 = "AGE_16_24",
  AGE_25_34 = "AGE_25_34",
  AGE_35_44 = "AGE_35_44",
  AGE_45_54 = "AGE_45_54",
  AGE_55_64 = "AGE_55_64",
  AGE_65_OR_OVER = "AGE_65_OR_OVER",
  PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY",
}

export enum MonitoringSex {
  FEMALE = "FEMALE",
  MALE = "MALE",
  INTERSEX = "INTERSEX",
  PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY",
}

/** For "is your gender identity the same as the sex you were registered at birth?" and "do you consider yourself disabled?". */
export enum MonitoringYesNo {
  YES = "YES",
  NO = "NO",
  PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY",
}

export enum MonitoringSexualOrientation {
  HETEROSEXUAL = "HETEROSEXUAL",
  GAY_OR_LESBIAN = "GAY_OR_LESBIAN",
  BISEXUAL = "BISEXUAL",
  OTHER = "OTHER",
  PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY",
}

export enum MonitoringReligion {
  NO_RELIGION = "NO_RELIGION",
  BUDDHIST = "BUDDHIST",
  CHRISTIAN = "CHRISTIAN",
  HINDU = "HINDU",
  JEWISH = "JEWISH",
  MUSLIM = "MUSLIM",
  SIKH = "SIKH",
  OTHER = "OTHER",
  PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY",
}

export const PREFER_NOT_TO_SAY_LABEL = "Prefer not to say";

export const ethnicityCodeLabels: Record<EthnicityCode, { group: string; label: string }> = {
  [EthnicityCode.A]: { group: "White", label: "English, Welsh, Scottish, Northern Irish or British" },
  [EthnicityCode.B]: { group: "White", label: "Irish" },
  [EthnicityCode.C]: { group: "White", label: "Any other White background" },
  [EthnicityCode.D]: { group: "Mixed or multiple ethnic groups", label: "White and Black Caribbean" },
  [EthnicityCode.E]: { group: "Mixed or multiple ethnic groups", label: "White and Black African" },
  [EthnicityCode.F]: { group: "Mixed or multiple ethnic groups", label: "White and Asian" },
  [EthnicityCode.G]: { group: "Mixed or multiple ethnic groups", label: "Any other mixed or multiple ethnic background" },
  [EthnicityCode.H]: { group: "Asian or Asian British", label: "Indian" },
  [EthnicityCode.J]: { group: "Asian or Asian British", label: "Pakistani" },
  [EthnicityCode.K]: { group: "Asian or Asian British", label: "Bangladeshi" },
  [EthnicityCode.L]: { group: "Asian or Asian British", label: "Any other Asian background" },
  [EthnicityCode.M]: { group: "Black, Black British, Caribbean or African", label: "Caribbean" },
  [EthnicityCode.N]: { group: "Black, Black British, Caribbean or African", label: "African" },
  [EthnicityCode.P]: { group: "Black, Black British, Caribbean or African", label: "Any other Black, Black British or Caribbean background" },
  [EthnicityCode.R]: { group: "Other ethnic group", label: "Chinese" },
  [EthnicityCode.S]: { group: "Other ethnic group", label: "Any other ethnic group" },
  [EthnicityCode.Z]: { group: PREFER_NOT_TO_SAY_LABEL, label: PREFER_NOT_TO_SAY_LABEL },
};

export const monitoringAgeBandLabels: Record<MonitoringAgeBand, string> = {
  [MonitoringAgeBand.AGE_16_24]: "16 to 24",
  [MonitoringAgeBand.AGE_25_34]: "25 to 34",
  [MonitoringAgeBand.AGE_35_44]: "35 to 44",
  [MonitoringAgeBand.AGE_45_54]: "45 to 54",
  [MonitoringAgeBand.AGE_55_64]: "55 to 64",
  [MonitoringAgeBand.AGE_65_OR_OVER]: "65 or over",
  [MonitoringAgeBand.PREFER_NOT_TO_SAY]: PREFER_NOT_TO_SAY_LABEL,
};

export const monitoringSexLabels: Record<MonitoringSex, string> = {
  [MonitoringSex.FEMALE]: "Female",
  [MonitoringSex.MALE]: "Male",
  [MonitoringSex.INTERSEX]: "Intersex",
  [MonitoringSex.PREFER_NOT_TO_SAY]: PREFER_NOT_TO_SAY_LABEL,
};

export const monitoringYesNoLabels: Record<MonitoringYesNo, string> = {
  [MonitoringYesNo.YES]: "Yes",
  [MonitoringYesNo.NO]: "No",
  [MonitoringYesNo.PREFER_NOT_TO_SAY]: PREFER_NOT_TO_SAY_LABEL,
};

export const monitoringSexualOrientationLabels: Record<MonitoringSexualOrientation, string> = {
  [MonitoringSexualOrientation.HETEROSEXUAL]: "Heterosexual or straight",
  [MonitoringSexualOrientation.GAY_OR_LESBIAN]: "Gay or lesbian",
  [MonitoringSexualOrientation.BISEXUAL]: "Bisexual",
  [MonitoringSexualOrientation.OTHER]: "Other sexual orientation",
  [MonitoringSexualOrientation.PREFER_NOT_TO_SAY]: PREFER_NOT_TO_SAY_LABEL,
};

export const monitoringReligionLabels: Record<MonitoringReligion, string> = {
  [MonitoringReligion.NO_RELIGION]: "No religion",
  [MonitoringReligion.BUDDHIST]: "Buddhist",
  [MonitoringReligion.CHRISTIAN]: "Christian",
  [MonitoringReligion.HINDU]: "Hindu",
  [MonitoringReligion.JEWISH]: "Jewish",
  [MonitoringReligion.MUSLIM]: "Muslim",
  [MonitoringReligion.SIKH]: "Sikh",
  [MonitoringReligion.OTHER]: "Any other religion or belief",
  [MonitoringReligion.PREFER_NOT_TO_SAY]: PREFER_NOT_TO_SAY_LABEL,
};

/**
 * The groups of the fair-selection table. Applicants who chose "prefer not
 * to say" (or left ethnicity blank) and those who never filled in the form
 * are counted apart from white and BME applicants and from each other, and
 * are left out of the relative likelihood (as WRES leaves out unknowns).
 */
export enum SelectionGroup {
  WHITE = "WHITE",
  BME = "BME",
  NOT_STATED = "NOT_STATED",
  NO_FORM = "NO_FORM",
}

export const selectionGroupLabels: Record<SelectionGroup, string> = {
  [SelectionGroup.WHITE]: "White",
  [SelectionGroup.BME]: "Black, Asian and minority ethnic",
  [SelectionGroup.NOT_STATED]: "Prefer not to say",
  [SelectionGroup.NO_FORM]: "Did not fill in the form",
};

/** The one place a monitoring answer becomes a fair-selection group; `undefined` = no form. */
export function selectionGroupOf(answer: { ethnicity: string | null } | undefined): SelectionGroup {
  if (!answer) return SelectionGroup.NO_FORM;
  const group = ethnicGroupOf(answer.ethnicity);
  if (group === EthnicGroup.WHITE) return SelectionGroup.WHITE;
  if (group === EthnicGroup.BME) return SelectionGroup.BME;
  return SelectionGroup.NOT_STATED;
}
