import { describe, expect, it } from "vitest";
import { AfcBand } from "./bands";
import {
  describeBands,
  describeEligibility,
  EligibilityRequirement,
  EligibilityRuleKind,
  EligibilityRules,
  eligibilityRulesProblems,
  EthnicityCriterion,
  evaluateEligibility,
  mergeEligibilityRules,
} from "./eligibility";
import { StaffGroup } from "./staff-groups";
import { MedicalGrade } from "./wres";

const ruleResults = (rules: EligibilityRules, applicant: Parameters<typeof evaluateEligibility>[1]) =>
  evaluateEligibility(rules, applicant).reasons.map((r) => [r.rule, r.met]);

describe("evaluateEligibility", () => {
  it("admits anyone when there are no rules", () => {
    expect(evaluateEligibility({}, {})).toEqual({ eligible: true, reasons: [] });
    expect(evaluateEligibility({ bands: [], staffGroups: null, ethnicity: EthnicityCriterion.OPEN_TO_ALL }, {})).toEqual({ eligible: true, reasons: [] });
  });

  describe("bands and medical grades", () => {
    const rules = { bands: [AfcBand.BAND_5, AfcBand.BAND_6, AfcBand.BAND_7] };
    it("admits a listed band and explains why", () => {
      const result = evaluateEligibility(rules, { band: AfcBand.BAND_6 });
      expect(result.eligible).toBe(true);
      expect(result.reasons).toEqual([{ rule: EligibilityRuleKind.GRADE, met: true, explanation: "You are at band 6, and the programme is for Agenda for Change bands 5, 6 and 7." }]);
    });
    it("refuses an unlisted band, an unknown band and a medical grade when only bands are listed", () => {
      expect(evaluateEligibility(rules, { band: AfcBand.BAND_8A }).reasons[0]).toMatchObject({ met: false, explanation: "You are at band 8a, but the programme is for Agenda for Change bands 5, 6 and 7." });
      expect(evaluateEligibility(rules, {}).reasons[0]).toMatchObject({ met: false, explanation: expect.stringContaining("tell us your band") });
      expect(evaluateEligibility(rules, { medicalGrade: MedicalGrade.CONSULTANT }).eligible).toBe(false);
    });
    it("admits a band OR a medical grade when both are listed", () => {
      const mixed = { bands: [AfcBand.BAND_8A, AfcBand.BAND_8B], medicalGrades: [MedicalGrade.CONSULTANT] };
      expect(evaluateEligibility(mixed, { medicalGrade: MedicalGrade.CONSULTANT }).eligible).toBe(true);
      expect(evaluateEligibility(mixed, { band: AfcBand.BAND_8B }).eligible).toBe(true);
      expect(evaluateEligibility(mixed, { medicalGrade: MedicalGrade.TRAINEE }).eligible).toBe(false);
      expect(evaluateEligibility(mixed, { band: AfcBand.BAND_7 }).reasons[0].explanation).toBe(
        "You are at band 7, but the programme is for Agenda for Change bands 8a and 8b or medical and dental staff at consultant.",
      );
    });
  });

  it("checks the staff group", () => {
    const rules = { staffGroups: [StaffGroup.HR_OD] };
    expect(evaluateEligibility(rules, { staffGroup: StaffGroup.HR_OD })).toMatchObject({ eligible: true, reasons: [{ rule: EligibilityRuleKind.STAFF_GROUP, met: true }] });
    expect(evaluateEligibility(rules, { staffGroup: StaffGroup.NURSING_AND_MIDWIFERY }).reasons[0].explanation).toBe(
      "You work in Nursing and midwifery, but the programme is for HR and organisational development staff.",
    );
    expect(evaluateEligibility(rules, {}).eligible).toBe(false);
  });

  it("checks positive action against the applicant's own declaration only", () => {
    const rules = { ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME };
    expect(evaluateEligibility(rules, { identifiesAsBlackAsianOrMinorityEthnic: true })).toMatchObject({ eligible: true, reasons: [{ rule: EligibilityRuleKind.POSITIVE_ACTION, met: true }] });
    expect(evaluateEligibility(rules, { identifiesAsBlackAsianOrMinorityEthnic: false }).eligible).toBe(false);
    expect(evaluateEligibility(rules, {}).eligible).toBe(false);
    expect(evaluateEligibility({ ethnicity: EthnicityCriterion.OPEN_TO_ALL }, { identifiesAsBlackAsianOrMinorityEthnic: false }).eligible).toBe(true);
  });

  it("checks academy membership, naming the academy", () => {
    const rules = { memberOrganisationsOnly: true };
    const wording = { academyName: "HPMA London Academy" };
    expect(evaluateEligibility(rules, { organisationIsAcademyMember: true }, wording).reasons).toEqual([
      { rule: EligibilityRuleKind.MEMBER_ORGANISATION, met: true, explanation: "Your organisation is a member organisation of HPMA London Academy." },
    ]);
    expect(evaluateEligibility(rules, { organisationIsAcademyMember: false }, wording).reasons[0]).toMatchObject({ met: false, explanation: expect.stringContaining("your organisation is not one") });
    expect(evaluateEligibility(rules, {}, wording).eligible).toBe(false);
    expect(evaluateEligibility({ memberOrganisationsOnly: false }, { organisationIsAcademyMember: false }).eligible).toBe(true);
  });

  it("checks each requirement: line-manager support, mentor or coach, equality monitoring form", () => {
    const rules = { requirements: [EligibilityRequirement.EQUALITY_MONITORING_FORM, EligibilityRequirement.LINE_MANAGER_SUPPORT, EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED] };
    expect(ruleResults(rules, { lineManagerSupports: true, mentorOrCoachIdentified: false, equalityMonitoringFormCompleted: true })).toEqual([
      [EligibilityRuleKind.LINE_MANAGER_SUPPORT, true],
      [EligibilityRuleKind.MENTOR_OR_COACH, false],
      [EligibilityRuleKind.EQUALITY_MONITORING_FORM, true],
    ]);
    expect(evaluateEligibility(rules, { lineManagerSupports: true, mentorOrCoachIdentified: true, equalityMonitoringFormCompleted: true }).eligible).toBe(true);
  });

  describe("mixed rules", () => {
    // The HPMA London programme: HR/OD staff of member organisations, any band, open to all, monitoring form.
    const hpma: EligibilityRules = {
      staffGroups: [StaffGroup.HR_OD],
      ethnicity: EthnicityCriterion.OPEN_TO_ALL,
      memberOrganisationsOnly: true,
      requirements: [EligibilityRequirement.EQUALITY_MONITORING_FORM],
    };
    it("admits only when every rule is met, and reports each", () => {
      const everything = { staffGroup: StaffGroup.HR_OD, organisationIsAcademyMember: true, equalityMonitoringFormCompleted: true, band: AfcBand.BAND_8A };
      expect(evaluateEligibility(hpma, everything).eligible).toBe(true);
      expect(ruleResults(hpma, { ...everything, organisationIsAcademyMember: false })).toEqual([
        [EligibilityRuleKind.STAFF_GROUP, true],
        [EligibilityRuleKind.MEMBER_ORGANISATION, false],
        [EligibilityRuleKind.EQUALITY_MONITORING_FORM, true],
      ]);
      expect(evaluateEligibility(hpma, { ...everything, staffGroup: StaffGroup.ADMIN_AND_CLERICAL }).eligible).toBe(false);
    });

    it("combines band, staff group and membership, failing each independently", () => {
      const rules: EligibilityRules = { bands: [AfcBand.BAND_7, AfcBand.BAND_8A], staffGroups: [StaffGroup.NURSING_AND_MIDWIFERY, StaffGroup.ALLIED_HEALTH_PROFESSIONALS], memberOrganisationsOnly: true };
      const ok = { band: AfcBand.BAND_7, staffGroup: StaffGroup.ALLIED_HEALTH_PROFESSIONALS, organisationIsAcademyMember: true };
      expect(ruleResults(rules, ok)).toEqual([[EligibilityRuleKind.GRADE, true], [EligibilityRuleKind.STAFF_GROUP, true], [EligibilityRuleKind.MEMBER_ORGANISATION, true]]);
      expect(ruleResults(rules, { ...ok, band: AfcBand.BAND_6 })).toEqual([[EligibilityRuleKind.GRADE, false], [EligibilityRuleKind.STAFF_GROUP, true], [EligibilityRuleKind.MEMBER_ORGANISATION, true]]);
      expect(ruleResults(rules, { ...ok, staffGroup: StaffGroup.HR_OD, organisationIsAcademyMember: false })).toEqual([
        [EligibilityRuleKind.GRADE, true],
        [EligibilityRuleKind.STAFF_GROUP, false],
        [EligibilityRuleKind.MEMBER_ORGANISATION, false],
      ]);
    });

    it("uses a track's rules over its programme's (Stepping Up)", () => {
      const programme: EligibilityRules = {
        bands: [AfcBand.BAND_5, AfcBand.BAND_6, AfcBand.BAND_7],
        ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME,
        requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT],
      };
      const band7Track = mergeEligibilityRules(programme, { bands: [AfcBand.BAND_7] });
      expect(band7Track).toMatchObject({ bands: [AfcBand.BAND_7], ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME, requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT] });
      const applicant = { band: AfcBand.BAND_6, identifiesAsBlackAsianOrMinorityEthnic: true, lineManagerSupports: true };
      expect(evaluateEligibility(programme, applicant).eligible).toBe(true);
      expect(evaluateEligibility(band7Track, applicant).eligible).toBe(false);
      expect(mergeEligibilityRules(programme, null)).toMatchObject(programme);
    });
  });
});

