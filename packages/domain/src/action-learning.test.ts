import { describe, expect, it } from "vitest";
import { formLearningSets, learningSetSizeProblem, nextSetNames, setLetter, type FormingPerson } from "./action-learning";

const people = (spec: string): FormingPerson[] =>
  // "AAAB" → four people, three from organisation A and one from B, ids p1…p4
  [...spec].map((organisation, index) => ({ id: `p${index + 1}`, organisationId: organisation === "?" ? null : organisation }));

const sizes = (plan: ReturnType<typeof formLearningSets>) => plan.sets.map((set) => set.size);
const organisationsIn = (plan: ReturnType<typeof formLearningSets>, all: FormingPerson[]) =>
  plan.sets.map((set) => set.joining.map((id) => all.find((p) => p.id === id)?.organisationId ?? "?").sort().join(""));

describe("formLearningSets", () => {
  it("splits 12 people into two sets of 6", () => {
    const all = people("ABCDEFGHIJKL");
    const plan = formLearningSets({ size: 6, people: all, sets: [] });
    expect(plan.sets.map((s) => s.name)).toEqual(["Set A", "Set B"]);
    expect(sizes(plan)).toEqual([6, 6]);
    expect(plan.sets.every((s) => s.id === null)).toBe(true);
    expect(new Set(plan.sets.flatMap((s) => s.joining)).size).toBe(12);
  });

  it("balances: 13 people at most 6 per set make 5, 4, 4 (never 6, 6, 1)", () => {
    expect(sizes(formLearningSets({ size: 6, people: people("ABCDEFGHIJKLM"), sets: [] }))).toEqual([5, 4, 4]);
    expect(sizes(formLearningSets({ size: 6, people: people("ABCDEFG"), sets: [] }))).toEqual([4, 3]);
    expect(sizes(formLearningSets({ size: 6, people: people("ABC"), sets: [] }))).toEqual([3]);
  });

  it("spreads colleagues from one organisation across the sets", () => {
    // Six from trust A, three from B, three from C: each set of 6 gets three from A, and B and C are split too.
    const all = people("AAAAAABBBCCC");
    const plan = formLearningSets({ size: 6, people: all, sets: [] });
    const mix = organisationsIn(plan, all);
    expect(mix.map((m) => [...m].filter((o) => o === "A").length)).toEqual([3, 3]);
    expect(mix.map((m) => [...m].filter((o) => o === "B").length).sort()).toEqual([1, 2]);
    expect(plan.sets.map((s) => s.organisations)).toEqual([3, 3]);
  });

  it("counts people whose organisation is unknown as nobody's colleague", () => {
    const plan = formLearningSets({ size: 3, people: people("??A"), sets: [] });
    expect(plan.sets).toHaveLength(1);
    expect(plan.sets[0].organisations).toBe(3);
  });

  it("uses the room left in existing sets, and adds a set only for those who don't fit, keeping sizes close", () => {
    const sets = [
      { id: "s1", name: "Set A", memberOrganisationIds: ["A", "B", "C", "D", "E"] },
      { id: "s2", name: "Set B", memberOrganisationIds: ["A", "B", "C", "D"] },
    ];
    const fill = formLearningSets({ size: 6, people: people("XY"), sets });
    expect(fill.sets.map((s) => [s.id, s.joining])).toEqual([
      ["s1", ["p2"]],
      ["s2", ["p1"]],
    ]);
    const overflow = formLearningSets({ size: 6, people: people("XYZW"), sets });
    // One more set is needed; the newcomers balance it against the others (5, 4, 4) rather than leaving one person alone.
    expect(overflow.sets.map((s) => [s.id, s.name, s.size])).toEqual([[null, "Set C", 4]]);
    expect(fill.explanation.join(" ")).toMatch(/Existing sets with room take people too: Set A \(\+1\), Set B \(\+1\)/);
  });

  it("never puts anyone in a set that is already full, even when the size was lowered", () => {
    const sets = [{ id: "s1", name: "Set A", memberOrganisationIds: ["A", "B", "C", "D", "E", "F"] }];
    const plan = formLearningSets({ size: 4, people: people("XYZ"), sets });
    expect(plan.sets.map((s) => [s.id, s.size])).toEqual([[null, 3]]);
  });

  it("is deterministic and explains itself", () => {
    const all = people("AABBC");
    const first = formLearningSets({ size: 3, people: all, sets: [] });
    expect(formLearningSets({ size: 3, people: all, sets: [] })).toEqual(first);
    expect(first.explanation[0]).toBe("5 participants without a set, at most 3 per set.");
    expect(first.explanation).toContain("Set A: 3 members from 3 organisations.");
    expect(formLearningSets({ size: 3, people: [], sets: [] })).toEqual({ sets: [], explanation: ["Everyone already has a set: nothing to do."] });
    expect(formLearningSets({ size: 6, people: people("AAAA"), sets: [] }).explanation.at(-1)).toMatch(/same organisation/);
  });
});

describe("set names and sizes", () => {
  it("names sets by letter, skipping names in use", () => {
    expect([0, 1, 25, 26, 27].map(setLetter)).toEqual(["A", "B", "Z", "AA", "AB"]);
    expect(nextSetNames(["Set A", "set c"], 3)).toEqual(["Set B", "Set D", "Set E"]);
  });

  it("accepts no size (not used) or 2 to 20", () => {
    expect(learningSetSizeProblem(null)).toBeNull();
    expect(learningSetSizeProblem(6)).toBeNull();
    expect(learningSetSizeProblem(1)).toMatch(/2 to 20/);
    expect(learningSetSizeProblem(21)).toMatch(/2 to 20/);
    expect(learningSetSizeProblem(2.5)).toMatch(/2 to 20/);
  });
});
