import { describe, expect, it } from "vitest";
import { exampleReturn } from "./test/fixtures";
import {
  computeWres,
  formatWresReturnCsv,
  parseCsvRecords,
  parseWresReturnCsv,
  WRES_CSV_TEMPLATE,
  type WresReturnInput,
} from "./wres";

const sortedWorkforce = (input: WresReturnInput) =>
  [...input.workforce].sort((a, b) => `${a.category}.${a.grade}`.localeCompare(`${b.category}.${b.grade}`));

describe("parseCsvRecords", () => {
  it("reads quotes, doubled quotes, line breaks inside quotes, CRLF and a byte order mark", () => {
    const records = parseCsvRecords('\uFEFFa,"b,1","say ""hi"""\r\n"two\nlines",x\n\nlast');
    expect(records).toEqual([
      { line: 1, cells: ["a", "b,1", 'say "hi"'] },
      { line: 2, cells: ["two\nlines", "x"] },
      { line: 4, cells: [""] },
      { line: 5, cells: ["last"] },
    ]);
  });
});

describe("WRES CSV", () => {
  it("round-trips a return: format then parse gives the same input and the same indicators", () => {
    const input = exampleReturn();
    const parsed = parseWresReturnCsv(formatWresReturnCsv(input), { year: 2024 });
    expect(parsed.issues).toEqual([]);
    expect(parsed.input).not.toBeNull();
    const back = parsed.input as WresReturnInput;
    expect(sortedWorkforce(back)).toEqual(sortedWorkforce(input).map((row) => ({ ...row, unknown: row.unknown ?? 0 })));
    expect(back.survey).toEqual(input.survey);
    expect(computeWres(back).indicators).toEqual(computeWres(input).indicators);
  });

  it("the empty template lists every section and reports each missing figure with its row and column", () => {
    expect(WRES_CSV_TEMPLATE).toContain("section,category,item,white,bme,unknown");
    expect(WRES_CSV_TEMPLATE).toContain("workforce,CLINICAL,CONSULTANT,,,");
    expect(WRES_CSV_TEMPLATE).not.toContain("workforce,NON_CLINICAL,CONSULTANT");
    const parsed = parseWresReturnCsv(WRES_CSV_TEMPLATE, { year: 2024 });
    expect(parsed.input).toBeNull();
    const lines = WRES_CSV_TEMPLATE.split("\r\n");
    const appointedRow = lines.findIndex((line) => line.startsWith("shortlisting,,appointed")) + 1;
    expect(parsed.issues).toContainEqual({ row: appointedRow, column: "bme", message: "bme: required (0 if none).", path: "shortlisting.appointed.bme" });
    // every issue is located
    expect(parsed.issues.every((issue) => issue.row !== null && issue.column !== null)).toBe(true);
  });

  it("names the row and column of every problem, including the engine's own checks", () => {
    const csv = [
      "# a comment",
      "Section,Category,Item,White,BME,Unknown",
      "workforce,CLINICAL,BAND_5,100,twenty,",
      "workforce,CLINICAL,BAND_99,1,1,1",
      "workforce,NON_CLINICAL,CONSULTANT,10,10,0",
      "workforce,Clinical,Band 5,1,1,1",
      "shortlisting,,shortlisted,100,50,0",
      "shortlisting,,appointed,20,60,0",
      "disciplinary,,headcount,100,50,0",
      "disciplinary,,entering,-1,2,0",
      "training,,headcount,100,50,0",
      "training,,accessed,20,10,0",
      "survey,,harassmentFromPublic.respondents,100,50,",
      "survey,,harassmentFromPublic.yes,120,10,",
      "survey,,harassmentFromStaff.respondents,100,50,",
      "survey,,harassmentFromStaff.percentage,101,10%,",
      "survey,,equalOpportunities.respondents,100,50,",
      "survey,,equalOpportunities.yes,50,20,",
      "survey,,discrimination.respondents,100,50,",
      "survey,,discrimination.yes,5,5,",
      "survey,,discrimination.percentage,5,,",
      "boards,,members,1,1,1",
    ].join("\n");
    const { input, issues } = parseWresReturnCsv(csv, { year: 2024 });
    expect(input).toBeNull();
    expect(issues.map(({ row, column }) => `${row}:${column}`)).toEqual([
      "3:bme",
      "4:item",
      "5:item",
      "6:item",
      "8:bme",
      "10:white",
      "14:white",
      "16:white",
      "21:white",
      "22:section",
      "null:null",
    ]);
    expect(issues.find((issue) => issue.row === 8)?.message).toBe("bme: 60 is more than shortlisting.shortlisted.bme (50)");
    expect(issues.find((issue) => issue.row === 5)?.message).toBe("item: medical grades are reported under CLINICAL only");
    expect(issues.find((issue) => issue.row === 6)?.message).toBe("CLINICAL BAND_5 is already given on row 3.");
    expect(issues.at(-1)?.message).toBe('The line "board,,members" is missing.');
  });

  it("refuses a file without the required columns", () => {
    const { issues } = parseWresReturnCsv("section,item,white,colour\nboard,members,1,2", { year: 2024 });
    expect(issues).toEqual([
      { row: 1, column: "colour", message: 'Unknown column "colour"; the columns are section, category, item, white, bme, unknown.', path: null },
      { row: 1, column: null, message: "The first line must name the columns; missing: bme.", path: null },
    ]);
  });

  it("refuses an empty file", () => {
    expect(parseWresReturnCsv("# only notes\n\n", { year: 2024 }).issues).toEqual([
      { row: null, column: null, message: "The file is empty: start from the template.", path: null },
    ]);
  });

  it("accepts thousands separators in quoted cells and percentages with a % sign", () => {
    const csv = formatWresReturnCsv(exampleReturn()).replace("workforce,CLINICAL,BAND_5,2950,", 'workforce,CLINICAL,BAND_5,"2,950",');
    const parsed = parseWresReturnCsv(csv.replace("harassmentFromStaff.percentage,20,26.4", "harassmentFromStaff.percentage,20%,26.4 %"), { year: 2024 });
    expect(parsed.issues).toEqual([]);
    expect(parsed.input?.workforce.find((row) => row.grade === "BAND_5")?.white).toBe(2950);
  });
});
