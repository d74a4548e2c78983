import type { Page } from "playwright-core";

/**
 * Closes every toast on screen. A toast pauses its own timer while the pointer
 * is over it, so a click aimed at a link beneath one (top right, where the
 * page's own links also sit) would otherwise wait for ever.
 *
 * The close buttons are clicked in the page (a DOM click), not with the
 * pointer: a pointer click waits for a toast still sliding in to stand still
 * and often timed out, which cost seconds per call. A DOM click doesn't move
 * the pointer over a toast either.
 */
export async function closeNotifications(page: Page): Promise<void> {
  const toasts = page.locator(".mantine-Notification-root");
  const deadline = Date.now() + 15_000;
  while ((await toasts.count()) > 0) {
    if (Date.now() > deadline) throw new Error("the notifications did not close");
    await page.locator(".mantine-Notification-closeButton").evaluateAll((buttons) => buttons.forEach((button) => (button as HTMLElement).click()));
    // Wait for them to leave (their exit transition); one arriving meanwhile is closed on the next turn.
    await toasts
      .last()
      .waitFor({ state: "detached", timeout: 2_000 })
      .catch(() => {});
  }
}
