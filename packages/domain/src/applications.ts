import { AllocationPolicy } from "./programme";

/**
 * Applications to a cohort: their statuses, the moves between them, and the
 * pure parts of allocation. The api decides under a lock on the cohort row
 * (so several api processes agree); these functions say what to decide.
 */

export enum ApplicationStatus {
  /** Received for panel selection; no place is held. */
  SUBMITTED = "SUBMITTED",
  /** First come, first served: a place is held while the line manager is asked to endorse. */
  AWAITING_ENDORSEMENT = "AWAITING_ENDORSEMENT",
  /** No place free (or not yet selected): waiting in order. */
  WAITLISTED = "WAITLISTED",
  /** A place is offered until the offer's deadline. */
  OFFERED = "OFFERED",
  /** The applicant accepted: they are a participant of the cohort. */
  ACCEPTED = "ACCEPTED",
  /** The applicant declined the offer. */
  DECLINED = "DECLINED",
  /** The applicant (or staff on their behalf) withdrew. */
  WITHDRAWN = "WITHDRAWN",
  /** Staff turned the application down, with a reason. */
  REJECTED = "REJECTED",
  /** The line manager did not endorse it. */
  NOT_ENDORSED = "NOT_ENDORSED",
  /** A held place or an offer ran out of time. */
  LAPSED = "LAPSED",
  /** It did not meet the programme's rules; it never takes a place. */
  INELIGIBLE = "INELIGIBLE",
}

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  [ApplicationStatus.SUBMITTED]: "Submitted for selection",
  [ApplicationStatus.AWAITING_ENDORSEMENT]: "Place held, awaiting line manager",
  [ApplicationStatus.WAITLISTED]: "On the waiting list",
  [ApplicationStatus.OFFERED]: "Place offered",
  [ApplicationStatus.ACCEPTED]: "Accepted",
  [ApplicationStatus.DECLINED]: "Offer declined",
  [ApplicationStatus.WITHDRAWN]: "Withdrawn",
  [ApplicationStatus.REJECTED]: "Not selected",
  [ApplicationStatus.NOT_ENDORSED]: "Not endorsed by line manager",
  [ApplicationStatus.LAPSED]: "Lapsed",
  [ApplicationStatus.INELIGIBLE]: "Not eligible",
};

/** Statuses that take one of the cohort's places. */
export const PLACE_TAKING_STATUSES: readonly ApplicationStatus[] = [ApplicationStatus.AWAITING_ENDORSEMENT, ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED];

/** Statuses after which nothing more happens to an application. */
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.DECLINED,
  ApplicationStatus.WITHDRAWN,
  ApplicationStatus.REJECTED,
  ApplicationStatus.NOT_ENDORSED,
  ApplicationStatus.LAPSED,
  ApplicationStatus.INELIGIBLE,
];

export const takesPlace = (status: ApplicationStatus): boolean => PLACE_TAKING_STATUSES.includes(status);

const { SUBMITTED, AWAITING_ENDORSEMENT, WAITLISTED, OFFERED, ACCEPTED, DECLINED, WITHDRAWN, REJECTED, NOT_ENDORSED, LAPSED } = ApplicationStatus;

/**
 * Every allowed move. ACCEPTED can still be withdrawn (the participant leaves
 * before the start); final statuses go nowhere.
 */
export const APPLICATION_STATUS_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  [SUBMITTED]: [OFFERED, WAITLISTED, AWAITING_ENDORSEMENT, WITHDRAWN, REJECTED, NOT_ENDORSED],
  [AWAITING_ENDORSEMENT]: [OFFERED, NOT_ENDORSED, LAPSED, WITHDRAWN, REJECTED],
  [WAITLISTED]: [OFFERED, AWAITING_ENDORSEMENT, WITHDRAWN, REJECTED, NOT_ENDORSED],
  [OFFERED]: [ACCEPTED, DECLINED, LAPSED, WITHDRAWN, REJECTED],
  [ACCEPTED]: [WITHDRAWN],
  [DECLINED]: [],
  [WITHDRAWN]: [],
  [REJECTED]: [],
  [NOT_ENDORSED]: [],
  [LAPSED]: [],
  [ApplicationStatus.INELIGIBLE]: [],
};

export function canTransitionApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_STATUS_TRANSITIONS[from].includes(to);
}

/** Whether the applicant (with their private link) may withdraw now. */
export const applicantMayWithdraw = (status: ApplicationStatus): boolean => canTransitionApplication(status, WITHDRAWN);

export enum EndorsementStatus {
  /** The programme does not ask for the line manager's support. */
  NOT_REQUIRED = "NOT_REQUIRED",
  PENDING = "PENDING",
  ENDORSED = "ENDORSED",
  DECLINED = "DECLINED",
}

export const endorsementStatusLabels: Record<EndorsementStatus, string> = {
  [EndorsementStatus.NOT_REQUIRED]: "Not required",
  [EndorsementStatus.PENDING]: "Waiting for the line manager",
  [EndorsementStatus.ENDORSED]: "Endorsed",
  [EndorsementStatus.DECLINED]: "Declined by the line manager",
};

