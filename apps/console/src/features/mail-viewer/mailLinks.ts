/** Every web address in a message, in order of first appearance: from the HTML's links, else from the text. */
export function linksIn(message: { text: string; html?: string | null }): string[] {
  const found: string[] = [];
  // A pattern rather than DOMParser: it runs anywhere, and only href values are wanted.
  for (const match of message.html?.matchAll(/<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi) ?? []) {
    found.push((match[1] ?? match[2] ?? "").replace(/&amp;/g, "&"));
  }
  found.push(...(message.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? []));
  return [...new Set(found.map((link) => link.trim()).filter((link) => /^https?:\/\//i.test(link)))];
}

/** A link to this console opens in place (the flow continues here); anything else in a new tab. */
export function isConsoleLink(link: string, origin: string = window.location.origin): boolean {
  try {
    return new URL(link).origin === origin;
  } catch {
    return false;
  }
}

/** The path of a console link, for the router. */
export function consolePath(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}${url.hash}`;
}
