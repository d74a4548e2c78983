import { mentoringLengthStateLabels, MentoringLengthState } from "@ascent/domain";
import type { MentoringLengthState as LengthState } from "@ascent/client";
import { StatusBadge } from "../../components/StatusBadge";

const dots: Record<LengthState, string> = {
  NO_MINIMUM: "gray.6",
  ON_TRACK: "blue.7",
  AT_RISK: "orange.7",
  MET: "green.7",
  FELL_SHORT: "red.7",
};

/** A pairing against the programme's minimum length; the words carry the meaning. */
export function LengthBadge({ state }: { state: LengthState }) {
  return <StatusBadge label={mentoringLengthStateLabels[state as MentoringLengthState]} dotColor={dots[state]} />;
}
