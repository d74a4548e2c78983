/** What an organisation is, as far as programmes and WRES reporting care. */
export enum OrganisationKind {
  ACADEMY = "ACADEMY",
  TRUST = "TRUST",
  ICB = "ICB",
  CCG = "CCG",
  REGION = "REGION",
  FACILITATION_PROVIDER = "FACILITATION_PROVIDER",
  OTHER = "OTHER",
}

export const organisationKindLabels: Record<OrganisationKind, string> = {
  [OrganisationKind.ACADEMY]: "Leadership academy",
  [OrganisationKind.TRUST]: "NHS trust",
  [OrganisationKind.ICB]: "Integrated care board",
  // CCGs were replaced by ICBs in July 2022; kept because past programmes ran through them.
  [OrganisationKind.CCG]: "Clinical commissioning group (historical)",
  [OrganisationKind.REGION]: "NHS England region",
  [OrganisationKind.FACILITATION_PROVIDER]: "Facilitation provider",
  [OrganisationKind.OTHER]: "Other",
};

/** The seven NHS England regions used for WRES benchmarks. */
export enum NhsRegion {
  EAST_OF_ENGLAND = "EAST_OF_ENGLAND",
  LONDON = "LONDON",
  MIDLANDS = "MIDLANDS",
  NORTH_EAST_AND_YORKSHIRE = "NORTH_EAST_AND_YORKSHIRE",
  NORTH_WEST = "NORTH_WEST",
  SOUTH_EAST = "SOUTH_EAST",
  SOUTH_WEST = "SOUTH_WEST",
}

export const nhsRegionLabels: Record<NhsRegion, string> = {
  [NhsRegion.EAST_OF_ENGLAND]: "East of England",
  [NhsRegion.LONDON]: "London",
  [NhsRegion.MIDLANDS]: "Midlands",
  [NhsRegion.NORTH_EAST_AND_YORKSHIRE]: "North East and Yorkshire",
  [NhsRegion.NORTH_WEST]: "North West",
  [NhsRegion.SOUTH_EAST]: "South East",
  [NhsRegion.SOUTH_WEST]: "South West",
};

export const ORGANISATION_NAME_MAX_LENGTH = 200;

/**
 * ODS codes are 3 characters for trusts, CCGs and ICBs (RJ1, 07H, QKK) and 5
 * for sites; some national bodies use 6. Letters and digits only, upper case.
 */
const ODS_CODE_PATTERN = /^[A-Z0-9]{3,6}$/;

export function normaliseOdsCode(raw: string): string {
  return raw.trim().toUpperCase();
}

export function isValidOdsCode(code: string): boolean {
  return ODS_CODE_PATTERN.test(code);
}

export const ODS_CODE_RULE_TEXT = "An ODS code is 3 to 6 letters or digits, for example RJ1 or 07H.";
