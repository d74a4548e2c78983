import { CohortStatus, cohortStatusLabels } from "@ascent/domain";
import { StatusBadge } from "../../components/StatusBadge";

const colours: Record<CohortStatus, string> = {
  [CohortStatus.PLANNED]: "gray.6",
  [CohortStatus.OPEN]: "green.7",
  [CohortStatus.CLOSED]: "orange.7",
  [CohortStatus.RUNNING]: "nhsBlue.6",
  [CohortStatus.COMPLETED]: "dark.3",
  [CohortStatus.CANCELLED]: "red.8",
};

export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  return <StatusBadge label={cohortStatusLabels[status]} dotColor={colours[status]} />;
}
