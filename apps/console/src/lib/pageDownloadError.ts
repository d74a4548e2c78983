/**
 * Whether `error` means a page's code could not be fetched (pages load on
 * first visit): offline, or a release replaced the files this tab expects.
 * Browsers word it differently: Chromium "Failed to fetch dynamically imported
 * module", Firefox "error loading dynamically imported module", Safari
 * "Importing a module script failed"; Vite's preloader "Unable to preload CSS".
 */
export function isPageDownloadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /dynamically imported module|importing a module script failed|unable to preload css/i.test(error.message);
}
