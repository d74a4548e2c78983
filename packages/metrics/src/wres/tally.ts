import { bmeGroupKeys, bmeGroupOf, EthnicGroup, ethnicGroupOf, type WorkforceCategory, type WresGrade } from "@ascent/domain";
import type { BmeGroupCounts, WorkforceRow } from "./input";

/** White, BME and unknown counts, every one given. */
export interface PlainEthnicCounts {
  white: number;
  bme: number;
  unknown: number;
}

/**
 * Count people by WRES group from their raw NHS ethnic category codes. The
 * code-to-group mapping is `ethnicGroupOf` (packages/domain), the one place
 * it happens: A-C white, other stated codes BME, Z / blank / unrecognised unknown.
 */
export function countEthnicGroups(codes: Iterable<string | null | undefined>): PlainEthnicCounts {
  const counts = { white: 0, bme: 0, unknown: 0 };
  for (const code of codes) {
    const group = ethnicGroupOf(code);
    if (group === EthnicGroup.WHITE) counts.white += 1;
    else if (group === EthnicGroup.BME) counts.bme += 1;
    else counts.unknown += 1;
  }
  return counts;
}

/** As `countEthnicGroups`, with BME split into the broad groups by `bmeGroupOf` (D-G Mixed, H-L Asian, M-P Black, R-S Other). */
export function countEthnicGroupsWithSplit(codes: Iterable<string | null | undefined>): PlainEthnicCounts & { bmeGroups: BmeGroupCounts } {
  const list = [...codes];
  const bmeGroups = { asian: 0, black: 0, mixed: 0, other: 0 };
  for (const code of list) {
    const group = bmeGroupOf(code);
    if (group) bmeGroups[bmeGroupKeys[group]] += 1;
  }
  return { ...countEthnicGroups(list), bmeGroups };
}

export interface StaffRecord {
  readonly category: WorkforceCategory;
  readonly grade: WresGrade;
  readonly ethnicityCode: string | null | undefined;
}

/** Indicator 1 rows from a staff list (e.g. an ESR extract at 31 March): one row per category and grade present. */
export function workforceRowsFromStaff(staff: Iterable<StaffRecord>): WorkforceRow[] {
  const codesByRow = new Map<string, { category: WorkforceCategory; grade: WresGrade; codes: (string | null | undefined)[] }>();
  for (const person of staff) {
    const key = `${person.category}.${person.grade}`;
    const row = codesByRow.get(key) ?? { category: person.category, grade: person.grade, codes: [] };
    row.codes.push(person.ethnicityCode);
    codesByRow.set(key, row);
  }
  return [...codesByRow.values()].map(({ category, grade, codes }) => ({ category, grade, ...countEthnicGroups(codes) }));
}
