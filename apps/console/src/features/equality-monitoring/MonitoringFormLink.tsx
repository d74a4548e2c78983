import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { equalityMonitoringPaths } from "./paths";

/** For the applicant's status page: the optional equality monitoring form, with the same private token. */
export function MonitoringFormLink({ token }: { token: string }) {
  return (
    <Text size="sm">
      Help us check that selection is fair:{" "}
      <Anchor component={Link} to={equalityMonitoringPaths.form(token)}>
        answer the optional equality monitoring questions
      </Anchor>{" "}
      (kept apart from your application, never used to decide on it).
    </Text>
  );
}
