import { formatShare } from "@ascent/domain";

/** "Attended 3 of 4 (75%)", "1 excused", or "No register yet": a person's or a session's attendance in words. */
export function attendanceText(summary: { attended: number; absent: number; excused: number; rate: number | null }): string {
  if (summary.rate === null) return summary.excused > 0 ? `${summary.excused} excused, none counted yet` : "No register yet";
  const counted = summary.attended + summary.absent;
  const excused = summary.excused > 0 ? `, ${summary.excused} excused` : "";
  return `Attended ${summary.attended} of ${counted} (${formatShare(summary.rate)})${excused}`;
}
