import { formatLondonDate, localDateToNoonUtc } from "@ascent/domain";

/** "Monday 13 September 2021" for a YYYY-MM-DD date (a London calendar day). */
export function formatLondonDay(date: string): string {
  return formatLondonDate(localDateToNoonUtc(date));
}

const monthFormatter = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "March 2027" for a YYYY-MM-DD date. */
export function formatMonth(date: string): string {
  return monthFormatter.format(localDateToNoonUtc(date));
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
