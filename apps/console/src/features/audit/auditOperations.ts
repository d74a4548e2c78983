/**
 * Operations the api records in the audit trail today, offered as
 * suggestions; the box accepts any other name, as new features add their own.
 */
export const KNOWN_AUDIT_OPERATIONS = [
  "addSession",
  "archiveProgramme",
  "cancelCohort",
  "changePassword",
  "closeCohort",
  "completeCohort",
  "createCohort",
  "createProgramme",
  "createTrack",
  "deleteSession",
  "openCohort",
  "publishProgramme",
  "redraftProgramme",
  "scheduleCohort",
  "startCohort",
  "updateCohort",
  "updateProgramme",
  "updateSession",
  "updateTrack",
  "createApiToken",
  "createOrganisation",
  "createUser",
  "deactivateUser",
  "reactivateUser",
  "removeWresTarget",
  "revokeApiToken",
  "setWresTarget",
  "submitWresReturn",
  "updateOrganisation",
  "updateUser",
] as const;

const actorRoleLabels: Record<string, string> = {
  ADMIN: "Administrator",
  PROGRAMME_MANAGER: "Programme manager",
  FACILITATOR: "Facilitator",
  PARTNER: "Partner API token",
  ANONYMOUS: "Not signed in",
};

export function actorRoleLabel(actorRole: string): string {
  return actorRoleLabels[actorRole] ?? actorRole;
}
