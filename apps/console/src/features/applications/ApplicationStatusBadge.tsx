import { ApplicationStatus, applicationStatusLabels } from "@ascent/domain";
import { StatusBadge } from "../../components/StatusBadge";

const DOTS: Record<ApplicationStatus, string> = {
  [ApplicationStatus.SUBMITTED]: "blue.7",
  [ApplicationStatus.AWAITING_ENDORSEMENT]: "teal.7",
  [ApplicationStatus.WAITLISTED]: "yellow.7",
  [ApplicationStatus.OFFERED]: "green.7",
  [ApplicationStatus.ACCEPTED]: "green.9",
  [ApplicationStatus.DECLINED]: "gray.6",
  [ApplicationStatus.WITHDRAWN]: "gray.6",
  [ApplicationStatus.REJECTED]: "gray.6",
  [ApplicationStatus.NOT_ENDORSED]: "gray.6",
  [ApplicationStatus.LAPSED]: "gray.6",
  [ApplicationStatus.INELIGIBLE]: "red.7",
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return <StatusBadge label={applicationStatusLabels[status]} dotColor={DOTS[status]} />;
}
