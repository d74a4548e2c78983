import { describe, expect, it } from "vitest";
import { AfcBand } from "./bands";
import {
  ApplicationQuestion,
  ApplicationQuestionKind,
  answerProblems,
  applicationQuestionsProblems,
  ineligibleMessage,
  requiresEndorsement,
  rulesAtSubmission,
} from "./application-form";
import { EligibilityRequirement, EthnicityCriterion, evaluateEligibility } from "./eligibility";

const questions: ApplicationQuestion[] = [
  { key: "why", label: "Why do you want to join?", kind: ApplicationQuestionKind.LONG_TEXT, required: true, maxLength: 20 },
  { key: "role", label: "Your role", kind: ApplicationQuestionKind.TEXT, required: false },
  { key: "mode", label: "Preferred mode", kind: ApplicationQuestionKind.CHOICE, required: true, choices: ["Online", "In person"] },
];

describe("answerProblems", () => {
  it("accepts complete answers", () => {
    expect(answerProblems(questions, [{ questionKey: "why", value: "To lead." }, { questionKey: "mode", value: "Online" }])).toEqual([]);
  });
  it("names a missing required answer, an answer over its limit and a choice not offered", () => {
    const problems = answerProblems(questions, [{ questionKey: "why", value: "x".repeat(21) }, { questionKey: "mode", value: "<script>" }]);
    expect(problems.map((p) => p.path.join("."))).toEqual(["answers.why", "answers.mode"]);
    expect(problems[0].message).toContain("at most 20 characters");
    expect(answerProblems(questions, []).map((p) => p.path.join("."))).toEqual(["answers.why", "answers.mode"]);
  });
  it("refuses unknown and repeated questions, line breaks in one-line answers and control characters", () => {
    const problems = answerProblems(questions, [
      { questionKey: "nope", value: "a" },
      { questionKey: "mode", value: "Online" },
      { questionKey: "mode", value: "Online" },
      { questionKey: "why", value: "a\u0000b" },
      { questionKey: "role", value: "a\nb" },
    ]);
    expect(problems.map((p) => p.path.join("."))).toEqual(["answers.0.questionKey", "answers.2.questionKey", "answers.why", "answers.role"]);
  });
});

describe("applicationQuestionsProblems", () => {
  it("refuses bad keys, repeated keys and choice questions without choices", () => {
    const problems = applicationQuestionsProblems([
      { key: "Bad Key", label: "a", kind: ApplicationQuestionKind.TEXT, required: true },
      { key: "a", label: "a", kind: ApplicationQuestionKind.CHOICE, required: true, choices: ["only"] },
      { key: "a", label: "b", kind: ApplicationQuestionKind.TEXT, required: true, maxLength: 0 },
    ]);
    expect(problems.map((p) => p.path.join("."))).toEqual(["applicationQuestions.0.key", "applicationQuestions.2.key", "applicationQuestions.1.choices", "applicationQuestions.2.maxLength"]);
  });
});

describe("eligibility at submission", () => {
  const rules = {
    bands: [AfcBand.BAND_7],
    ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME,
    requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT, EligibilityRequirement.EQUALITY_MONITORING_FORM],
  };
  it("leaves the line manager to the endorsement step and never uses the monitoring form", () => {
    expect(rulesAtSubmission(rules).requirements).toBeNull();
    expect(requiresEndorsement(rules)).toBe(true);
  });
  it("tells a positive-action applicant who the programme is for, not that they failed", () => {
    const result = evaluateEligibility(rulesAtSubmission(rules), { band: AfcBand.BAND_7, identifiesAsBlackAsianOrMinorityEthnic: false });
    const message = ineligibleMessage(result);
    expect(message.title).toBe("This programme is for staff who identify as Black, Asian or minority ethnic");
    expect(message.lines.join(" ")).not.toMatch(/not eligible/i);
  });
});
