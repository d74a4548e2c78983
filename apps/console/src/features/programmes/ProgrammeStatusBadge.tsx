import { ProgrammeStatus, programmeStatusLabels } from "@ascent/domain";
import { StatusBadge } from "../../components/StatusBadge";

const colours: Record<ProgrammeStatus, string> = {
  [ProgrammeStatus.DRAFT]: "gray.6",
  [ProgrammeStatus.PUBLISHED]: "green.7",
  [ProgrammeStatus.ARCHIVED]: "dark.3",
};

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatus }) {
  return <StatusBadge label={programmeStatusLabels[status]} dotColor={colours[status]} />;
}
