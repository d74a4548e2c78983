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

/**
 * The address of the module whose download failed, when the error names it (Chromium and Firefox do, Safari does
 * not). A browser keeps a module's failed download for the life of the page, so importing that address again fails
 * at once without asking the server: a retry must ask for it under another address.
 */
export function failedModuleUrl(error: unknown): string | null {
  if (!isPageDownloadError(error)) return null;
  return /dynamically imported module:\s*(\S+)/i.exec((error as Error).message)?.[1] ?? null;
}
