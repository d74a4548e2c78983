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
