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
    expect(WRES_CSV_TEMPLATE).toContain("Section,Category,Item,White,BME,Unknown");
    expect(WRES_CSV_TEMPLATE).toContain("Indicator 1: staff in post at 31 March,Clinical,Consultant,,,");
    expect(WRES_CSV_TEMPLATE).not.toContain("Non-clinical,Consultant");
    const parsed = parseWresReturnCsv(WRES_CSV_TEMPLATE, { year: 2024 });
    expect(parsed.input).toBeNull();
    const lines = WRES_CSV_TEMPLATE.split("\r\n");
    const appointedRow = lines.findIndex((line) => line.startsWith("Indicator 2: appointment from shortlisting,,Appointed from shortlisting,")) + 1;
    expect(appointedRow).toBeGreaterThan(0);
    expect(parsed.issues).toContainEqual({ row: appointedRow, column: "BME", message: "BME: required (0 if none).", path: "shortlisting.appointed.bme" });
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
    // Columns are named as this file's header names them.
    expect(issues.map(({ row, column }) => `${row}:${column}`)).toEqual([
      "3:BME",
      "4:Item",
      "5:Item",
      "6:Item",
      "8:BME",
      "10:White",
      "14:White",
      "16:White",
      "21:White",
      "22:Section",
      "null:null",
    ]);
    expect(issues.find((issue) => issue.row === 8)?.message).toBe("BME: 60 is more than the 50 BME shortlisted applicants");
    expect(issues.find((issue) => issue.row === 5)?.message).toBe("Item: medical grades (consultant, non-consultant career grade, trainee grade) are reported as clinical staff only");
    expect(issues.find((issue) => issue.row === 6)?.message).toBe("Clinical staff, Band 5, are already given on row 3.");
    expect(issues.find((issue) => issue.row === 14)?.message).toBe("White: 120 answering yes is more than the 100 respondents");
    expect(issues.at(-1)?.message).toBe('The line "Indicator 9: board voting membership" / "Voting members" is missing.');
    // No message speaks in the return's internal paths (quoting what the file says is fine).
    expect(issues.filter((issue) => /shortlisting\.|survey\.|workforce\[|BAND_|NON_CLINICAL/.test(issue.message.replace(/"[^"]*"/g, "")))).toEqual([]);
  });

  it("refuses a file without the required columns", () => {
    const { issues } = parseWresReturnCsv("section,item,white,colour\nboard,members,1,2", { year: 2024 });
    expect(issues).toEqual([
      { row: 1, column: "colour", message: 'Unknown column "colour"; the columns are Section, Category, Item, White, BME, Unknown, and optionally Asian, Black, Mixed, Other.', path: null },
      { row: 1, column: null, message: "The first line must name the columns; missing: BME.", path: null },
    ]);
  });

  it("refuses an empty file", () => {
    expect(parseWresReturnCsv("# only notes\n\n", { year: 2024 }).issues).toEqual([
      { row: null, column: null, message: "The file is empty: start from the template.", path: null },
    ]);
  });

  it("accepts thousands separators in quoted cells and percentages with a % sign", () => {
    const formatted = formatWresReturnCsv(exampleReturn());
    const band5 = "Indicator 1: staff in post at 31 March,Clinical,Band 5,2950,";
    const percentage = ",,Percentage answering yes,20,26.4";
    expect([formatted.includes(band5), formatted.includes(percentage)]).toEqual([true, true]);
    const csv = formatted.replace(band5, 'Indicator 1: staff in post at 31 March,Clinical,Band 5,"2,950",');
    const parsed = parseWresReturnCsv(csv.replace(percentage, ",,Percentage answering yes,20%,26.4 %"), { year: 2024 });
    expect(parsed.issues).toEqual([]);
    expect(parsed.input?.workforce.find((row) => row.grade === "BAND_5")?.white).toBe(2950);
  });

  it("speaks the WRES technical guidance's words, not codes, and still reads files in the codes", () => {
    expect(WRES_CSV_TEMPLATE).not.toMatch(/BAND_|NON_CLINICAL|harassmentFrom|equalOpportunities|\.respondents|,members,/);
    for (const words of ["Indicator 2: appointment from shortlisting,,Shortlisted applicants", "Staff in post (headcount)", "Entering the formal disciplinary process", "Very senior manager", "Staff Survey respondents", "Answering yes", "Indicator 9: board voting membership,,Voting members"]) {
      expect(WRES_CSV_TEMPLATE).toContain(words);
    }
    const inCodes = [
      "section,category,item,white,bme,unknown",
      "workforce,CLINICAL,BAND_5,100,20,1",
      "workforce,NON_CLINICAL,VSM,5,1,0",
      "shortlisting,,shortlisted,100,50,0",
      "shortlisting,,appointed,20,6,0",
      "disciplinary,,headcount,100,50,0",
      "disciplinary,,entering,2,3,0",
      "training,,headcount,100,50,0",
      "training,,accessed,20,10,0",
      ...["harassmentFromPublic", "harassmentFromStaff", "equalOpportunities", "discrimination"].flatMap((key) => [`survey,,${key}.respondents,100,50,`, `survey,,${key}.yes,20,10,`]),
      "board,,members,9,2,0",
    ].join("\n");
    const fromCodes = parseWresReturnCsv(inCodes, { year: 2024 });
    expect(fromCodes.issues).toEqual([]);
    const fromWords = parseWresReturnCsv(formatWresReturnCsv(fromCodes.input), { year: 2024 });
    expect(fromWords.issues).toEqual([]);
    expect(fromWords.input).toEqual(fromCodes.input);
    // An indicator number alone is enough for the section.
    const short = formatWresReturnCsv(fromCodes.input).replace(/^(?:"Indicator (\d)[^"]*"|Indicator (\d)[^,]*),/gm, "Indicator $1$2,");
    expect(parseWresReturnCsv(short, { year: 2024 }).input).toEqual(fromCodes.input);
  });
});
