import { Anchor } from "@mantine/core";
import classes from "./SkipToContentLink.module.css";

/** Lets keyboard users jump past the header and navigation, as WCAG 2.4.1 asks. */
export function SkipToContentLink({ targetId }: { targetId: string }) {
  return (
    <Anchor href={`#${targetId}`} className={classes.link}>
      Skip to main content
    </Anchor>
  );
}
