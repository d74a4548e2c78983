/** "Spring 2027 / band 7" becomes "spring-2027-band-7-applications.csv". */
export function applicationsCsvFileName(cohortName: string): string {
  const slug = cohortName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug || "cohort"}-applications.csv`;
}

/** Offers CSV text as a file download, through a Blob so nothing goes back to the server. */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
