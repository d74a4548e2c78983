import { describe, expect, it } from "vitest";
import { AfcBand } from "./bands";
import { MentoringKind, MentoringOffer } from "./mentoring";
import { matchingExpertise, rankMentorSuggestions, SuggestionRule, type SuggestionCandidate } from "./mentoring-pairing";

const candidate = (overrides: Partial<SuggestionCandidate> & { id: string }): SuggestionCandidate => ({
  name: overrides.id,
  organisationId: "elsewhere",
  organisationName: "Elsewhere NHS Trust",
  band: AfcBand.BAND_8B,
  offers: MentoringOffer.MENTORING_AND_COACHING,
  expertise: [],
  capacity: 2,
  activeCount: 0,
  retired: false,
  ...overrides,
});

const participant = { organisationId: "home", band: AfcBand.BAND_6, interests: ["Finance manager", "Administrative and clerical"] };

describe("rankMentorSuggestions", () => {
  it("puts a more senior mentor from elsewhere with matching expertise first, and says why for every rule", () => {
    const ranked = rankMentorSuggestions(participant, [
      candidate({ id: "junior", band: AfcBand.BAND_5, expertise: ["finance"] }),
      candidate({ id: "senior-no-match", expertise: ["research"] }),
      candidate({ id: "best", expertise: ["Finance and business cases", "research"] }),
    ]);
    expect(ranked.map((s) => s.candidate.id)).toEqual(["best", "senior-no-match", "junior"]);
    const [best, seniorNoMatch, junior] = ranked;
    expect(best.score).toBe(4 + 3 + 2 + 1);
    expect(best.reasons).toEqual([
      { rule: SuggestionRule.DIFFERENT_ORGANISATION, met: true, text: "Works elsewhere: Elsewhere NHS Trust" },
      { rule: SuggestionRule.MORE_SENIOR_BAND, met: true, text: "More senior: Band 8b, participant Band 6" },
      { rule: SuggestionRule.MATCHING_EXPERTISE, met: true, text: "Expertise matches: Finance and business cases" },
      { rule: SuggestionRule.CAPACITY_LEFT, met: true, text: "2 of 2 places left" },
    ]);
    expect(seniorNoMatch.score).toBe(4 + 3 + 1);
    expect(seniorNoMatch.reasons[2]).toEqual({ rule: SuggestionRule.MATCHING_EXPERTISE, met: false, text: "No expertise matches the participant's role or focus" });
    expect(junior.score).toBe(4 + 2 + 1);
    expect(junior.reasons[1]).toMatchObject({ met: false, text: "Not more senior: Band 5, participant Band 6" });
  });

  it("leaves out the full, the retired, colleagues from the same organisation and those who don't offer the kind asked for", () => {
    const ranked = rankMentorSuggestions(
      participant,
      [
        candidate({ id: "full", capacity: 2, activeCount: 2 }),
        candidate({ id: "retired", retired: true }),
        candidate({ id: "colleague", organisationId: "home" }),
        candidate({ id: "coach-only", offers: MentoringOffer.COACHING }),
        candidate({ id: "mentor", offers: MentoringOffer.MENTORING, capacity: 3, activeCount: 2 }),
      ],
      MentoringKind.MENTORING,
    );
    expect(ranked.map((s) => s.candidate.id)).toEqual(["mentor"]);
    expect(ranked[0].reasons[3].text).toBe("1 of 3 places left");
  });

  it("breaks ties by places left, then by name, and says when a band is unknown", () => {
    const ranked = rankMentorSuggestions({ ...participant, band: null }, [
      candidate({ id: "b", name: "Bea", capacity: 2 }),
      candidate({ id: "a", name: "Ann", capacity: 2 }),
      candidate({ id: "roomy", name: "Zed", capacity: 5 }),
    ]);
    expect(ranked.map((s) => s.candidate.id)).toEqual(["roomy", "a", "b"]);
    expect(ranked[0].reasons[1]).toEqual({ rule: SuggestionRule.MORE_SENIOR_BAND, met: false, text: "Band not known, so seniority can't be compared" });
  });
});

describe("matchingExpertise", () => {
  it("matches whole words regardless of case, ignoring filler words", () => {
    expect(matchingExpertise(["Clinical leadership", "board reporting", "finance"], ["Senior staff nurse", "clinical"])).toEqual(["Clinical leadership"]);
    expect(matchingExpertise(["nursing leadership"], ["Senior staff nurse"])).toEqual([]);
  });
});
