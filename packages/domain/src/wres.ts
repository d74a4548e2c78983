import { AfcBand } from "./bands";

/**
 * Workforce Race Equality Standard (WRES): the names shared by the api, the
 * console and partners' code. The formulas live in `@ascent/metrics`.
 */

/** Indicator 1 is reported separately for clinical and non-clinical staff. */
export enum WorkforceCategory {
  CLINICAL = "CLINICAL",
  NON_CLINICAL = "NON_CLINICAL",
}

export const workforceCategoryLabels: Record<WorkforceCategory, string> = {
  [WorkforceCategory.CLINICAL]: "Clinical",
  [WorkforceCategory.NON_CLINICAL]: "Non-clinical",
};

/** Medical and dental staff are not on Agenda for Change; WRES reports them in three grade groups. */
export enum MedicalGrade {
  CONSULTANT = "CONSULTANT",
  NON_CONSULTANT_CAREER_GRADE = "NON_CONSULTANT_CAREER_GRADE",
  TRAINEE = "TRAINEE",
}

export const medicalGradeLabels: Record<MedicalGrade, string> = {
  [MedicalGrade.CONSULTANT]: "Consultant",
  [MedicalGrade.NON_CONSULTANT_CAREER_GRADE]: "Non-consultant career grade",
  [MedicalGrade.TRAINEE]: "Trainee grade",
};

/**
 * A row of WRES indicator 1: an AfC band (1-9, 8a-8d, VSM) or a medical grade.
 * Usable as a value (`WresGrade.BAND_8A`, `WresGrade.CONSULTANT`, or with
 * type-graphql's `registerEnumType`) and as a type.
 */
export const WresGrade = { ...AfcBand, ...MedicalGrade } as const;
export type WresGrade = AfcBand | MedicalGrade;

export const wresGradeLabels: Record<WresGrade, string> = {
  [AfcBand.BAND_1]: "Band 1",
  [AfcBand.BAND_2]: "Band 2",
  [AfcBand.BAND_3]: "Band 3",
  [AfcBand.BAND_4]: "Band 4",
  [AfcBand.BAND_5]: "Band 5",
  [AfcBand.BAND_6]: "Band 6",
  [AfcBand.BAND_7]: "Band 7",
  [AfcBand.BAND_8A]: "Band 8a",
  [AfcBand.BAND_8B]: "Band 8b",
  [AfcBand.BAND_8C]: "Band 8c",
  [AfcBand.BAND_8D]: "Band 8d",
  [AfcBand.BAND_9]: "Band 9",
  [AfcBand.VSM]: "Very senior manager",
  ...medicalGradeLabels,
};

/** AfC bands in pay order, then the medical grades (clinical staff only). */
export const WRES_GRADES_IN_ORDER: readonly WresGrade[] = [
  ...Object.values(AfcBand),
  ...Object.values(MedicalGrade),
];

export function isMedicalGrade(grade: WresGrade): grade is MedicalGrade {
  return (Object.values(MedicalGrade) as string[]).includes(grade);
}

/** The grade rows reported for a category: medical grades are clinical only. */
export function wresGradesFor(category: WorkforceCategory): readonly WresGrade[] {
  return category === WorkforceCategory.CLINICAL
    ? WRES_GRADES_IN_ORDER
    : WRES_GRADES_IN_ORDER.filter((grade) => !isMedicalGrade(grade));
}

/** The nine WRES indicators. Band rows of indicator 1 use sub-codes such as `WRES1.NON_CLINICAL.BAND_8A`. */
export enum WresIndicatorCode {
  WRES1 = "WRES1",
  WRES2 = "WRES2",
  WRES3 = "WRES3",
  WRES4 = "WRES4",
  WRES5 = "WRES5",
  WRES6 = "WRES6",
  WRES7 = "WRES7",
  WRES8 = "WRES8",
  WRES9 = "WRES9",
}

export const wresIndicatorLabels: Record<WresIndicatorCode, string> = {
  [WresIndicatorCode.WRES1]: "Staff in each AfC band and medical grade compared with the overall workforce",
  [WresIndicatorCode.WRES2]: "Relative likelihood of white staff being appointed from shortlisting compared with BME staff",
  [WresIndicatorCode.WRES3]:
    "Relative likelihood of BME staff entering the formal disciplinary process compared with white staff",
  [WresIndicatorCode.WRES4]:
    "Relative likelihood of white staff accessing non-mandatory training and CPD compared with BME staff",
  [WresIndicatorCode.WRES5]:
    "Staff experiencing harassment, bullying or abuse from patients, relatives or the public in the last 12 months",
  [WresIndicatorCode.WRES6]: "Staff experiencing harassment, bullying or abuse from staff in the last 12 months",
  [WresIndicatorCode.WRES7]: "Staff believing the organisation provides equal opportunities for career progression or promotion",
  [WresIndicatorCode.WRES8]:
    "Staff personally experiencing discrimination at work from a manager, team leader or colleagues in the last 12 months",
  [WresIndicatorCode.WRES9]: "BME share of board voting members minus BME share of the overall workforce",
};

/** Separator between an indicator code and its row keys, as in `WRES1.CLINICAL.CONSULTANT`. */
export const INDICATOR_CODE_SEPARATOR = ".";
