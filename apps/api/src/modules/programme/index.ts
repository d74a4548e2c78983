/** What other features may use of programmes: the entities, who may see or manage them, and shared text rules. */
export { Programme } from "./programme.entity";
export { ProgrammeTrack } from "./programme-track.entity";
export { ModuleTemplate } from "./module-template.entity";
export { canManageAcademy, canSeeProgramme, cohortVisibility, facilitatesCohort, managesAcademy, scopeCohorts, scopeProgrammes, PUBLIC_COHORT_STATUSES, PUBLIC_PROGRAMME_STATUSES } from "./programme-access";
export { normaliseLine, requiredLineProblems } from "./programme.rules";
export { EligibilityRulesType } from "./dto/eligibility.types";
