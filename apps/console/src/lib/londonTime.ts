import { addDaysToLocalDate, formatLondonDate, fromLondon, LONDON_TIME_ZONE, localDateToNoonUtc, toLondon } from "@ascent/domain";

/**
 * Every date and time the console shows is London time, whatever zone the
 * browser is in: programmes run in England, and an audit entry must read the
 * same for everyone who looks at it.
 */

/** "Monday 13 September 2021" for a YYYY-MM-DD date (a London calendar day). */
export function formatLondonDay(date: string): string {
  return formatLondonDate(localDateToNoonUtc(date));
}

const monthFormatter = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "March 2027" for a YYYY-MM-DD date. */
export function formatMonth(date: string): string {
  return monthFormatter.format(localDateToNoonUtc(date));
}

const shortDayFormatter = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: LONDON_TIME_ZONE });
const dayAndTimeFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZone: LONDON_TIME_ZONE,
});

/** "3 Mar 2027": the London day of an instant (an ISO timestamp). */
export function formatLondonShortDay(iso: string): string {
  return shortDayFormatter.format(new Date(iso));
}

/** "3 Mar 2027, 09:05:12": an instant as a London wall-clock time. */
export function formatLondonInstant(iso: string): string {
  return dayAndTimeFormatter.format(new Date(iso));
}

/** Today's date in London, YYYY-MM-DD. */
export function londonToday(now: Date = new Date()): string {
  return toLondon(now).date;
}

/** The first instant of a London day, as an ISO timestamp. */
export function startOfLondonDay(date: string): string {
  return (fromLondon({ date, time: "00:00" }) ?? localDateToNoonUtc(date)).toISOString();
}

/** The last millisecond of a London day, as an ISO timestamp. */
export function endOfLondonDay(date: string): string {
  return new Date(Date.parse(startOfLondonDay(addDaysToLocalDate(date, 1))) - 1).toISOString();
}

/** Items grouped by the month of their YYYY-MM-DD `date`, in the order given. */
export function groupByMonth<T extends { date: string }>(items: readonly T[]): { month: string; label: string; items: T[] }[] {
  const groups: { month: string; label: string; items: T[] }[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    const last = groups.at(-1);
    if (last && last.month === month) last.items.push(item);
    else groups.push({ month, label: formatMonth(item.date), items: [item] });
  }
  return groups;
}
