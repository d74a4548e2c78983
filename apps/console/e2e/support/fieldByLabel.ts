import type { Locator, Page } from "playwright-core";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The form control whose label is exactly `label`. Playwright matches label
 * text including Mantine's (aria-hidden) "required" asterisk, so an exact
 * string would miss required fields and a substring could hit others
 * ("Password" vs "Toggle password visibility").
 */
export function fieldByLabel(page: Page, label: string): Locator {
  // Mantine also labels a Select's option list with the field's label; only the input is wanted.
  return page.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*\\*?$`)).and(page.locator("input, textarea, select"));
}
