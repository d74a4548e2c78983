/** Roles a signed-in console user can hold. */
export enum Role {
  ADMIN = "ADMIN",
  PROGRAMME_MANAGER = "PROGRAMME_MANAGER",
  FACILITATOR = "FACILITATOR",
}

export const roleLabels: Record<Role, string> = {
  [Role.ADMIN]: "Administrator",
  [Role.PROGRAMME_MANAGER]: "Programme manager",
  [Role.FACILITATOR]: "Facilitator",
};

/** Roles that belong to one organisation (an academy, or a facilitation provider). */
export const ROLES_WITH_ORGANISATION: readonly Role[] = [Role.PROGRAMME_MANAGER, Role.FACILITATOR];

/**
 * What a partner API token may do. GraphQL names are the enum keys
 * (CATALOGUE_READ); the values are the conventional scope strings.
 */
export enum ApiScope {
  CATALOGUE_READ = "catalogue:read",
  APPLICATIONS_READ = "applications:read",
  WRES_READ = "wres:read",
  WRES_WRITE = "wres:write",
  /** Record career outcomes for its own staff (reading them needs applications:read). */
  OUTCOMES_WRITE = "outcomes:write",
}

export const apiScopeLabels: Record<ApiScope, string> = {
  [ApiScope.CATALOGUE_READ]: "Read the programme catalogue",
  [ApiScope.APPLICATIONS_READ]: "Read its own staff's applications and participation",
  [ApiScope.WRES_READ]: "Read its own WRES returns and indicators, and benchmarks",
  [ApiScope.WRES_WRITE]: "Submit its own WRES return",
  [ApiScope.OUTCOMES_WRITE]: "Record its own staff's career outcomes",
};

/**
 * Who an operation admits, beyond user roles. Every query, mutation and
 * field resolver names at least one of these, a Role, or a partner scope.
 */
export enum Audience {
  /** Anyone, signed in or not (the public catalogue, login). */
  PUBLIC = "PUBLIC",
  /** Any signed-in console user, whatever their role (not partner tokens). */
  SIGNED_IN = "SIGNED_IN",
}

export type PartnerRule = `PARTNER:${ApiScope}`;

/** Admits partner tokens that carry the scope. */
export const partnerWith = (scope: ApiScope): PartnerRule => `PARTNER:${scope}`;

export type AccessRule = Role | Audience | PartnerRule;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
