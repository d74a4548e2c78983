import { Anchor } from "@mantine/core";
import { Link } from "react-router";

/** "← Back to …" above a page title. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <span aria-hidden="true">← </span>
      {children}
    </Anchor>
  );
}
