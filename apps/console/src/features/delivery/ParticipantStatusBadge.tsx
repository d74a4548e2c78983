import { ParticipantStatus, participantStatusLabels } from "@ascent/domain";
import { StatusBadge } from "../../components/StatusBadge";

const dots: Record<ParticipantStatus, string> = {
  [ParticipantStatus.ENROLLED]: "blue.7",
  [ParticipantStatus.ACTIVE]: "teal.7",
  [ParticipantStatus.COMPLETED]: "green.8",
  [ParticipantStatus.WITHDRAWN]: "gray.6",
};

export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  return <StatusBadge label={participantStatusLabels[status]} dotColor={dots[status]} />;
}
