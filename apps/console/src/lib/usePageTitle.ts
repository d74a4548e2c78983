import { useDocumentTitle } from "@mantine/hooks";

/** Names the browser tab and the history entry, which is what screen readers announce on navigation. */
export function usePageTitle(title: string): void {
  useDocumentTitle(title ? `${title} – Ascent` : "Ascent");
}