describe("describeEligibility", () => {
  it("says the rules in plain words", () => {
    expect(
      describeEligibility(
        {
          bands: [AfcBand.BAND_7, AfcBand.BAND_5, AfcBand.BAND_6],
          ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME,
          requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT],
        },
      ),
    ).toEqual([
      "Open to Agenda for Change bands 5, 6 and 7.",
      "A positive action programme for staff who identify as Black, Asian or minority ethnic (Equality Act 2010).",
      "You need your line manager's support before applying.",
    ]);
    expect(
      describeEligibility(
        { staffGroups: [StaffGroup.HR_OD], memberOrganisationsOnly: true, requirements: [EligibilityRequirement.EQUALITY_MONITORING_FORM, EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED] },
        { academyName: "HPMA London Academy" },
      ),
    ).toEqual([
      "For HR and organisational development staff.",
      "Open to staff of all ethnicities.",
      "Only for staff of a member organisation of HPMA London Academy.",
      "You need to identify a mentor or coach before the programme starts.",
      "You need to complete an equality monitoring form with your application.",
    ]);
  });

  it("shortens runs of bands", () => {
    expect(describeBands([AfcBand.BAND_8A, AfcBand.BAND_8B, AfcBand.BAND_8C, AfcBand.BAND_8D, AfcBand.VSM])).toBe("bands 8a to 8d and very senior managers");
    expect(describeBands([AfcBand.BAND_7])).toBe("band 7");
  });
});

describe("eligibilityRulesProblems", () => {
  it("accepts good rules and names the path of each bad value", () => {
    expect(eligibilityRulesProblems({ bands: ["BAND_5"], staffGroups: ["HR_OD"], ethnicity: "OPEN_TO_ALL", memberOrganisationsOnly: true, requirements: [] })).toEqual([]);
    expect(eligibilityRulesProblems({ bands: ["BAND_5", "BAND_10", "BAND_5"], ethnicity: "WHITE", colour: "red", memberOrganisationsOnly: "yes" })).toEqual([
      { path: ["colour"], message: "colour is not an eligibility rule." },
      { path: ["bands", "1"], message: "\"BAND_10\" is not a known band." },
      { path: ["bands", "2"], message: "BAND_5 is listed twice." },
      { path: ["ethnicity"], message: "\"WHITE\" is not a known ethnicity criterion." },
      { path: ["memberOrganisationsOnly"], message: "memberOrganisationsOnly must be true or false." },
    ]);
  });
});
