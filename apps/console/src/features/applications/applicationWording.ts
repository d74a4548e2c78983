import { ApplicationStatus, TransitionReason, transitionReasonLabels } from "@ascent/domain";

/** What each status means for the applicant, and what happens next: the status page's words. */
export const statusExplanations: Record<ApplicationStatus, { title: string; colour: string; next: string }> = {
  [ApplicationStatus.SUBMITTED]: { title: "Received: waiting for the selection panel", colour: "blue", next: "A panel chooses the cohort after applications close. We will email you the outcome." },
  [ApplicationStatus.AWAITING_ENDORSEMENT]: {
    title: "A place is held for you",
    colour: "teal",
    next: "We have asked your line manager to endorse your application. When they do, the place is offered to you.",
  },
  [ApplicationStatus.WAITLISTED]: { title: "You are on the waiting list", colour: "yellow", next: "If a place comes free, it is offered to the next person in line straight away, and we email them." },
  [ApplicationStatus.OFFERED]: { title: "A place is offered to you", colour: "green", next: "Accept or decline it before the deadline; after that it passes to the next person in line." },
  [ApplicationStatus.ACCEPTED]: { title: "You have a place", colour: "green", next: "You are a participant of the cohort. The academy will be in touch about the sessions." },
  [ApplicationStatus.DECLINED]: { title: "You declined the offer", colour: "gray", next: "The place has passed to the next person in line." },
  [ApplicationStatus.WITHDRAWN]: { title: "Withdrawn", colour: "gray", next: "Your application is withdrawn. Any place you held has passed to the next person in line." },
  [ApplicationStatus.REJECTED]: { title: "Not selected this time", colour: "gray", next: "Your application was not selected for this cohort." },
  [ApplicationStatus.NOT_ENDORSED]: { title: "Not endorsed by your line manager", colour: "gray", next: "Without your line manager's support the application can't take a place in this cohort." },
  [ApplicationStatus.LAPSED]: { title: "Lapsed", colour: "gray", next: "The time to confirm ran out, so the place passed to the next person in line." },
  [ApplicationStatus.INELIGIBLE]: { title: "This cohort is for a different group of staff", colour: "gray", next: "Your application is kept, but it can't take a place." },
};

export const reasonLabel = (reason: TransitionReason): string => transitionReasonLabels[reason];
