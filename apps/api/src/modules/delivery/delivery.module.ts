import { AttendanceStatus } from "@ascent/domain";
import { defineModule } from "../../graphql/feature-module";
import { ParticipantService } from "../application";
import { AttendanceService } from "./attendance.service";
import { CompletionRuleService } from "./completion-rule.service";
import { createDeliveryLoaders } from "./delivery.loaders";
import { ParticipantDeliveryResolver } from "./participant-delivery.resolver";
import { ProgrammeCompletionResolver } from "./programme-completion.resolver";
import { ProgrammeCompletionRule } from "./programme-completion-rule.entity";
import { RosterResolver } from "./roster.resolver";
import { RosterService } from "./roster.service";
import { SessionAttendance } from "./session-attendance.entity";
import { SessionAttendanceResolver } from "./session-attendance.resolver";

/** Delivery: the roster (adding by hand, withdrawing, completing against the programme's rule) and session registers. */
export const deliveryModule = defineModule({
  name: "delivery",
  entities: [SessionAttendance, ProgrammeCompletionRule],
  enums: [[AttendanceStatus, { name: "AttendanceStatus", description: "PRESENT and LATE attend; EXCUSED counts neither way; ABSENT counts against." }]],
  loaders: createDeliveryLoaders,
  setup: () => {
    const roster = new RosterService(new ParticipantService());
    return {
      resolvers: [new RosterResolver(roster), new ParticipantDeliveryResolver(roster), new SessionAttendanceResolver(new AttendanceService()), new ProgrammeCompletionResolver(new CompletionRuleService())],
    };
  },
});
