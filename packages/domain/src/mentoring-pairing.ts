import { AfcBand, afcBandLabels, compareBands } from "./bands";
import { MentoringKind, MentoringOffer, offersKind } from "./mentoring";

/**
 * Ranking the directory for one participant, by rules a programme manager can
 * read on screen. Each rule a candidate meets adds points; every rule gives a
 * sentence, met or not, so the order is never a mystery.
 */
export enum SuggestionRule {
  DIFFERENT_ORGANISATION = "DIFFERENT_ORGANISATION",
  MORE_SENIOR_BAND = "MORE_SENIOR_BAND",
  MATCHING_EXPERTISE = "MATCHING_EXPERTISE",
  CAPACITY_LEFT = "CAPACITY_LEFT",
}

/** Points per rule: a mentor from elsewhere matters most (the programmes ask for an outside view), then seniority, then expertise. */
export const SUGGESTION_POINTS: Record<SuggestionRule, number> = {
  [SuggestionRule.DIFFERENT_ORGANISATION]: 4,
  [SuggestionRule.MORE_SENIOR_BAND]: 3,
  [SuggestionRule.MATCHING_EXPERTISE]: 2,
  [SuggestionRule.CAPACITY_LEFT]: 1,
};

export interface SuggestionParticipant {
  organisationId: string | null;
  band: AfcBand | null;
  /** Words that say what they want help with: their job title, staff group, and anything staff typed as a focus. */
  interests: readonly string[];
}

export interface SuggestionCandidate {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string | null;
  band: AfcBand | null;
  offers: MentoringOffer;
  expertise: readonly string[];
  capacity: number;
  /** Pairings not yet ended. */
  activeCount: number;
  retired: boolean;
}

export interface SuggestionReason {
  rule: SuggestionRule;
  met: boolean;
  text: string;
}

export interface Suggestion<C extends SuggestionCandidate = SuggestionCandidate> {
  candidate: C;
  score: number;
  reasons: SuggestionReason[];
}

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
const STOP_WORDS = new Set(["and", "the", "for", "with", "senior", "staff", "lead", "band"]);

/** The areas of a candidate's expertise that share a word with the participant's interests, as the candidate wrote them. */
export function matchingExpertise(expertise: readonly string[], interests: readonly string[]): string[] {
  const wanted = new Set(interests.flatMap(words));
  return expertise.filter((area) => words(area).some((word) => wanted.has(word)));
}

function bandReason(participant: AfcBand | null, candidate: AfcBand | null): SuggestionReason {
  const rule = SuggestionRule.MORE_SENIOR_BAND;
  if (!participant || !candidate) return { rule, met: false, text: "Band not known, so seniority can't be compared" };
  const gap = compareBands(candidate, participant);
  if (gap > 0) return { rule, met: true, text: `More senior: ${afcBandLabels[candidate]}, participant ${afcBandLabels[participant]}` };
  return { rule, met: false, text: `Not more senior: ${afcBandLabels[candidate]}, participant ${afcBandLabels[participant]}` };
}

/**
 * Candidates who can take this participant as `kind`, best first, each with
 * its reasons. Left out: the retired, the full, those who don't offer `kind`,
 * and colleagues from the participant's own organisation (pairing them needs
 * a stated reason, so they are chosen by hand, never suggested). Ties go to the
 * candidate with more places left, then by name, so the order is stable.
 */
export function rankMentorSuggestions<C extends SuggestionCandidate>(participant: SuggestionParticipant, candidates: readonly C[], kind: MentoringKind | null = null): Suggestion<C>[] {
  const suggestions: Suggestion<C>[] = [];
  for (const candidate of candidates) {
    const placesLeft = candidate.capacity - candidate.activeCount;
    if (candidate.retired || placesLeft <= 0 || (kind && !offersKind(candidate.offers, kind))) continue;
    if (participant.organisationId !== null && participant.organisationId === candidate.organisationId) continue;
    const matches = matchingExpertise(candidate.expertise, participant.interests);
    const reasons: SuggestionReason[] = [
      {
        rule: SuggestionRule.DIFFERENT_ORGANISATION,
        met: participant.organisationId !== null,
        text: participant.organisationId !== null ? `Works elsewhere${candidate.organisationName ? `: ${candidate.organisationName}` : ""}` : "Participant's organisation not known",
      },
      bandReason(participant.band, candidate.band),
      {
        rule: SuggestionRule.MATCHING_EXPERTISE,
        met: matches.length > 0,
        text: matches.length > 0 ? `Expertise matches: ${matches.join(", ")}` : "No expertise matches the participant's role or focus",
      },
      { rule: SuggestionRule.CAPACITY_LEFT, met: true, text: `${placesLeft} of ${candidate.capacity} ${candidate.capacity === 1 ? "place" : "places"} left` },
    ];
    const score = reasons.reduce((sum, reason) => sum + (reason.met ? SUGGESTION_POINTS[reason.rule] : 0), 0);
    suggestions.push({ candidate, score, reasons });
  }
  return suggestions.sort(
    (a, b) =>
      b.score - a.score ||
      b.candidate.capacity - b.candidate.activeCount - (a.candidate.capacity - a.candidate.activeCount) ||
      a.candidate.name.localeCompare(b.candidate.name, "en-GB") ||
      a.candidate.id.localeCompare(b.candidate.id),
  );
}
