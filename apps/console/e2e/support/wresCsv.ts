/**
 * Builds WRES return CSV files for the browser tests from the template the
 * console downloads, so the tests follow the real format.
 */

/** A cell to change: the line whose first cells match, and the column to set. */
export interface CellEdit {
  /** e.g. "shortlisting,,appointed" or "workforce,NON_CLINICAL,BAND_3". */
  line: string;
  column: "white" | "bme" | "unknown";
  value: string;
}

const COLUMNS = ["section", "category", "item", "white", "bme", "unknown"] as const;

/** Counts for each kind of line: plausible, consistent and distinctive (see wres.e2e.ts). */
function countsFor(section: string, category: string, item: string): [string, string, string] {
  if (section === "workforce") {
    if (category === "CLINICAL" && item === "BAND_8D") return ["1234", "321", "5"];
    return ["100", "50", "2"];
  }
  const fixed: Record<string, [string, string, string]> = {
    "shortlisting,shortlisted": ["1000", "500", "10"],
    "shortlisting,appointed": ["300", "77", "2"],
    "disciplinary,headcount": ["3000", "1500", "60"],
    "disciplinary,entering": ["30", "25", "1"],
    "training,headcount": ["3000", "1500", "60"],
    "training,accessed": ["1200", "540", "20"],
    "board,members": ["11", "3", "0"],
  };
  if (fixed[`${section},${item}`]) return fixed[`${section},${item}`];
  if (section === "survey") {
    if (item.endsWith(".respondents")) return ["400", "200", ""];
    if (item.endsWith(".yes")) return ["100", "60", ""];
    return ["", "", ""];
  }
  throw new Error(`No counts for ${section},${category},${item}`);
}

/** The template with every line filled in, then `edits` applied. Returns the text and the line number (1-based) of each edit. */
export function filledWresCsv(template: string, edits: readonly CellEdit[] = []): { text: string; editLines: number[] } {
  const lines = template.split(/\r?\n/);
  const headerIndex = lines.findIndex((line) => line.startsWith("section,"));
  if (headerIndex < 0) throw new Error("The template has no header line");
  const editLines = edits.map(() => 0);
  const out = lines.map((line, index) => {
    if (index <= headerIndex || line.trim() === "" || line.startsWith("#")) return line;
    const cells = line.split(",");
    const [section, category, item] = cells;
    const filled = [section, category, item, ...countsFor(section, category, item)];
    edits.forEach((edit, editIndex) => {
      if (line.startsWith(`${edit.line},`)) {
        filled[COLUMNS.indexOf(edit.column)] = edit.value;
        editLines[editIndex] = index + 1;
      }
    });
    return filled.join(",");
  });
  edits.forEach((edit, index) => {
    if (editLines[index] === 0) throw new Error(`No line starts with ${edit.line}`);
  });
  return { text: out.join("\r\n"), editLines };
}
