import {
  WorkforceCategory,
  workforceCategoryLabels,
  type WresGrade,
  wresGradeLabels,
  wresGradesFor,
  WRES_GRADES_IN_ORDER,
} from "@ascent/domain";
import type { InputIssue } from "../errors";
import {
  type EthnicCounts,
  SURVEY_KEYS,
  type SurveyGroupResult,
  validateWresReturn,
  type WorkforceRow,
  type WresReturnInput,
} from "./input";

/**
 * The CSV form of a WRES return, shared by the console (parse and preview in
 * the browser) and the api (server-side check). One line per item, one
 * column per group:
 *
 * ```
 * section,category,item,white,bme,unknown
 * workforce,CLINICAL,BAND_5,2950,900,200
 * shortlisting,,appointed,4699,1465,90
 * survey,,harassmentFromPublic.respondents,1000,500,
 * survey,,harassmentFromPublic.yes,250,150,
 * board,,members,16,3,1
 * ```
 *
 * Lines starting with `#` and blank lines are ignored; columns may come in
 * any order (matched by header name, any case). The year is not in the file:
 * the caller chooses it. Every problem names its row (the line number in the
 * file, 1-based, as a spreadsheet shows it) and column.
 */

export const WRES_CSV_COLUMNS = ["section", "category", "item", "white", "bme", "unknown"] as const;
export type WresCsvColumn = (typeof WRES_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly WresCsvColumn[] = ["section", "item", "white", "bme"];
const GROUP_COLUMNS = ["white", "bme", "unknown"] as const;

/** At most this many lines are read; a WRES return needs about 60. */
export const WRES_CSV_MAX_RECORDS = 5000;

export interface WresCsvIssue {
  /** Line number in the file (1-based), or null for a problem with the whole file (e.g. a missing line). */
  readonly row: number | null;
  /** Column name from the header (`bme`), or null when the problem is the whole line or file. */
  readonly column: string | null;
  readonly message: string;
  /** The path in `WresReturnInput` terms (`shortlisting.appointed.bme`), when there is one. */
  readonly path: string | null;
}

export interface WresCsvResult {
  /** The return, when there are no issues. */
  readonly input: WresReturnInput | null;
  readonly issues: readonly WresCsvIssue[];
  /** Data lines read (comments and blank lines excluded). */
  readonly dataRows: number;
}

const PAIR_SECTIONS = {
  shortlisting: ["shortlisted", "appointed"],
  disciplinary: ["headcount", "entering"],
  training: ["headcount", "accessed"],
} as const;
type PairSection = keyof typeof PAIR_SECTIONS;
const SURVEY_MEASURES = ["respondents", "yes", "percentage"] as const;
type SurveyMeasure = (typeof SURVEY_MEASURES)[number];
type SurveyKey = (typeof SURVEY_KEYS)[number];

// ---------------------------------------------------------------------------
// CSV text

/** One CSV record with the line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * RFC 4180 records: commas, double-quoted cells (with `""` for a quote and
 * line breaks inside), CRLF or LF, an optional byte order mark.
 * Throws nothing: an unterminated quote runs to the end of the text.
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  let cell = "";
  let recordLine = 1;
  let quoted = false;
  let cellStarted = false;
  const endCell = () => {
    cells.push(cell);
    cell = "";
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === "\n") line += 1;
        cell += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && !cellStarted && cell.trim() === "") {
      quoted = true;
      cell = "";
      cellStarted = true;
    } else if (char === ",") {
      endCell();
    } else if (char === "\n" || char === "\r") {
      endRecord();
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      line += 1;
      recordLine = line;
    } else {
      cell += char;
      if (char.trim() !== "") cellStarted = true;
    }
    index += 1;
  }
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

const quoteCell = (value: string) => (/[",\r\n#]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvLine = (cells: readonly (string | number | undefined)[]) =>
  cells.map((cell) => quoteCell(cell === undefined ? "" : String(cell))).join(",");

// ---------------------------------------------------------------------------
// Writing

const TEMPLATE_NOTES = [
  "# Ascent WRES return. One line per item; counts are whole numbers of people.",
  "# workforce: staff in post at 31 March, one line per category (CLINICAL or NON_CLINICAL) and grade;",
  "#   leave a line blank when there are no staff in it. Medical grades are CLINICAL only.",
  "# shortlisting, disciplinary, training: both lines of each section are required.",
  "# survey (NHS Staff Survey): respondents, and either yes (the number answering yes) or percentage (0-100)",
  "#   for each of white and bme; leave the unknown column empty.",
  "# board: voting members of the board.",
  "# The year is chosen when you upload the file.",
];

function surveyRows(input: WresReturnInput | null): string[] {
  const rows: string[] = [];
  for (const key of SURVEY_KEYS) {
    const white = input?.survey[key].white;
    const bme = input?.survey[key].bme;
    const pick = (result: SurveyGroupResult | undefined, measure: SurveyMeasure) =>
      result && measure in result ? (result as unknown as Record<string, number>)[measure] : undefined;
    for (const measure of SURVEY_MEASURES) {
      if (input && pick(white, measure) === undefined && pick(bme, measure) === undefined) continue;
      rows.push(csvLine(["survey", "", `${key}.${measure}`, pick(white, measure), pick(bme, measure), undefined]));
    }
  }
  return rows;
}

function countsCells(counts: EthnicCounts | undefined): (number | undefined)[] {
  return counts ? [counts.white, counts.bme, counts.unknown ?? 0] : [undefined, undefined, undefined];
}

/**
 * A return as CSV (`input` given) or the empty template (`null`), with notes
 * as `#` comments. `parseWresReturnCsv(formatWresReturnCsv(input), { year })`
 * gives the input back.
 */
export function formatWresReturnCsv(input: WresReturnInput | null): string {
  const lines: string[] = [...TEMPLATE_NOTES, csvLine(WRES_CSV_COLUMNS)];
  for (const category of Object.values(WorkforceCategory)) {
    for (const grade of wresGradesFor(category)) {
      const row = input?.workforce.find((r) => r.category === category && r.grade === grade);
      if (input && !row) continue;
      lines.push(csvLine(["workforce", category, grade, ...countsCells(row)]));
    }
  }
  for (const section of Object.keys(PAIR_SECTIONS) as PairSection[]) {
    for (const item of PAIR_SECTIONS[section]) {
      const counts = input ? (input[section] as Record<string, EthnicCounts>)[item] : undefined;
      lines.push(csvLine([section, "", item, ...countsCells(counts)]));
    }
  }
  lines.push(...surveyRows(input));
  lines.push(csvLine(["board", "", "members", ...countsCells(input?.board)]));
  return `${lines.join("\r\n")}\r\n`;
}

/** The empty template, for download. */
export const WRES_CSV_TEMPLATE = formatWresReturnCsv(null);

// ---------------------------------------------------------------------------
// Reading

interface Location {
  readonly row: number | null;
  readonly column: string | null;
}

const normaliseKey = (text: string) => text.trim().toLowerCase().replace(/[\s_-]+/g, "");

const CATEGORY_BY_KEY = new Map<string, WorkforceCategory>();
for (const category of Object.values(WorkforceCategory)) {
  CATEGORY_BY_KEY.set(normaliseKey(category), category);
  CATEGORY_BY_KEY.set(normaliseKey(workforceCategoryLabels[category]), category);
}
const GRADE_BY_KEY = new Map<string, WresGrade>();
for (const grade of WRES_GRADES_IN_ORDER) {
  GRADE_BY_KEY.set(normaliseKey(grade), grade);
  GRADE_BY_KEY.set(normaliseKey(wresGradeLabels[grade]), grade);
}

type Cell = { value: number | undefined; ok: boolean };

function readCount(raw: string | undefined): Cell | string {
  const text = (raw ?? "").trim();
  if (text === "") return { value: undefined, ok: true };
  const plain = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, "") : text;
  if (!/^\d+$/.test(plain)) return `must be a whole number of 0 or more, got "${text}"`;
  const value = Number(plain);
  if (!Number.isSafeInteger(value)) return `is too large: "${text}"`;
  return { value, ok: true };
}

