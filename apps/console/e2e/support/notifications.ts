import type { Page } from "playwright-core";

/**
 * Closes every toast on screen. A toast pauses its own timer while the pointer
 * is over it, so a click aimed at a link beneath one (top right, where the
 * page's own links also sit) would otherwise wait for ever.
 */
export async function closeNotifications(page: Page): Promise<void> {
  const toasts = page.locator(".mantine-Notification-root");
  const deadline = Date.now() + 15_000;
  while ((await toasts.count()) > 0) {
    if (Date.now() > deadline) throw new Error("the notifications did not close");
    // One may be closing already (its button then vanishes under the click): just look again.
    await toasts.first().locator(".mantine-Notification-closeButton").click({ timeout: 2_000 }).catch(() => {});
    await page.waitForTimeout(100);
  }
}
