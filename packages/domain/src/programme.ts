/**
 * Programmes, their curricula and their cohorts: the names shared by the api,
 * the console and partners' code, with the status transitions each allows.
 */

export enum ProgrammeStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  ARCHIVED = "ARCHIVED",
}

export const programmeStatusLabels: Record<ProgrammeStatus, string> = {
  [ProgrammeStatus.DRAFT]: "Draft",
  [ProgrammeStatus.PUBLISHED]: "Published",
  [ProgrammeStatus.ARCHIVED]: "Archived",
};

/** A draft is published or shelved; a published programme is archived; an archived one can be reworked as a draft. */
export const PROGRAMME_STATUS_TRANSITIONS: Readonly<Record<ProgrammeStatus, readonly ProgrammeStatus[]>> = {
  [ProgrammeStatus.DRAFT]: [ProgrammeStatus.PUBLISHED, ProgrammeStatus.ARCHIVED],
  // Back to draft only while no cohort takes applications (the api checks that).
  [ProgrammeStatus.PUBLISHED]: [ProgrammeStatus.ARCHIVED, ProgrammeStatus.DRAFT],
  [ProgrammeStatus.ARCHIVED]: [ProgrammeStatus.DRAFT],
};

export function canTransitionProgramme(from: ProgrammeStatus, to: ProgrammeStatus): boolean {
  return PROGRAMME_STATUS_TRANSITIONS[from].includes(to);
}

export enum DeliveryMode {
  FACE_TO_FACE = "FACE_TO_FACE",
  ONLINE = "ONLINE",
  SELF_DIRECTED = "SELF_DIRECTED",
  WORKPLACE_BASED = "WORKPLACE_BASED",
}

export const deliveryModeLabels: Record<DeliveryMode, string> = {
  [DeliveryMode.FACE_TO_FACE]: "Face to face",
  [DeliveryMode.ONLINE]: "Online",
  [DeliveryMode.SELF_DIRECTED]: "Self-directed",
  [DeliveryMode.WORKPLACE_BASED]: "Workplace based",
};

/** What a module template in a curriculum is. */
export enum ModuleKind {
  WORKSHOP = "WORKSHOP",
  MODULE = "MODULE",
  ACTION_LEARNING_SET = "ACTION_LEARNING_SET",
  MENTORING = "MENTORING",
  SELF_DIRECTED = "SELF_DIRECTED",
  EVALUATION = "EVALUATION",
}

export const moduleKindLabels: Record<ModuleKind, string> = {
  [ModuleKind.WORKSHOP]: "Workshop",
  [ModuleKind.MODULE]: "Module",
  [ModuleKind.ACTION_LEARNING_SET]: "Action Learning Set",
  [ModuleKind.MENTORING]: "Mentoring or coaching",
  [ModuleKind.SELF_DIRECTED]: "Self-directed learning",
  [ModuleKind.EVALUATION]: "Evaluation",
};

/**
 * Kinds that may have no scheduled days (an ongoing mentoring relationship,
 * self-directed study, a questionnaire): their templates can be 0 days long
 * and then produce no sessions when a cohort is scheduled.
 */
export const UNSCHEDULED_MODULE_KINDS: readonly ModuleKind[] = [ModuleKind.MENTORING, ModuleKind.SELF_DIRECTED, ModuleKind.EVALUATION];

export const MAX_MODULE_LENGTH_DAYS = 30;

export enum AllocationPolicy {
  /** Places go in the order the server received complete applications. */
  FIRST_COME_FIRST_SERVED = "FIRST_COME_FIRST_SERVED",
  /** A panel selects from the applications once the window has closed. */
  PANEL_SELECTION = "PANEL_SELECTION",
}

export const allocationPolicyLabels: Record<AllocationPolicy, string> = {
  [AllocationPolicy.FIRST_COME_FIRST_SERVED]: "First come, first served",
  [AllocationPolicy.PANEL_SELECTION]: "Panel selection",
};

export enum CohortStatus {
  PLANNED = "PLANNED",
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  RUNNING = "RUNNING",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}