function readPercentage(raw: string | undefined): Cell | string {
  const text = (raw ?? "").trim().replace(/%$/, "").trim();
  if (text === "") return { value: undefined, ok: true };
  if (!/^\d+(\.\d+)?$/.test(text)) return `must be a percentage from 0 to 100, got "${(raw ?? "").trim()}"`;
  const value = Number(text);
  if (value > 100) return `must be a percentage from 0 to 100, got "${(raw ?? "").trim()}"`;
  return { value, ok: true };
}

/**
 * Parse a WRES return from CSV text, for the given year. Reports every
 * problem (layout, cells, and `validateWresReturn`'s checks of the result)
 * with its row and column; `input` is null unless there are none.
 */
export function parseWresReturnCsv(text: string, options: { readonly year: number }): WresCsvResult {
  const issues: WresCsvIssue[] = [];
  const locations = new Map<string, Location>();
  const badPaths = new Set<string>();
  const issue = (row: number | null, column: string | null, message: string, path: string | null = null) => {
    issues.push({ row, column, message, path });
    if (path) badPaths.add(path);
  };

  const records = parseCsvRecords(text).filter(
    (record) => !record.cells.every((cell) => cell.trim() === "") && !record.cells[0]?.trim().startsWith("#"),
  );
  if (records.length === 0) {
    issue(null, null, "The file is empty: start from the template.");
    return { input: null, issues, dataRows: 0 };
  }
  if (records.length > WRES_CSV_MAX_RECORDS + 1) {
    issue(records[WRES_CSV_MAX_RECORDS + 1].line, null, `The file has more than ${WRES_CSV_MAX_RECORDS} lines; a WRES return needs about 60.`);
    return { input: null, issues, dataRows: records.length - 1 };
  }

  // Header
  const [header, ...rows] = records;
  const columnIndex = new Map<WresCsvColumn, number>();
  header.cells.forEach((name, index) => {
    const key = name.trim().toLowerCase() as WresCsvColumn;
    if (name.trim() === "") return;
    if (!WRES_CSV_COLUMNS.includes(key)) {
      issue(header.line, name.trim(), `Unknown column "${name.trim()}"; the columns are ${WRES_CSV_COLUMNS.join(", ")}.`);
    } else if (columnIndex.has(key)) {
      issue(header.line, key, `The column "${key}" appears twice.`);
    } else {
      columnIndex.set(key, index);
    }
  });
  const missingColumns = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missingColumns.length > 0) {
    issue(header.line, null, `The first line must name the columns; missing: ${missingColumns.join(", ")}.`);
    return { input: null, issues, dataRows: rows.length };
  }
  const cellOf = (record: CsvRecord, column: WresCsvColumn) => {
    const index = columnIndex.get(column);
    return index === undefined ? "" : (record.cells[index] ?? "");
  };
  const headerWidth = header.cells.length;

  // Read each line into a keyed cell set
  const workforce: WorkforceRow[] = [];
  const pairs: Partial<Record<PairSection, Partial<Record<string, EthnicCounts>>>> = {};
  const survey: Partial<Record<SurveyKey, Partial<Record<SurveyMeasure, { white?: number; bme?: number; line: number }>>>> = {};
  let board: EthnicCounts | undefined;
  const seen = new Map<string, number>();

  const readCounts = (record: CsvRecord, basePath: string, groups: readonly (typeof GROUP_COLUMNS)[number][], reader = readCount) => {
    const values: Partial<Record<(typeof GROUP_COLUMNS)[number], number>> = {};
    for (const group of groups) {
      const path = `${basePath}.${group}`;
      locations.set(path, { row: record.line, column: group });
      const cell = reader(cellOf(record, group));
      if (typeof cell === "string") issue(record.line, group, `${group}: ${cell}`, path);
      else values[group] = cell.value;
    }
    return values;
  };

  for (const record of rows) {
    if (record.cells.length > headerWidth && record.cells.slice(headerWidth).some((cell) => cell.trim() !== "")) {
      issue(record.line, null, `This line has more cells than the header has columns (${headerWidth}).`);
    }
    const sectionText = cellOf(record, "section").trim();
    const section = sectionText.toLowerCase();
    const itemText = cellOf(record, "item").trim();
    if (section === "workforce") {
      const categoryText = cellOf(record, "category").trim();
      const category = CATEGORY_BY_KEY.get(normaliseKey(categoryText));
      const grade = GRADE_BY_KEY.get(normaliseKey(itemText));
      const index = workforce.length;
      const basePath = `workforce[${index}]`;
      const counts = readCounts(record, basePath, GROUP_COLUMNS);
      const blank = GROUP_COLUMNS.every((group) => cellOf(record, group).trim() === "");
      let rowOk = true;
      if (!category) {
        rowOk = false;
        issue(record.line, "category", categoryText === "" ? "category: give CLINICAL or NON_CLINICAL." : `category: unknown category "${categoryText}"; use CLINICAL or NON_CLINICAL.`);
      }
      if (!grade) {
        rowOk = false;
        issue(record.line, "item", itemText === "" ? "item: give a band or grade, e.g. BAND_5." : `item: unknown band or grade "${itemText}", e.g. BAND_5, BAND_8A, VSM, CONSULTANT.`);
      }
      if (!rowOk || blank) continue;
      const key = `workforce.${category}.${grade}`;
      if (seen.has(key)) {
        issue(record.line, "item", `${category} ${grade} is already given on row ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, record.line);
      locations.set(basePath, { row: record.line, column: null });
      locations.set(`${basePath}.grade`, { row: record.line, column: "item" });
      locations.set(`${basePath}.category`, { row: record.line, column: "category" });
      workforce.push({ category: category as WorkforceCategory, grade: grade as WresGrade, white: counts.white ?? 0, bme: counts.bme ?? 0, unknown: counts.unknown ?? 0 });
    } else if (section in PAIR_SECTIONS) {
      const pairSection = section as PairSection;
      const item = (PAIR_SECTIONS[pairSection] as readonly string[]).find((name) => name.toLowerCase() === itemText.toLowerCase());
      if (!item) {
        issue(record.line, "item", `item: "${itemText}" is not an item of ${pairSection}; use ${PAIR_SECTIONS[pairSection].join(" or ")}.`);
        continue;
      }
      const key = `${pairSection}.${item}`;
      if (seen.has(key)) {
        issue(record.line, "item", `${pairSection} ${item} is already given on row ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, record.line);
      locations.set(key, { row: record.line, column: null });
      const counts = readCounts(record, key, GROUP_COLUMNS);
      for (const group of ["white", "bme"] as const) {
        if (cellOf(record, group).trim() === "") issue(record.line, group, `${group}: required (0 if none).`, `${key}.${group}`);
      }
      pairs[pairSection] = { ...pairs[pairSection], [item]: { white: counts.white ?? 0, bme: counts.bme ?? 0, unknown: counts.unknown ?? 0 } };
    } else if (section === "survey") {
      const [keyText, measureText] = itemText.split(".");
      const key = SURVEY_KEYS.find((name) => name.toLowerCase() === (keyText ?? "").trim().toLowerCase());
      const measure = SURVEY_MEASURES.find((name) => name === (measureText ?? "").trim().toLowerCase());
      if (!key || !measure) {
        issue(record.line, "item", `item: "${itemText}" is not a survey item; use e.g. harassmentFromPublic.respondents, .yes or .percentage (items: ${SURVEY_KEYS.join(", ")}).`);
        continue;
      }
      const seenKey = `survey.${key}.${measure}`;
      if (seen.has(seenKey)) {
        issue(record.line, "item", `${itemText} is already given on row ${seen.get(seenKey)}.`);
        continue;
      }
      seen.set(seenKey, record.line);
      if (cellOf(record, "unknown").trim() !== "") issue(record.line, "unknown", "unknown: leave empty for survey items (the survey compares white and BME staff only).");
      const values: { white?: number; bme?: number; line: number } = { line: record.line };
      for (const group of ["white", "bme"] as const) {
        const path = `survey.${key}.${group}.${measure}`;
        locations.set(path, { row: record.line, column: group });
        const cell = measure === "percentage" ? readPercentage(cellOf(record, group)) : readCount(cellOf(record, group));
        if (typeof cell === "string") issue(record.line, group, `${group}: ${cell}`, path);
        else values[group] = cell.value;
      }
      survey[key] = { ...survey[key], [measure]: values };
    } else if (section === "board") {
      if (itemText.toLowerCase() !== "members") {
        issue(record.line, "item", `item: "${itemText}" is not a board item; use members.`);
        continue;
      }
      if (seen.has("board")) {
        issue(record.line, "item", `board members are already given on row ${seen.get("board")}.`);
        continue;
      }
      seen.set("board", record.line);
      locations.set("board", { row: record.line, column: null });
      const counts = readCounts(record, "board", GROUP_COLUMNS);
      for (const group of ["white", "bme"] as const) {
        if (cellOf(record, group).trim() === "") issue(record.line, group, `${group}: required (0 if none).`, `board.${group}`);
      }
      board = { white: counts.white ?? 0, bme: counts.bme ?? 0, unknown: counts.unknown ?? 0 };
    } else {
      issue(
        record.line,
        "section",
        sectionText === ""
          ? "section: required (workforce, shortlisting, disciplinary, training, survey or board)."
          : `section: unknown section "${sectionText}"; use workforce, shortlisting, disciplinary, training, survey or board.`,
      );
    }
  }

  // Missing lines
  const zero: EthnicCounts = { white: 0, bme: 0, unknown: 0 };
  for (const section of Object.keys(PAIR_SECTIONS) as PairSection[]) {
    for (const item of PAIR_SECTIONS[section]) {
      if (!pairs[section]?.[item]) {
        issue(null, null, `The line "${section},,${item}" is missing.`, `${section}.${item}`);
      }
    }
  }
  if (!board) issue(null, null, `The line "board,,members" is missing.`, "board");

  const surveyInput = {} as Record<SurveyKey, { white: SurveyGroupResult; bme: SurveyGroupResult }>;
  for (const key of SURVEY_KEYS) {
    const lines = survey[key] ?? {};
    const groups = {} as Record<"white" | "bme", SurveyGroupResult>;
    for (const group of ["white", "bme"] as const) {
      const respondents = lines.respondents?.[group];
      const yes = lines.yes?.[group];
      const percentage = lines.percentage?.[group];
      const basePath = `survey.${key}.${group}`;
      if (respondents === undefined && !badPaths.has(`${basePath}.respondents`)) {
        issue(lines.respondents?.line ?? null, lines.respondents ? group : null, lines.respondents ? `${group}: required.` : `The line "survey,,${key}.respondents" is missing.`, `${basePath}.respondents`);
      }
      if (yes !== undefined && percentage !== undefined) {
        issue(lines.percentage?.line ?? null, group, `${group}: give ${key}.yes or ${key}.percentage, not both.`, `${basePath}.percentage`);
      } else if (yes === undefined && percentage === undefined && !badPaths.has(`${basePath}.yes`) && !badPaths.has(`${basePath}.percentage`)) {
        const line = lines.yes?.line ?? lines.percentage?.line ?? null;
        issue(line, line === null ? null : group, `${group}: give ${key}.yes (a count) or ${key}.percentage.`, `${basePath}.yes`);
      }
      groups[group] = percentage !== undefined && yes === undefined ? { respondents: respondents ?? 0, percentage } : { respondents: respondents ?? 0, yes: yes ?? 0 };
    }
    surveyInput[key] = groups;
  }

  const input: WresReturnInput = {
    year: options.year,
    workforce,
    shortlisting: { shortlisted: pairs.shortlisting?.shortlisted ?? zero, appointed: pairs.shortlisting?.appointed ?? zero },
    disciplinary: { headcount: pairs.disciplinary?.headcount ?? zero, entering: pairs.disciplinary?.entering ?? zero },
    training: { headcount: pairs.training?.headcount ?? zero, accessed: pairs.training?.accessed ?? zero },
    survey: surveyInput,
    board: board ?? zero,
  };

  // The same checks as the api's, located in the file
  for (const problem of validateWresReturn(input)) {
    if (badPaths.has(problem.path)) continue;
    const location = locate(problem, locations);
    issue(location.row, location.column, location.column ? `${location.column}: ${problem.message}` : `${problem.path}: ${problem.message}`, problem.path);
  }

  issues.sort((a, b) => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER));
  return { input: issues.length === 0 ? input : null, issues, dataRows: rows.length };
}

/** The cell (or line) an input path came from: the longest recorded prefix of the path. */
function locate(problem: InputIssue, locations: ReadonlyMap<string, Location>): Location {
  let path = problem.path;
  while (path !== "") {
    const location = locations.get(path);
    if (location) return location;
    const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
    path = cut > 0 ? path.slice(0, cut) : "";
  }
  return { row: null, column: null };
}
