/**
 * Action Learning Sets: small groups within a cohort that meet with a
 * facilitator after the workshop. The set size is chosen per programme; the
 * forming of sets is a rule staff can read on screen (formLearningSets).
 */

export const ACTION_LEARNING_LIMITS = {
  /** The smallest and largest set size a programme may choose. */
  minSetSize: 2,
  maxSetSize: 20,
  setNameMaxLength: 60,
  /** Sets per cohort. */
  maxSetsPerCohort: 26,
} as const;

/** A problem with a chosen set size, or null; null size means the programme doesn't use sets. */
export function learningSetSizeProblem(size: number | null | undefined): string | null {
  if (size === null || size === undefined) return null;
  const { minSetSize, maxSetSize } = ACTION_LEARNING_LIMITS;
  if (!Number.isInteger(size) || size < minSetSize || size > maxSetSize) return `A set has ${minSetSize} to ${maxSetSize} members.`;
  return null;
}

/** "A", "B", … "Z", "AA", "AB", …: the letter after "Set " for the nth set (0-based). */
export function setLetter(index: number): string {
  let n = index;
  let letters = "";
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** The next `count` names "Set A", "Set B", … that no existing set uses (case-insensitive). */
export function nextSetNames(existing: readonly string[], count: number): string[] {
  const taken = new Set(existing.map((name) => name.trim().toLowerCase()));
  const names: string[] = [];
  for (let index = 0; names.length < count; index += 1) {
    const name = `Set ${setLetter(index)}`;
    if (!taken.has(name.toLowerCase())) names.push(name);
  }
  return names;
}

export interface FormingPerson {
  id: string;
  /** Their employing organisation; null when unknown (then never counted as a colleague of anyone). */
  organisationId: string | null;
  /** For the explanation only. */
  organisationName?: string | null;
}

export interface FormingSet {
  /** An existing set's id; new sets have none. */
  id: string;
  name: string;
  /** The organisations of its current members, one entry per member. */
  memberOrganisationIds: ReadonlyArray<string | null>;
}

export interface FormedSet {
  /** The existing set's id, or null for a set to create. */
  id: string | null;
  name: string;
  /** Who joins it now (not its existing members). */
  joining: string[];
  /** Members after forming, existing ones included. */
  size: number;
  /** How many different organisations its members come from (unknown organisations count once each). */
  organisations: number;
}

export interface LearningSetPlan {
  sets: FormedSet[];
  /** Sentences that say what was done and why. */
  explanation: string[];
}

/**
 * Splits the participants without a set into sets of at most `size`.
 *
 * 1. How many sets: existing sets are kept, with the room they have left;
 *    new sets are added only for the people who don't fit in that room.
 * 2. Who goes where: people from the organisation with the most people are
 *    placed first; each person joins the set with the fewest members (so the
 *    sets differ by at most one where they can), and among those the one
 *    with the fewest colleagues from their organisation, then the earliest.
 *
 * Deterministic: the same people in the same order give the same sets.
 */
export function formLearningSets(input: { size: number; people: readonly FormingPerson[]; sets: readonly FormingSet[] }): LearningSetPlan {
  const { size, people } = input;
  if (!Number.isInteger(size) || size < 1) throw new Error(`formLearningSets: size ${size}`);
  const room = input.sets.reduce((sum, set) => sum + Math.max(0, size - set.memberOrganisationIds.length), 0);
  const newCount = Math.max(0, Math.ceil((people.length - room) / size));
  const newNames = nextSetNames(
    input.sets.map((set) => set.name),
    newCount,
  );
  const working = [
    ...input.sets.map((set) => ({ id: set.id as string | null, name: set.name, organisations: [...set.memberOrganisationIds], joining: [] as string[] })),
    ...newNames.map((name) => ({ id: null as string | null, name, organisations: [] as Array<string | null>, joining: [] as string[] })),
  ];

  // Largest organisation first (its people must be spread widest), then by organisation, keeping the given order within each.
  const perOrganisation = new Map<string, number>();
  for (const person of people) if (person.organisationId) perOrganisation.set(person.organisationId, (perOrganisation.get(person.organisationId) ?? 0) + 1);
  const order = people
    .map((person, index) => ({ person, index, group: person.organisationId ? (perOrganisation.get(person.organisationId) ?? 0) : 0 }))
    .sort((a, b) => b.group - a.group || (a.person.organisationId ?? "\uffff").localeCompare(b.person.organisationId ?? "\uffff") || a.index - b.index);

  for (const { person } of order) {
    let best = -1;
    let bestKey: [number, number] | null = null;
    for (const [index, set] of working.entries()) {
      if (set.organisations.length >= size) continue;
      const colleagues = person.organisationId ? set.organisations.filter((o) => o === person.organisationId).length : 0;
      const key: [number, number] = [set.organisations.length, colleagues];
      if (!bestKey || key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
        best = index;
        bestKey = key;
      }
    }
    if (best < 0) throw new Error("formLearningSets: no room left (a bug in counting the sets)");
    working[best].organisations.push(person.organisationId);
    working[best].joining.push(person.id);
  }

  const sets: FormedSet[] = working
    .filter((set) => set.id === null || set.joining.length > 0)
    .map((set) => ({ id: set.id, name: set.name, joining: set.joining, size: set.organisations.length, organisations: distinctOrganisations(set.organisations) }));
  return { sets, explanation: explain(size, people, sets) };
}

function distinctOrganisations(organisations: ReadonlyArray<string | null>): number {
  return new Set(organisations.filter((o) => o !== null)).size + organisations.filter((o) => o === null).length;
}

function explain(size: number, people: readonly FormingPerson[], sets: readonly FormedSet[]): string[] {
  if (people.length === 0) return ["Everyone already has a set: nothing to do."];
  const created = sets.filter((set) => set.id === null);
  const filled = sets.filter((set) => set.id !== null);
  const lines = [
    `${people.length} ${people.length === 1 ? "participant" : "participants"} without a set, at most ${size} per set.`,
    "Each person joins the set with the fewest members, then the one with the fewest colleagues from their organisation; people from the largest organisation are placed first so they are spread widest.",
  ];
  if (filled.length > 0) lines.push(`Existing sets with room take people too: ${filled.map((set) => `${set.name} (+${set.joining.length})`).join(", ")}.`);
  if (created.length > 0) lines.push(`New ${created.length === 1 ? "set" : "sets"}: ${created.map((set) => `${set.name} (${set.size})`).join(", ")}.`);
  for (const set of sets) {
    lines.push(`${set.name}: ${set.size} ${set.size === 1 ? "member" : "members"} from ${set.organisations} ${set.organisations === 1 ? "organisation" : "organisations"}.`);
  }
  const organisations = new Set(people.map((p) => p.organisationId ?? `unknown:${p.id}`));
  if (organisations.size === 1 && people.length > 1) lines.push("Everyone comes from the same organisation, so the sets could not mix organisations.");
  return lines;
}
