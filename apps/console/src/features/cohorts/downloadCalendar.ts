/** A file name safe on every system: "Spring 2027 / band 7" becomes "spring-2027-band-7.ics". */
export function calendarFileName(cohortName: string): string {
  const slug = cohortName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "cohort"}.ics`;
}

/** Offers iCalendar text as a file download, through a Blob so nothing goes back to the server. */
export function downloadCalendar(ics: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
