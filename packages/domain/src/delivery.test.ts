import { describe, expect, it } from "vitest";
import { ParticipantStatus } from "./applications";
import { AttendanceStatus, attendanceTally, canMoveParticipant, evaluateCompletion, hasConsecutiveAbsences, NO_COMPLETION_RULE, type CompletionRule } from "./delivery";

const { PRESENT, LATE, EXCUSED, ABSENT } = AttendanceStatus;

describe("attendanceTally", () => {
  it("counts present and late as attended, and leaves excused sessions out of the rate", () => {
    expect(attendanceTally([PRESENT, LATE, ABSENT, EXCUSED])).toEqual({ attended: 2, absent: 1, excused: 1, rate: 2 / 3 });
  });
  it("has no rate before anything counts", () => {
    expect(attendanceTally([]).rate).toBeNull();
    expect(attendanceTally([EXCUSED]).rate).toBeNull();
  });
});

describe("hasConsecutiveAbsences", () => {
  it("flags two absences in a row", () => {
    expect(hasConsecutiveAbsences([PRESENT, ABSENT, ABSENT])).toBe(true);
    expect(hasConsecutiveAbsences([ABSENT, ABSENT, PRESENT])).toBe(true);
  });
  it("does not flag absences apart, one absence, or an excused absence between", () => {
    expect(hasConsecutiveAbsences([ABSENT, PRESENT, ABSENT])).toBe(false);
    expect(hasConsecutiveAbsences([ABSENT])).toBe(false);
    expect(hasConsecutiveAbsences([ABSENT, EXCUSED, ABSENT])).toBe(false);
    expect(hasConsecutiveAbsences([LATE, LATE, EXCUSED, EXCUSED])).toBe(false);
    expect(hasConsecutiveAbsences([])).toBe(false);
  });
});

describe("evaluateCompletion", () => {
  const southEast: CompletionRule = { minimumAttendancePercent: 75, mentorOrCoachRequired: true, postProgrammeEvaluationRequired: true };
  const allMet = { attendanceRate: 1, sessionsCounted: 4, hasMentorOrCoach: true, postProgrammeEvaluationReturned: true };

  it("is met when every part is, with a reason for each part", () => {
    expect(evaluateCompletion(southEast, allMet)).toEqual({
      met: true,
      reasons: ["Attended 100% of sessions (at least 75% needed).", "Has a mentor or coach.", "Returned the post-programme evaluation."],
      missing: [],
    });
  });

  it("lists every missing part in plain words", () => {
    const check = evaluateCompletion(southEast, { attendanceRate: 0.5, sessionsCounted: 4, hasMentorOrCoach: false, postProgrammeEvaluationReturned: false });
    expect(check.met).toBe(false);
    expect(check.missing).toEqual(["Attended 50% of sessions; needs at least 75%.", "No mentor or coach in place.", "The post-programme evaluation has not been returned."]);
  });

  it("takes exactly the minimum as met, and just under it as not", () => {
    expect(evaluateCompletion(southEast, { ...allMet, attendanceRate: 3 / 4 }).met).toBe(true);
    const twoOfThree = evaluateCompletion({ ...NO_COMPLETION_RULE, minimumAttendancePercent: 67 }, { ...allMet, attendanceRate: 2 / 3, sessionsCounted: 3 });
    expect(twoOfThree.met).toBe(false);
    expect(twoOfThree.missing).toEqual(["Attended 66.6% of sessions; needs at least 67%."]);
  });

  it("is not met on attendance before any register is taken", () => {
    expect(evaluateCompletion(southEast, { ...allMet, attendanceRate: null, sessionsCounted: 0 }).missing).toEqual(["No attendance recorded yet; needs at least 75% of sessions."]);
  });

  it("asks nothing of a programme without a rule", () => {
    expect(evaluateCompletion(NO_COMPLETION_RULE, { attendanceRate: null, sessionsCounted: 0, hasMentorOrCoach: false, postProgrammeEvaluationReturned: false })).toEqual({
      met: true,
      reasons: ["The programme sets no completion rule."],
      missing: [],
    });
  });
});

describe("participant transitions", () => {
  it("moves forward only; completed and withdrawn are final", () => {
    expect(canMoveParticipant(ParticipantStatus.ENROLLED, ParticipantStatus.ACTIVE)).toBe(true);
    expect(canMoveParticipant(ParticipantStatus.ACTIVE, ParticipantStatus.WITHDRAWN)).toBe(true);
    expect(canMoveParticipant(ParticipantStatus.ACTIVE, ParticipantStatus.ENROLLED)).toBe(false);
    expect(canMoveParticipant(ParticipantStatus.WITHDRAWN, ParticipantStatus.ACTIVE)).toBe(false);
    expect(canMoveParticipant(ParticipantStatus.COMPLETED, ParticipantStatus.WITHDRAWN)).toBe(false);
  });
});
