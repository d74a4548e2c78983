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

/**
 * Groups of staff a Model Employer aspiration (a BME representation target)
 * can be set for. Bands count clinical and non-clinical staff on Agenda for
 * Change together; medical grades are not part of a band group.
 */
export enum WresTargetGroup {
  WHOLE_WORKFORCE = "WHOLE_WORKFORCE",
  BANDS_1_TO_5 = "BANDS_1_TO_5",
  BANDS_6_TO_7 = "BANDS_6_TO_7",
  BAND_8A_AND_ABOVE = "BAND_8A_AND_ABOVE",
  BAND_8A = "BAND_8A",
  BAND_8B = "BAND_8B",
  BAND_8C = "BAND_8C",
  BAND_8D = "BAND_8D",
  BAND_9 = "BAND_9",
  VSM = "VSM",
  BOARD = "BOARD",
}

export const wresTargetGroupLabels: Record<WresTargetGroup, string> = {
  [WresTargetGroup.WHOLE_WORKFORCE]: "Whole workforce",
  [WresTargetGroup.BANDS_1_TO_5]: "Bands 1-5",
  [WresTargetGroup.BANDS_6_TO_7]: "Bands 6-7",
  [WresTargetGroup.BAND_8A_AND_ABOVE]: "Band 8a and above (including VSM)",
  [WresTargetGroup.BAND_8A]: "Band 8a",
  [WresTargetGroup.BAND_8B]: "Band 8b",
  [WresTargetGroup.BAND_8C]: "Band 8c",
  [WresTargetGroup.BAND_8D]: "Band 8d",
  [WresTargetGroup.BAND_9]: "Band 9",
  [WresTargetGroup.VSM]: "Very senior managers",
  [WresTargetGroup.BOARD]: "Board voting members",
};

/**
 * The indicator 1 grades a target group covers (both categories), "ALL" for
 * every row including medical grades, or "BOARD" for the board counts.
 */
export function wresTargetGroupGrades(group: WresTargetGroup): readonly WresGrade[] | "ALL" | "BOARD" {
  const { BAND_1, BAND_2, BAND_3, BAND_4, BAND_5, BAND_6, BAND_7, BAND_8A, BAND_8B, BAND_8C, BAND_8D, BAND_9, VSM } = AfcBand;
  switch (group) {
    case WresTargetGroup.WHOLE_WORKFORCE:
      return "ALL";
    case WresTargetGroup.BOARD:
      return "BOARD";
    case WresTargetGroup.BANDS_1_TO_5:
      return [BAND_1, BAND_2, BAND_3, BAND_4, BAND_5];
    case WresTargetGroup.BANDS_6_TO_7:
      return [BAND_6, BAND_7];
    case WresTargetGroup.BAND_8A_AND_ABOVE:
      return [BAND_8A, BAND_8B, BAND_8C, BAND_8D, BAND_9, VSM];
    case WresTargetGroup.BAND_8A:
      return [BAND_8A];
    case WresTargetGroup.BAND_8B:
      return [BAND_8B];
    case WresTargetGroup.BAND_8C:
      return [BAND_8C];
    case WresTargetGroup.BAND_8D:
      return [BAND_8D];
    case WresTargetGroup.BAND_9:
      return [BAND_9];
    case WresTargetGroup.VSM:
      return [VSM];
  }
}

/**
 * The levels of "representation in senior roles" by ethnic group, with the
 * whole workforce first to compare them with, then the pipeline below
 * (bands 1-5, bands 6-7), then band 8a and above (VSM included), very
 * senior managers and board voting members.
 */
export const WRES_SENIOR_ROLE_LEVELS: readonly WresTargetGroup[] = [
  WresTargetGroup.WHOLE_WORKFORCE,
  WresTargetGroup.BANDS_1_TO_5,
  WresTargetGroup.BANDS_6_TO_7,
  WresTargetGroup.BAND_8A_AND_ABOVE,
  WresTargetGroup.VSM,
  WresTargetGroup.BOARD,
];
