import { describe, expect, it } from "vitest";
import {
  APPLICATION_STATUS_TRANSITIONS,
  ApplicationStatus,
  canTransitionApplication,
  EndorsementStatus,
  FINAL_APPLICATION_STATUSES,
  placesFree,
  statusOnArrival,
  TransitionReason,
} from "./applications";
import { AllocationPolicy } from "./programme";

const fcfs = (placesFree: number, endorsement = EndorsementStatus.NOT_REQUIRED, eligible = true) =>
  statusOnArrival({ policy: AllocationPolicy.FIRST_COME_FIRST_SERVED, placesFree, endorsement, eligible });

describe("statusOnArrival", () => {
  it("offers a free place at once when no endorsement is needed", () => {
    expect(fcfs(1)).toEqual({ status: ApplicationStatus.OFFERED, reason: TransitionReason.PLACE_FREE });
  });
  it("holds a free place while the line manager is asked", () => {
    expect(fcfs(3, EndorsementStatus.PENDING).status).toBe(ApplicationStatus.AWAITING_ENDORSEMENT);
  });
  it("waitlists when every place is taken", () => {
    expect(fcfs(0, EndorsementStatus.PENDING)).toEqual({ status: ApplicationStatus.WAITLISTED, reason: TransitionReason.NO_PLACE_FREE });
  });
  it("never gives an ineligible application a place, however many are free", () => {
    expect(fcfs(12, EndorsementStatus.NOT_REQUIRED, false).status).toBe(ApplicationStatus.INELIGIBLE);
  });
  it("leaves panel applications for the panel", () => {
    expect(statusOnArrival({ policy: AllocationPolicy.PANEL_SELECTION, placesFree: 5, endorsement: EndorsementStatus.NOT_REQUIRED, eligible: true }).status).toBe(ApplicationStatus.SUBMITTED);
  });
});

describe("the application state machine", () => {
  it("has no way out of a final status", () => {
    for (const status of FINAL_APPLICATION_STATUSES) expect(APPLICATION_STATUS_TRANSITIONS[status]).toEqual([]);
  });
  it("lets an offer be accepted or declined, and an acceptance only be withdrawn", () => {
    expect(canTransitionApplication(ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED)).toBe(true);
    expect(canTransitionApplication(ApplicationStatus.OFFERED, ApplicationStatus.DECLINED)).toBe(true);
    expect(APPLICATION_STATUS_TRANSITIONS[ApplicationStatus.ACCEPTED]).toEqual([ApplicationStatus.WITHDRAWN]);
    expect(canTransitionApplication(ApplicationStatus.WAITLISTED, ApplicationStatus.ACCEPTED)).toBe(false);
  });
  it("counts free places without going below zero", () => {
    expect(placesFree(12, 12)).toBe(0);
    expect(placesFree(12, 13)).toBe(0);
    expect(placesFree(12, 3)).toBe(9);
  });
});
