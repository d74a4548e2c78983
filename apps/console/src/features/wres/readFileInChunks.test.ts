import { describe, expect, it } from "vitest";
import { readFileInChunks } from "./readFileInChunks";

describe("readFileInChunks", () => {
  it("reads every slice, keeps characters split across slices whole, and reports progress up to 1", async () => {
    const text = "section,item\nworkforce,Ünïcödé — “quoted”\n".repeat(50);
    const fractions: number[] = [];
    const read = await readFileInChunks(new Blob([text]), (fraction) => fractions.push(fraction), { chunkBytes: 7 });
    expect(read).toBe(text);
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("reads an empty file as empty text", async () => {
    expect(await readFileInChunks(new Blob([]), () => {})).toBe("");
  });
});
