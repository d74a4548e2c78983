import { describe, expect, it } from "vitest";
import { canTransitionCohort, canTransitionProgramme, CohortStatus, curriculumNeedsTrack, trackChangeBlocker, effectiveCohortStatus, isOpenForApplications, ProgrammeStatus } from "./programme";

describe("programme and cohort statuses", () => {
  it("allows only the sensible programme transitions", () => {
    expect(canTransitionProgramme(ProgrammeStatus.DRAFT, ProgrammeStatus.PUBLISHED)).toBe(true);
    expect(canTransitionProgramme(ProgrammeStatus.PUBLISHED, ProgrammeStatus.ARCHIVED)).toBe(true);
    // Back to draft, to rework it, while no cohort takes applications (the api checks cohorts).
    expect(canTransitionProgramme(ProgrammeStatus.PUBLISHED, ProgrammeStatus.DRAFT)).toBe(true);
    expect(canTransitionProgramme(ProgrammeStatus.ARCHIVED, ProgrammeStatus.PUBLISHED)).toBe(false);
  });

  it("allows only the sensible cohort transitions", () => {
    expect(canTransitionCohort(CohortStatus.PLANNED, CohortStatus.OPEN)).toBe(true);
    // A cohort that never takes applications (filled by hand, or entered after it ran) starts from planned.
    expect(canTransitionCohort(CohortStatus.PLANNED, CohortStatus.RUNNING)).toBe(true);
    expect(canTransitionCohort(CohortStatus.PLANNED, CohortStatus.COMPLETED)).toBe(false);
    expect(canTransitionCohort(CohortStatus.COMPLETED, CohortStatus.OPEN)).toBe(false);
    expect(canTransitionCohort(CohortStatus.CANCELLED, CohortStatus.OPEN)).toBe(false);
  });

  it("closes an open cohort by itself when its window has passed", () => {
    const cohort = { status: CohortStatus.OPEN, applicationsOpenAt: new Date("2027-01-01T09:00:00Z"), applicationsCloseAt: new Date("2027-02-01T12:00:00Z") };
    expect(effectiveCohortStatus(cohort, new Date("2027-02-01T11:59:59Z"))).toBe(CohortStatus.OPEN);
    expect(effectiveCohortStatus(cohort, new Date("2027-02-01T12:00:00Z"))).toBe(CohortStatus.CLOSED);
    expect(isOpenForApplications(cohort, new Date("2026-12-31T09:00:00Z"))).toBe(false);
    expect(isOpenForApplications(cohort, new Date("2027-01-15T09:00:00Z"))).toBe(true);
    expect(isOpenForApplications(cohort, new Date("2027-02-02T09:00:00Z"))).toBe(false);
  });
});

describe("a cohort's track", () => {
  it("is needed when any module of the curriculum belongs to a track", () => {
    expect(curriculumNeedsTrack([{ trackId: null }, { trackId: null }])).toBe(false);
    expect(curriculumNeedsTrack([])).toBe(false);
    expect(curriculumNeedsTrack([{ trackId: null }, { trackId: "band-7" }])).toBe(true);
  });

  it("may change only while the cohort is planned and has no sessions", () => {
    expect(trackChangeBlocker({ status: CohortStatus.PLANNED, sessionCount: 0 })).toBeNull();
    expect(trackChangeBlocker({ status: CohortStatus.PLANNED, sessionCount: 3 })).toMatch(/delete them first/);
    expect(trackChangeBlocker({ status: CohortStatus.CANCELLED, sessionCount: 0 })).toMatch(/cancelled/);
    for (const status of [CohortStatus.OPEN, CohortStatus.CLOSED, CohortStatus.RUNNING, CohortStatus.COMPLETED]) {
      expect(trackChangeBlocker({ status, sessionCount: 0 })).toMatch(/opened/);
    }
  });
});