/** Who caused a transition. */
export enum ApplicationActor {
  APPLICANT = "APPLICANT",
  LINE_MANAGER = "LINE_MANAGER",
  STAFF = "STAFF",
  /** A timed job (a hold or an offer running out) or a knock-on move (promotion from the waiting list). */
  SYSTEM = "SYSTEM",
}

/** Why a transition happened, as a code the timeline and the messages can word. */
export enum TransitionReason {
  RECEIVED = "RECEIVED",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  PLACE_FREE = "PLACE_FREE",
  NO_PLACE_FREE = "NO_PLACE_FREE",
  ENDORSED = "ENDORSED",
  ENDORSEMENT_DECLINED = "ENDORSEMENT_DECLINED",
  HOLD_LAPSED = "HOLD_LAPSED",
  PROMOTED_FROM_WAITLIST = "PROMOTED_FROM_WAITLIST",
  SELECTED_BY_PANEL = "SELECTED_BY_PANEL",
  WAITLISTED_BY_PANEL = "WAITLISTED_BY_PANEL",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  OFFER_LAPSED = "OFFER_LAPSED",
  WITHDRAWN_BY_APPLICANT = "WITHDRAWN_BY_APPLICANT",
  WITHDRAWN_BY_STAFF = "WITHDRAWN_BY_STAFF",
  REJECTED_BY_STAFF = "REJECTED_BY_STAFF",
}

export const transitionReasonLabels: Record<TransitionReason, string> = {
  [TransitionReason.RECEIVED]: "Application received",
  [TransitionReason.NOT_ELIGIBLE]: "Did not meet the programme's rules",
  [TransitionReason.PLACE_FREE]: "A place was free",
  [TransitionReason.NO_PLACE_FREE]: "No place was free",
  [TransitionReason.ENDORSED]: "Line manager endorsed",
  [TransitionReason.ENDORSEMENT_DECLINED]: "Line manager did not endorse",
  [TransitionReason.HOLD_LAPSED]: "The held place ran out of time waiting for the line manager",
  [TransitionReason.PROMOTED_FROM_WAITLIST]: "A place came free and the application was next in line",
  [TransitionReason.SELECTED_BY_PANEL]: "Selected by the panel",
  [TransitionReason.WAITLISTED_BY_PANEL]: "Placed on the waiting list by the panel",
  [TransitionReason.ACCEPTED]: "Offer accepted",
  [TransitionReason.DECLINED]: "Offer declined",
  [TransitionReason.OFFER_LAPSED]: "The offer's deadline passed",
  [TransitionReason.WITHDRAWN_BY_APPLICANT]: "Withdrawn by the applicant",
  [TransitionReason.WITHDRAWN_BY_STAFF]: "Withdrawn by staff",
  [TransitionReason.REJECTED_BY_STAFF]: "Turned down by staff",
};

export interface ArrivalFacts {
  policy: AllocationPolicy;
  eligible: boolean;
  /** Places not held, offered or accepted right now. */
  placesFree: number;
  endorsement: EndorsementStatus;
}

/**
 * Where a complete application goes on arrival. First come, first served
 * takes a free place at once (held while the endorsement is pending), else
 * the waiting list; panel selection waits for the panel.
 */
export function statusOnArrival(facts: ArrivalFacts): { status: ApplicationStatus; reason: TransitionReason } {
  if (!facts.eligible) return { status: ApplicationStatus.INELIGIBLE, reason: TransitionReason.NOT_ELIGIBLE };
  if (facts.policy === AllocationPolicy.PANEL_SELECTION) return { status: SUBMITTED, reason: TransitionReason.RECEIVED };
  if (facts.placesFree <= 0) return { status: WAITLISTED, reason: TransitionReason.NO_PLACE_FREE };
  return { status: placeStatusFor(facts.endorsement), reason: TransitionReason.PLACE_FREE };
}

/** A place given to an application: offered outright, or held until the line manager answers. */
export function placeStatusFor(endorsement: EndorsementStatus): ApplicationStatus {
  return endorsement === EndorsementStatus.PENDING ? AWAITING_ENDORSEMENT : OFFERED;
}

export function placesFree(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken);
}

/** The first time a link, hold or offer lasts; settings on the cohort override these. */
export const DEFAULT_HOLD_DAYS = 7;
export const DEFAULT_OFFER_RESPONSE_DAYS = 7;
export const MAX_HOLD_DAYS = 60;
export const MAX_OFFER_RESPONSE_DAYS = 60;

/** A participant's standing in their cohort (see delivery.ts for the moves between them). */
export enum ParticipantStatus {
  /** On the roster, not yet seen at a session. */
  ENROLLED = "ENROLLED",
  /** Taking part: marked present or late at a session. */
  ACTIVE = "ACTIVE",
  /** Met the programme's completion rule and marked completed by staff. */
  COMPLETED = "COMPLETED",
  /** Left the programme (a reason is kept), or their application was withdrawn after they accepted. */
  WITHDRAWN = "WITHDRAWN",
}
