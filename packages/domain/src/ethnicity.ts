/**
 * NHS ethnic category codes (the 16+1 list, A to S, and Z for not stated).
 * Store the raw code; derive the WRES group with ethnicGroupOf.
 */
export enum EthnicityCode {
  A = "A", // White: British
  B = "B", // White: Irish
  C = "C", // White: any other White background
  D = "D", // Mixed: White and Black Caribbean
  E = "E", // Mixed: White and Black African
  F = "F", // Mixed: White and Asian
  G = "G", // Mixed: any other mixed background
  H = "H", // Asian or Asian British: Indian
  J = "J", // Asian or Asian British: Pakistani
  K = "K", // Asian or Asian British: Bangladeshi
  L = "L", // Asian or Asian British: any other Asian background
  M = "M", // Black or Black British: Caribbean
  N = "N", // Black or Black British: African
  P = "P", // Black or Black British: any other Black background
  R = "R", // Other ethnic groups: Chinese
  S = "S", // Other ethnic groups: any other ethnic group
  Z = "Z", // Not stated
}

/** WRES compares white staff with Black, Asian and minority ethnic (BME) staff. */
export enum EthnicGroup {
  WHITE = "WHITE",
  BME = "BME",
  UNKNOWN = "UNKNOWN",
}

export const ethnicGroupLabels: Record<EthnicGroup, string> = {
  [EthnicGroup.WHITE]: "White",
  [EthnicGroup.BME]: "Black, Asian and minority ethnic",
  [EthnicGroup.UNKNOWN]: "Unknown or not stated",
};

const WHITE_CODES = new Set<string>([EthnicityCode.A, EthnicityCode.B, EthnicityCode.C]);
const BME_CODES = new Set<string>(
  Object.values(EthnicityCode).filter((code) => !WHITE_CODES.has(code) && code !== EthnicityCode.Z),
);

/** The one place a raw code becomes a WRES group; blanks and unknown codes count as unknown. */
export function ethnicGroupOf(code: string | null | undefined): EthnicGroup {
  const normalised = (code ?? "").trim().toUpperCase();
  if (WHITE_CODES.has(normalised)) return EthnicGroup.WHITE;
  if (BME_CODES.has(normalised)) return EthnicGroup.BME;
  return EthnicGroup.UNKNOWN;
}

/**
 * The broad groups that make up BME in the NHS data dictionary's ethnic
 * categories: a WRES return may split each BME count into them (optional).
 * Order is the data dictionary's: Mixed D-G, Asian H-L, Black M-P, Other R-S.
 */
export enum BmeGroup {
  ASIAN = "ASIAN",
  BLACK = "BLACK",
  MIXED = "MIXED",
  OTHER = "OTHER",
}

/** The order groups are shown in, as WRES reports by group list them. */
export const BME_GROUPS_IN_ORDER: readonly BmeGroup[] = [BmeGroup.ASIAN, BmeGroup.BLACK, BmeGroup.MIXED, BmeGroup.OTHER];

/** The data dictionary's names of the groups. */
export const bmeGroupLabels: Record<BmeGroup, string> = {
  [BmeGroup.ASIAN]: "Asian or Asian British",
  [BmeGroup.BLACK]: "Black or Black British",
  [BmeGroup.MIXED]: "Mixed or multiple ethnic groups",
  [BmeGroup.OTHER]: "Other ethnic groups",
};

/** Short names for charts, table headings and labels ("compared with Black staff"). */
export const bmeGroupShortLabels: Record<BmeGroup, string> = {
  [BmeGroup.ASIAN]: "Asian",
  [BmeGroup.BLACK]: "Black",
  [BmeGroup.MIXED]: "Mixed",
  [BmeGroup.OTHER]: "Other",
};

/** The key of each group in a return's split (`bmeGroups: { asian, black, mixed, other }`). */
export const bmeGroupKeys = {
  [BmeGroup.ASIAN]: "asian",
  [BmeGroup.BLACK]: "black",
  [BmeGroup.MIXED]: "mixed",
  [BmeGroup.OTHER]: "other",
} as const satisfies Record<BmeGroup, string>;
export type BmeGroupKey = (typeof bmeGroupKeys)[BmeGroup];
export const BME_GROUP_KEYS: readonly BmeGroupKey[] = BME_GROUPS_IN_ORDER.map((group) => bmeGroupKeys[group]);

const BME_GROUP_OF_CODE: Readonly<Record<string, BmeGroup>> = {
  [EthnicityCode.D]: BmeGroup.MIXED,
  [EthnicityCode.E]: BmeGroup.MIXED,
  [EthnicityCode.F]: BmeGroup.MIXED,
  [EthnicityCode.G]: BmeGroup.MIXED,
  [EthnicityCode.H]: BmeGroup.ASIAN,
  [EthnicityCode.J]: BmeGroup.ASIAN,
  [EthnicityCode.K]: BmeGroup.ASIAN,
  [EthnicityCode.L]: BmeGroup.ASIAN,
  [EthnicityCode.M]: BmeGroup.BLACK,
  [EthnicityCode.N]: BmeGroup.BLACK,
  [EthnicityCode.P]: BmeGroup.BLACK,
  [EthnicityCode.R]: BmeGroup.OTHER,
  [EthnicityCode.S]: BmeGroup.OTHER,
};

/**
 * The broad group of a raw code (D-G Mixed, H-L Asian, M-P Black, R-S Other,
 * Chinese included in Other as the data dictionary does); null for white,
 * not stated, blank and unrecognised codes. Every code `ethnicGroupOf` calls
 * BME has exactly one broad group.
 */
export function bmeGroupOf(code: string | null | undefined): BmeGroup | null {
  const normalised = (code ?? "").trim().toUpperCase();
  return BME_GROUP_OF_CODE[normalised] ?? null;
}

/** White, each broad BME group, and unknown: the columns of representation by group ("White 85, Black 5, Asian 8, Other 2"). */
export enum DetailedEthnicGroup {
  WHITE = "WHITE",
  ASIAN = "ASIAN",
  BLACK = "BLACK",
  MIXED = "MIXED",
  OTHER = "OTHER",
  UNKNOWN = "UNKNOWN",
}

export const DETAILED_ETHNIC_GROUPS_IN_ORDER: readonly DetailedEthnicGroup[] = Object.values(DetailedEthnicGroup);

export const detailedEthnicGroupLabels: Record<DetailedEthnicGroup, string> = {
  [DetailedEthnicGroup.WHITE]: "White",
  [DetailedEthnicGroup.ASIAN]: bmeGroupShortLabels[BmeGroup.ASIAN],
  [DetailedEthnicGroup.BLACK]: bmeGroupShortLabels[BmeGroup.BLACK],
  [DetailedEthnicGroup.MIXED]: bmeGroupShortLabels[BmeGroup.MIXED],
  [DetailedEthnicGroup.OTHER]: bmeGroupShortLabels[BmeGroup.OTHER],
  [DetailedEthnicGroup.UNKNOWN]: "Unknown",
};
