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

/**
 * Who an operation admits, beyond user roles. Every query, mutation and
 * field resolver names at least one of these or a Role.
 */
export enum Audience {
  /** Anyone, signed in or not (the public catalogue, login). */
  PUBLIC = "PUBLIC",
  /** Any signed-in user, whatever their role. */
  SIGNED_IN = "SIGNED_IN",
}

export type AccessRule = Role | Audience;

export const MIN_PASSWORD_LENGTH = 12;
