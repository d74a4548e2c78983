/**
 * Europe/London wall-clock time <-> UTC instants, right across the clock
 * changes (GMT in winter, BST = UTC+1 from the last Sunday of March to the
 * last Sunday of October), using only Intl.
 */

export const LONDON_TIME_ZONE = "Europe/London";

export interface LondonDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A real calendar date written YYYY-MM-DD (no 30 February). */
export function isValidLocalDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** A 24-hour time written HH:MM. */
export function isValidLocalTime(time: string): boolean {
  return TIME_PATTERN.test(time);
}

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function londonParts(instant: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Minutes London is ahead of UTC at that instant: 0 (GMT) or 60 (BST). */
export function londonOffsetMinutes(instant: Date): number {
  const p = londonParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The London wall-clock date and time of an instant. */
export function toLondon(instant: Date): LondonDateTime {
  const p = londonParts(instant);
  return { date: `${p.year}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/**
 * The instant a London wall-clock time names. Returns null for an invalid
 * date or time and for a time the spring change skips (01:00-01:59 on the last
 * Sunday of March). A time the autumn change repeats (01:00-01:59 on the last
 * Sunday of October) means its first occurrence, in BST.
 */
export function fromLondon(local: LondonDateTime): Date | null {
  if (!isValidLocalDate(local.date) || !isValidLocalTime(local.time)) return null;
  const [year, month, day] = local.date.split("-").map(Number);
  const [hour, minute] = local.time.split(":").map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Try the offsets in force around that wall time, earliest instant (largest offset) first.
  const offsets = [...new Set([londonOffsetMinutes(new Date(wall - 60 * 60_000)), londonOffsetMinutes(new Date(wall)), londonOffsetMinutes(new Date(wall + 60 * 60_000))])].sort((a, b) => b - a);
  for (const offset of offsets) {
    const candidate = new Date(wall - offset * 60_000);
    const back = toLondon(candidate);
    if (back.date === local.date && back.time === local.time) return candidate;
  }
  return null;
}

const longFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: LONDON_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "Monday 13 September 2021" */
export function formatLondonDate(instant: Date): string {
  return longFormatter.format(instant).replace(",", "");
}

/** "10:00 on Monday 13 September 2021" (London time). */
export function formatLondonDateTime(instant: Date): string {
  return `${toLondon(instant).time} on ${formatLondonDate(instant)}`;
}

/** Noon UTC on a calendar date: a safe instant for naming the day in London. */
export function localDateToNoonUtc(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDaysToLocalDate(date: string, days: number): string {
  const instant = localDateToNoonUtc(date);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return localDateToNoonUtc(date).getUTCDay();
}

/** Adds whole calendar months; a day the month lacks becomes its last day (31 August + 6 months = 28 or 29 February). */
export function addMonthsToLocalDate(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1, 12));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
