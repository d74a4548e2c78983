import {
  BME_GROUP_KEYS,
  type BmeGroupKey,
  WorkforceCategory,
  workforceCategoryLabels,
  type WresGrade,
  wresGradeLabels,
  wresGradesFor,
  WRES_GRADES_IN_ORDER,
} from "@ascent/domain";
import type { InputIssue } from "../errors";
import {
  BOARD_ITEM_WORDS,
  COLUMN_WORDS,
  type CsvSection,
  normaliseWords,
  PAIR_ITEM_WORDS,
  readSection,
  SECTION_WORDS,
  SURVEY_MEASURE_WORDS,
  SURVEY_SECTION_WORDS,
} from "./csv-words";
import {
  type BmeGroupCounts,
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
 * Section,Category,Item,White,BME,Unknown,Asian,Black,Mixed,Other
 * Indicator 1: staff in post at 31 March,Clinical,Band 5,2950,900,200,450,300,60,90
 * Indicator 2: appointment from shortlisting,,Appointed from shortlisting,4699,1465,90
 * "Indicator 5: harassment, bullying or abuse from patients, relatives or the public in the last 12 months",,Staff Survey respondents,1000,500,
 * "Indicator 5: …",,Answering yes,250,150,
 * Indicator 9: board voting membership,,Voting members,16,3,1
 * ```
 *
 * in the words of the WRES technical guidance (`csv-words.ts`). The short
 * codes of earlier templates are read too (`workforce,CLINICAL,BAND_5`,
 * `shortlisting,,appointed`, `survey,,harassmentFromPublic.respondents`,
 * `board,,members`), as is an indicator number alone ("Indicator 2").
 *
 * The last four columns, optional, split BME into the broad groups of the
 * NHS data dictionary (Asian, Black, Mixed, Other; `bmeGroupOf`): all four
 * or none on a line, adding up to BME. A file without them (or with them
 * empty) is a return without a split, as before.
 *
 * Lines starting with `#` and blank lines are ignored; columns may come in
 * any order (matched by header name, any case). The year is not in the file:
 * the caller chooses it. Every problem names its row (the line number in the
 * file, 1-based, as a spreadsheet shows it) and column.
 */

export const WRES_CSV_COLUMNS = ["section", "category", "item", "white", "bme", "unknown", "asian", "black", "mixed", "other"] as const;
export type WresCsvColumn = (typeof WRES_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly WresCsvColumn[] = ["section", "item", "white", "bme"];
const GROUP_COLUMNS = ["white", "bme", "unknown"] as const;
/** The optional split of BME, in the order of `BME_GROUP_KEYS`. */
const SPLIT_COLUMNS: readonly (WresCsvColumn & BmeGroupKey)[] = BME_GROUP_KEYS;

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
/** The columns of a Staff Survey line: white, BME, and the optional split of BME. */
type SurveySide = "white" | "bme" | BmeGroupKey;
const SURVEY_SIDES: readonly SurveySide[] = ["white", "bme", ...BME_GROUP_KEYS];
const surveySidePath = (key: SurveyKey, side: SurveySide) => (side === "white" || side === "bme" ? `survey.${key}.${side}` : `survey.${key}.bmeGroups.${side}`);

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
  "# Ascent WRES return. One line per item; counts are whole numbers of people: White, BME (Black, Asian and",
  "#   minority ethnic) and Unknown (ethnicity not stated or blank).",
  "# Indicator 1: staff in post at 31 March, one line per staff group (Clinical or Non-clinical) and Agenda for",
  "#   Change band or medical grade; leave a line blank when nobody is in it. Medical grades are clinical only.",
  "# Indicators 2 to 4: both lines of each are required (0 if none).",
  "# Indicators 5 to 8 (NHS Staff Survey): the respondents, and either the number answering yes or the percentage",
  "#   answering yes (0-100), for White and BME staff; leave Unknown empty. Delete the line you do not use.",
  "# Indicator 9: voting members of the board.",
  "# Optional, on every line with BME staff: Asian, Black, Mixed and Other split BME into the NHS data dictionary's",
  "#   groups (Asian or Asian British, codes H-L; Black or Black British, M-P; Mixed, D-G; Other, R-S). Give all four",
  "#   adding up to BME, on every line with BME staff, or leave the four columns empty everywhere.",
  "# The data year is chosen when you upload the file.",
];

function surveyRows(input: WresReturnInput | null): string[] {
  const rows: string[] = [];
  for (const key of SURVEY_KEYS) {
    const white = input?.survey[key].white;
    const bme = input?.survey[key].bme;
    const pick = (result: SurveyGroupResult | undefined, measure: SurveyMeasure) =>
      result && measure in result ? (result as unknown as Record<string, number>)[measure] : undefined;
    const groups = input?.survey[key].bmeGroups;
    for (const measure of SURVEY_MEASURES) {
      const groupCells = SPLIT_COLUMNS.map((group) => pick(groups?.[group], measure));
      if (input && pick(white, measure) === undefined && pick(bme, measure) === undefined && groupCells.every((cell) => cell === undefined)) continue;
      rows.push(csvLine([SURVEY_SECTION_WORDS[key], "", SURVEY_MEASURE_WORDS[measure], pick(white, measure), pick(bme, measure), undefined, ...groupCells]));
    }
  }
  return rows;
}

function countsCells(counts: EthnicCounts | undefined): (number | undefined)[] {
  const groups = SPLIT_COLUMNS.map((group) => counts?.bmeGroups?.[group]);
  return counts ? [counts.white, counts.bme, counts.unknown ?? 0, ...groups] : [undefined, undefined, undefined, ...groups];
}

/**
 * A return as CSV (`input` given) or the empty template (`null`), with notes
 * as `#` comments. `parseWresReturnCsv(formatWresReturnCsv(input), { year })`
 * gives the input back.
 */
export function formatWresReturnCsv(input: WresReturnInput | null): string {
  const lines: string[] = [...TEMPLATE_NOTES, csvLine(WRES_CSV_COLUMNS.map((column) => COLUMN_WORDS[column]))];
  for (const category of Object.values(WorkforceCategory)) {
    for (const grade of wresGradesFor(category)) {
      const row = input?.workforce.find((r) => r.category === category && r.grade === grade);
      if (input && !row) continue;
      lines.push(csvLine([SECTION_WORDS.workforce, workforceCategoryLabels[category], wresGradeLabels[grade], ...countsCells(row)]));
    }
  }
  for (const section of Object.keys(PAIR_SECTIONS) as PairSection[]) {
    for (const item of PAIR_SECTIONS[section]) {
      const counts = input ? (input[section] as Record<string, EthnicCounts>)[item] : undefined;
      lines.push(csvLine([SECTION_WORDS[section], "", (PAIR_ITEM_WORDS[section] as Record<string, string>)[item], ...countsCells(counts)]));
    }
  }
  lines.push(...surveyRows(input));
  lines.push(csvLine([SECTION_WORDS.board, "", BOARD_ITEM_WORDS, ...countsCells(input?.board)]));
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

const normaliseKey = normaliseWords;

/** Header names read as each column: the template's words, the old codes, and the guidance's long forms. */
const COLUMN_BY_KEY = new Map<string, WresCsvColumn>([
  ...WRES_CSV_COLUMNS.map((column) => [column, column] as const),
  ["staffgroup", "category"],
  ["blackasianandminorityethnic", "bme"],
  ["unknownornull", "unknown"],
  ["unknown/null", "unknown"],
  ["notstated", "unknown"],
  ["asianorasianbritish", "asian"],
  ["blackorblackbritish", "black"],
  ["blackafricancaribbeanorblackbritish", "black"],
  ["blackbritishcaribbeanorafrican", "black"],
  ["mixedormultipleethnicgroups", "mixed"],
  ["mixed/multipleethnicgroups", "mixed"],
  ["mixedormultiple", "mixed"],
  ["otherethnicgroup", "other"],
  ["otherethnicgroups", "other"],
  ["anyotherethnicgroup", "other"],
]);

/** Each pair section's items by their code or words. */
const PAIR_ITEM_BY_KEY = new Map<string, string>();
for (const section of Object.keys(PAIR_ITEM_WORDS) as (keyof typeof PAIR_ITEM_WORDS)[]) {
  for (const [item, words] of Object.entries(PAIR_ITEM_WORDS[section])) {
    PAIR_ITEM_BY_KEY.set(`${section}:${normaliseKey(item)}`, item);
    PAIR_ITEM_BY_KEY.set(`${section}:${normaliseKey(words)}`, item);
  }
}
PAIR_ITEM_BY_KEY.set(`shortlisting:${normaliseKey("Shortlisted")}`, "shortlisted");

const SURVEY_MEASURE_BY_KEY = new Map<string, SurveyMeasure>();
for (const measure of SURVEY_MEASURES) {
  SURVEY_MEASURE_BY_KEY.set(normaliseKey(measure), measure);
  SURVEY_MEASURE_BY_KEY.set(normaliseKey(SURVEY_MEASURE_WORDS[measure]), measure);
}
SURVEY_MEASURE_BY_KEY.set(normaliseKey("Number answering yes"), "yes");
SURVEY_MEASURE_BY_KEY.set(normaliseKey("Percentage"), "percentage");

const BOARD_ITEMS = new Set(["members", normaliseKey(BOARD_ITEM_WORDS), normaliseKey("Board voting members")]);
const SECTIONS_HINT = `use the words of the template, e.g. "${SECTION_WORDS.shortlisting}" (or "Indicator 2")`;
const lineText = (section: string, item: string) => `"${section}" / "${item}"`;

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
  // Problems name a column as the file's header does ("BME", or "bme" in an old file).
  const columnName = new Map<WresCsvColumn, string>();
  header.cells.forEach((name, index) => {
    const key = COLUMN_BY_KEY.get(normaliseKey(name));
    if (name.trim() === "") return;
    if (!key) {
      issue(header.line, name.trim(), `Unknown column "${name.trim()}"; the columns are ${WRES_CSV_COLUMNS.filter((column) => !(SPLIT_COLUMNS as readonly string[]).includes(column)).map((column) => COLUMN_WORDS[column]).join(", ")}, and optionally ${SPLIT_COLUMNS.map((column) => COLUMN_WORDS[column]).join(", ")}.`);
    } else if (columnIndex.has(key)) {
      issue(header.line, name.trim(), `The column "${name.trim()}" appears twice.`);
    } else {
      columnIndex.set(key, index);
      columnName.set(key, name.trim());
    }
  });
  const missingColumns = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(column));
  if (missingColumns.length > 0) {
    issue(header.line, null, `The first line must name the columns; missing: ${missingColumns.map((column) => COLUMN_WORDS[column]).join(", ")}.`);
    return { input: null, issues, dataRows: rows.length };
  }
  const col = (column: WresCsvColumn) => columnName.get(column) ?? COLUMN_WORDS[column];
  const cellOf = (record: CsvRecord, column: WresCsvColumn) => {
    const index = columnIndex.get(column);
    return index === undefined ? "" : (record.cells[index] ?? "");
  };
  const headerWidth = header.cells.length;

  // Read each line into a keyed cell set
  const workforce: WorkforceRow[] = [];
  const pairs: Partial<Record<PairSection, Partial<Record<string, EthnicCounts>>>> = {};
  const survey: Partial<Record<SurveyKey, Partial<Record<SurveyMeasure, Partial<Record<SurveySide, number>> & { line: number }>>>> = {};
  let board: EthnicCounts | undefined;
  const seen = new Map<string, number>();

  const readCounts = (record: CsvRecord, basePath: string, groups: readonly (typeof GROUP_COLUMNS)[number][], reader = readCount) => {
    const values: Partial<Record<(typeof GROUP_COLUMNS)[number], number>> = {};
    for (const group of groups) {
      const path = `${basePath}.${group}`;
      locations.set(path, { row: record.line, column: col(group) });
      const cell = reader(cellOf(record, group));
      if (typeof cell === "string") issue(record.line, col(group), `${col(group)}: ${cell}`, path);
      else values[group] = cell.value;
    }
    return values;
  };

  /** The optional split of BME on a line: all four groups or none. */
  const readSplit = (record: CsvRecord, basePath: string): BmeGroupCounts | undefined => {
    const given = SPLIT_COLUMNS.filter((group) => cellOf(record, group).trim() !== "");
    if (given.length === 0) return undefined;
    locations.set(`${basePath}.bmeGroups`, { row: record.line, column: null });
    const values: Partial<Record<BmeGroupKey, number>> = {};
    let ok = true;
    for (const group of SPLIT_COLUMNS) {
      const path = `${basePath}.bmeGroups.${group}`;
      locations.set(path, { row: record.line, column: col(group) });
      const cell = readCount(cellOf(record, group));
      if (typeof cell === "string") {
        issue(record.line, col(group), `${col(group)}: ${cell}`, path);
        ok = false;
      } else if (cell.value === undefined) {
        issue(record.line, col(group), `${col(group)}: give all four groups (${SPLIT_COLUMNS.map(col).join(", ")}) or none; 0 if none.`, path);
        ok = false;
      } else values[group] = cell.value;
    }
    if (!ok) {
      badPaths.add(`${basePath}.bmeGroups`);
      return undefined;
    }
    return values as BmeGroupCounts;
  };

  for (const record of rows) {
    if (record.cells.length > headerWidth && record.cells.slice(headerWidth).some((cell) => cell.trim() !== "")) {
      issue(record.line, null, `This line has more cells than the header has columns (${headerWidth}).`);
    }
    const sectionText = cellOf(record, "section").trim();
    const read = readSection(sectionText);
    const section: CsvSection | "" = read?.section ?? "";
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
        issue(record.line, col("category"), categoryText === "" ? `${col("category")}: give Clinical or Non-clinical.` : `${col("category")}: unknown staff group "${categoryText}"; use Clinical or Non-clinical.`);
      }
      if (!grade) {
        rowOk = false;
        const examples = "e.g. Band 5, Band 8a, Very senior manager, Consultant, Non-consultant career grade, Trainee grade";
        issue(record.line, col("item"), itemText === "" ? `${col("item")}: give a band or grade, ${examples}.` : `${col("item")}: unknown band or grade "${itemText}"; ${examples}.`);
      }
      if (!rowOk || blank) continue;
      const key = `workforce.${category}.${grade}`;
      if (seen.has(key)) {
        issue(record.line, col("item"), `${workforceCategoryLabels[category as WorkforceCategory]} staff, ${wresGradeLabels[grade as WresGrade]}, are already given on row ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, record.line);
      locations.set(basePath, { row: record.line, column: null });
      locations.set(`${basePath}.grade`, { row: record.line, column: col("item") });
      locations.set(`${basePath}.category`, { row: record.line, column: col("category") });
      const split = readSplit(record, basePath);
      workforce.push({ category: category as WorkforceCategory, grade: grade as WresGrade, white: counts.white ?? 0, bme: counts.bme ?? 0, unknown: counts.unknown ?? 0, ...(split ? { bmeGroups: split } : {}) });
    } else if (section === "shortlisting" || section === "disciplinary" || section === "training") {
      const pairSection: PairSection = section;
      const words = PAIR_ITEM_WORDS[pairSection] as Record<string, string>;
      const item = PAIR_ITEM_BY_KEY.get(`${pairSection}:${normaliseKey(itemText)}`);
      if (!item) {
        issue(record.line, col("item"), `${col("item")}: "${itemText}" is not a line of ${SECTION_WORDS[pairSection]}; use "${Object.values(words).join('" or "')}".`);
        continue;
      }
      const key = `${pairSection}.${item}`;
      if (seen.has(key)) {
        issue(record.line, col("item"), `"${words[item]}" is already given on row ${seen.get(key)}.`);
        continue;
      }
      seen.set(key, record.line);
      locations.set(key, { row: record.line, column: null });
      const counts = readCounts(record, key, GROUP_COLUMNS);
      for (const group of ["white", "bme"] as const) {
        if (cellOf(record, group).trim() === "") issue(record.line, col(group), `${col(group)}: required (0 if none).`, `${key}.${group}`);
      }
      const split = readSplit(record, key);
      pairs[pairSection] = { ...pairs[pairSection], [item]: { white: counts.white ?? 0, bme: counts.bme ?? 0, unknown: counts.unknown ?? 0, ...(split ? { bmeGroups: split } : {}) } };
    } else if (section === "survey") {
      // "Indicator 5: …" with the measure as the item, or the old "survey" with "harassmentFromPublic.respondents".
      const [keyText, measureText] = read?.surveyKey ? [read.surveyKey, itemText] : itemText.split(".");
      const key = SURVEY_KEYS.find((name) => name.toLowerCase() === (keyText ?? "").trim().toLowerCase());
      const measure = SURVEY_MEASURE_BY_KEY.get(normaliseKey(measureText ?? ""));
      if (!key || !measure) {
        const measures = Object.values(SURVEY_MEASURE_WORDS).join('", "');
        issue(record.line, col("item"), read?.surveyKey ? `${col("item")}: "${itemText}" is not a Staff Survey line; use "${measures}".` : `${col("item")}: "${itemText}" is not a Staff Survey line; use the template's Indicator 5 to 8 lines.`);
        continue;
      }
      const seenKey = `survey.${key}.${measure}`;
      if (seen.has(seenKey)) {
        issue(record.line, col("item"), `"${SURVEY_MEASURE_WORDS[measure]}" for indicator ${SURVEY_KEYS.indexOf(key) + 5} is already given on row ${seen.get(seenKey)}.`);
        continue;
      }
      seen.set(seenKey, record.line);
      if (cellOf(record, "unknown").trim() !== "") issue(record.line, col("unknown"), `${col("unknown")}: leave empty for the Staff Survey (indicators 5 to 8 compare white and BME staff only).`);
      const values: Partial<Record<SurveySide, number>> & { line: number } = { line: record.line };
      for (const group of SURVEY_SIDES) {
        const path = `${surveySidePath(key, group)}.${measure}`;
        locations.set(path, { row: record.line, column: col(group) });
        const cell = measure === "percentage" ? readPercentage(cellOf(record, group)) : readCount(cellOf(record, group));
        if (typeof cell === "string") issue(record.line, col(group), `${col(group)}: ${cell}`, path);
        else values[group] = cell.value;
      }
      survey[key] = { ...survey[key], [measure]: values };
    } else if (section === "board") {
      if (!BOARD_ITEMS.has(normaliseKey(itemText))) {
        issue(record.line, col("item"), `${col("item")}: "${itemText}" is not a line of ${SECTION_WORDS.board}; use "${BOARD_ITEM_WORDS}".`);
        continue;
      }
      if (seen.has("board")) {
        issue(record.line, col("item"), `Board voting members are already given on row ${seen.get("board")}.`);
        continue;
      }
      seen.set("board", record.line);
      locations.set("board", { row: record.line, column: null });
      const counts = readCounts(record, "board", GROUP_COLUMNS);
      for (const group of ["white", "bme"] as const) {
        if (cellOf(record, group).trim() === "") issue(record.line, col(group), `${col(group)}: required (0 if none).`, `board.${group}`);
      }
      const split = readSplit(record, "board");
      board = { white: counts.white ?? 0, bme: counts.bme ?? 0, unknown: counts.unknown ?? 0, ...(split ? { bmeGroups: split } : {}) };
    } else {
      issue(
        record.line,
        col("section"),
        sectionText === "" ? `${col("section")}: required; ${SECTIONS_HINT}.` : `${col("section")}: unknown section "${sectionText}"; ${SECTIONS_HINT}.`,
      );
    }
  }

  // Missing lines
  const zero: EthnicCounts = { white: 0, bme: 0, unknown: 0 };
  for (const section of Object.keys(PAIR_SECTIONS) as PairSection[]) {
    for (const item of PAIR_SECTIONS[section]) {
      if (!pairs[section]?.[item]) {
        issue(null, null, `The line ${lineText(SECTION_WORDS[section], (PAIR_ITEM_WORDS[section] as Record<string, string>)[item])} is missing.`, `${section}.${item}`);
      }
    }
  }
  if (!board) issue(null, null, `The line ${lineText(SECTION_WORDS.board, BOARD_ITEM_WORDS)} is missing.`, "board");

  const surveyInput = {} as Record<SurveyKey, { white: SurveyGroupResult; bme: SurveyGroupResult; bmeGroups?: Record<BmeGroupKey, SurveyGroupResult> }>;
  for (const key of SURVEY_KEYS) {
    const lines = survey[key] ?? {};
    const groups = {} as Record<SurveySide, SurveyGroupResult>;
    const split = SPLIT_COLUMNS.some((group) => SURVEY_MEASURES.some((measure) => lines[measure]?.[group] !== undefined || badPaths.has(`${surveySidePath(key, group)}.${measure}`)));
    const splitLine = lines.respondents?.line ?? lines.yes?.line ?? lines.percentage?.line;
    if (split && splitLine !== undefined) locations.set(`survey.${key}.bmeGroups`, { row: splitLine, column: null });
    for (const group of split ? SURVEY_SIDES : (["white", "bme"] as const)) {
      const respondents = lines.respondents?.[group];
      const yes = lines.yes?.[group];
      const percentage = lines.percentage?.[group];
      const basePath = surveySidePath(key, group);
      if (respondents === undefined && !badPaths.has(`${basePath}.respondents`)) {
        issue(
          lines.respondents?.line ?? null,
          lines.respondents ? col(group) : null,
          lines.respondents ? `${col(group)}: required.` : `The line ${lineText(SURVEY_SECTION_WORDS[key], SURVEY_MEASURE_WORDS.respondents)} is missing.`,
          `${basePath}.respondents`,
        );
      }
      if (yes !== undefined && percentage !== undefined) {
        issue(lines.percentage?.line ?? null, col(group), `${col(group)}: give the number answering yes or the percentage answering yes, not both.`, `${basePath}.percentage`);
      } else if (yes === undefined && percentage === undefined && !badPaths.has(`${basePath}.yes`) && !badPaths.has(`${basePath}.percentage`)) {
        const line = lines.yes?.line ?? lines.percentage?.line ?? null;
        issue(
          line,
          line === null ? null : col(group),
          line === null
            ? `${SURVEY_SECTION_WORDS[key]}: give the number answering yes or the percentage answering yes (${COLUMN_WORDS[group]}).`
            : `${col(group)}: give the number answering yes or the percentage answering yes.`,
          `${basePath}.yes`,
        );
      }
      groups[group] = percentage !== undefined && yes === undefined ? { respondents: respondents ?? 0, percentage } : { respondents: respondents ?? 0, yes: yes ?? 0 };
    }
    surveyInput[key] = {
      white: groups.white,
      bme: groups.bme,
      ...(split ? { bmeGroups: Object.fromEntries(SPLIT_COLUMNS.map((group) => [group, groups[group]])) as Record<BmeGroupKey, SurveyGroupResult> } : {}),
    };
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
    issue(location.row, location.column, location.column ? `${location.column}: ${problem.message}` : `${describePath(problem.path)}: ${problem.message}`, problem.path);
  }

  issues.sort((a, b) => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER));
  return { input: issues.length === 0 ? input : null, issues, dataRows: rows.length };
}

/** An input path in the template's words, for a problem with no cell of its own. */
function describePath(path: string): string {
  const [section, item] = path.split(".");
  if (section === "shortlisting" || section === "disciplinary" || section === "training") {
    const words = (PAIR_ITEM_WORDS[section] as Record<string, string>)[item ?? ""];
    return words ? `${SECTION_WORDS[section]}, ${words}` : SECTION_WORDS[section];
  }
  if (section === "board") return SECTION_WORDS.board;
  if (section === "survey") return SURVEY_SECTION_WORDS[item as SurveyKey] ?? "Staff Survey";
  if (section?.startsWith("workforce")) return SECTION_WORDS.workforce;
  return path;
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
