/**
 * Builds WRES return CSV files for the browser tests from the template the
 * console downloads, so the tests follow the real format (the WRES technical
 * guidance's words: "Indicator 2: appointment from shortlisting",
 * "Appointed from shortlisting", "Band 8d", "Staff Survey respondents").
 */

/** A cell to change: the line of an indicator (1-9) with this item (and staff group, for indicator 1), and the column. */
export interface CellEdit {
  indicator: number;
  /** "Clinical" or "Non-clinical", for indicator 1. */
  category?: string;
  /** e.g. "Appointed from shortlisting", "Band 3". */
  item: string;
  column: "White" | "BME" | "Unknown";
  value: string;
}

const COLUMNS = ["Section", "Category", "Item", "White", "BME", "Unknown"] as const;

/** Counts for each kind of line: plausible, consistent and distinctive (see wres.e2e.ts). */
function countsFor(indicator: number, category: string, item: string): [string, string, string] {
  if (indicator === 1) return category === "Clinical" && item === "Band 8d" ? ["1234", "321", "5"] : ["100", "50", "2"];
  const fixed: Record<string, [string, string, string]> = {
    "2:Shortlisted applicants": ["1000", "500", "10"],
    "2:Appointed from shortlisting": ["300", "77", "2"],
    "3:Staff in post (headcount)": ["3000", "1500", "60"],
    "3:Entering the formal disciplinary process": ["30", "25", "1"],
    "4:Staff in post (headcount)": ["3000", "1500", "60"],
    "4:Accessed non-mandatory training or CPD": ["1200", "540", "20"],
    "9:Voting members": ["11", "3", "0"],
    "survey:Staff Survey respondents": ["400", "200", ""],
    "survey:Answering yes": ["100", "60", ""],
    "survey:Percentage answering yes": ["", "", ""],
  };
  const key = indicator >= 5 && indicator <= 8 ? `survey:${item}` : `${indicator}:${item}`;
  if (fixed[key]) return fixed[key];
  throw new Error(`No counts for indicator ${indicator}, ${category}, ${item}`);
}

/** One template line's cells: commas, and double-quoted cells with "" for a quote (the template has no line breaks in cells). */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  return [...cells, cell];
}

const quote = (cell: string) => (/[",\r\n#]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** The template with every line filled in, then `edits` applied. Returns the text and the line number (1-based) of each edit. */
export function filledWresCsv(template: string, edits: readonly CellEdit[] = []): { text: string; editLines: number[] } {
  const records = template.split(/\r?\n/).map((text, index) => ({ line: index + 1, cells: cellsOf(text) }));
  const header = records.find((record) => record.cells[0] === "Section");
  if (!header) throw new Error("The template has no header line");
  const editLines = edits.map(() => 0);
  const byLine = new Map<number, string>();
  for (const record of records) {
    if (record.line <= header.line || record.cells[0].startsWith("#") || record.cells.every((cell) => cell.trim() === "")) continue;
    const [section, category, item] = record.cells;
    const indicator = Number(/^Indicator (\d)/.exec(section)?.[1]);
    const filled = [section, category, item, ...countsFor(indicator, category, item)];
    edits.forEach((edit, index) => {
      if (edit.indicator === indicator && edit.item === item && (edit.category ?? "") === category) {
        filled[COLUMNS.indexOf(edit.column)] = edit.value;
        editLines[index] = record.line;
      }
    });
    byLine.set(record.line, filled.map(quote).join(","));
  }
  edits.forEach((edit, index) => {
    if (editLines[index] === 0) throw new Error(`No line for indicator ${edit.indicator}, ${edit.item}`);
  });
  const lines = template.split(/\r?\n/).map((line, index) => byLine.get(index + 1) ?? line);
  return { text: lines.join("\r\n"), editLines };
}
