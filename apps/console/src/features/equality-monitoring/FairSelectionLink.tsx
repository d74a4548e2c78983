import { Anchor } from "@mantine/core";
import { Link } from "react-router";
import { equalityMonitoringPaths } from "./paths";

/** For a cohort's or a programme's page: the way to its fair-selection figures. */
export function FairSelectionLink({ id }: { id: string }) {
  return (
    <Anchor component={Link} to={equalityMonitoringPaths.fairSelection(id)} size="sm">
      Fair selection
    </Anchor>
  );
}