export const cohortStatusLabels: Record<CohortStatus, string> = {
  [CohortStatus.PLANNED]: "Planned",
  [CohortStatus.OPEN]: "Open for applications",
  [CohortStatus.CLOSED]: "Applications closed",
  [CohortStatus.RUNNING]: "Running",
  [CohortStatus.COMPLETED]: "Completed",
  [CohortStatus.CANCELLED]: "Cancelled",
};

/**
 * Allowed moves between (effective) cohort statuses. A closed cohort may be
 * reopened while its window has not passed (for example after an early close);
 * a planned cohort that never takes applications (its roster added by hand,
 * or one entered after it ran) starts without opening, once its first day
 * has come (see `canStartWithoutApplications`); completed and cancelled are final.
 */
export const COHORT_STATUS_TRANSITIONS: Readonly<Record<CohortStatus, readonly CohortStatus[]>> = {
  [CohortStatus.PLANNED]: [CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.CANCELLED],
  [CohortStatus.OPEN]: [CohortStatus.CLOSED, CohortStatus.CANCELLED],
  [CohortStatus.CLOSED]: [CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.CANCELLED],
  [CohortStatus.RUNNING]: [CohortStatus.COMPLETED, CohortStatus.CANCELLED],
  [CohortStatus.COMPLETED]: [],
  [CohortStatus.CANCELLED]: [],
};

export function canTransitionCohort(from: CohortStatus, to: CohortStatus): boolean {
  return COHORT_STATUS_TRANSITIONS[from].includes(to);
}

/** A planned cohort starts without taking applications only once its first day (London date, YYYY-MM-DD) has come. */
export function canStartWithoutApplications(cohort: { startsOn: string }, today: string): boolean {
  return cohort.startsOn <= today;
}

export interface CohortWindow {
  status: CohortStatus;
  applicationsOpenAt: Date | null;
  applicationsCloseAt: Date | null;
}

/**
 * The status a cohort reports: an open cohort whose window has closed is
 * closed, without anyone (or any timer) having to close it.
 */
export function effectiveCohortStatus(cohort: CohortWindow, now: Date): CohortStatus {
  if (cohort.status === CohortStatus.OPEN && cohort.applicationsCloseAt !== null && cohort.applicationsCloseAt.getTime() <= now.getTime()) {
    return CohortStatus.CLOSED;
  }
  return cohort.status;
}

/** Open, and inside its application window right now. */
export function isOpenForApplications(cohort: CohortWindow, now: Date): boolean {
  return (
    effectiveCohortStatus(cohort, now) === CohortStatus.OPEN &&
    cohort.applicationsOpenAt !== null &&
    cohort.applicationsOpenAt.getTime() <= now.getTime()
  );
}

export const PROGRAMME_TITLE_MAX_LENGTH = 200;
export const PROGRAMME_SUMMARY_MAX_LENGTH = 1000;
export const COHORT_NAME_MAX_LENGTH = 200;
export const MAX_COHORT_CAPACITY = 10_000;

/**
 * A curriculum lives in tracks when any of its modules belongs to one: a
 * cohort without a track would then miss part of what it is meant to deliver,
 * and its sessions could not be generated.
 */
export function curriculumNeedsTrack(modules: ReadonlyArray<{ trackId: string | null }>): boolean {
  return modules.some((module) => module.trackId !== null);
}

/**
 * Why a cohort's track can no longer change, or null while nothing depends on
 * it: once the cohort has opened, applicants were checked against the track's
 * eligibility; its generated sessions came from the track's modules.
 */
export function trackChangeBlocker(cohort: { status: CohortStatus; sessionCount: number }): string | null {
  if (cohort.status === CohortStatus.CANCELLED) return "A cancelled cohort keeps the track it had.";
  if (cohort.status !== CohortStatus.PLANNED) return "The track can't change once the cohort has opened: applicants were checked against its eligibility.";
  if (cohort.sessionCount > 0) return "The sessions came from the current track's modules: delete them first, then change the track.";
  return null;
}
