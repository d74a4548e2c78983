import { Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { CohortSession } from "../cohort";
import { AttendanceService } from "./attendance.service";
import { AttendanceSummary, RecordAttendanceInput, RecordAttendancePayload, RegisterLine } from "./dto/delivery.dto";

const TAKES_REGISTERS = [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR] as const;

@Resolver(() => CohortSession)
export class SessionAttendanceResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Allow(...TAKES_REGISTERS)
  @FieldResolver(() => [RegisterLine], { nullable: true, description: "The register: a line per participant (withdrawn people only when already marked); for its facilitators and the academy's staff." })
  register(@Ctx() ctx: RequestContext, @Root() session: CohortSession): Promise<RegisterLine[] | null> {
    return this.attendance.registerOf(ctx, session);
  }

  @Allow(...TAKES_REGISTERS)
  @FieldResolver(() => AttendanceSummary, { nullable: true, description: "Attendance at this session; for its facilitators and the academy's staff." })
  attendanceSummary(@Ctx() ctx: RequestContext, @Root() session: CohortSession): Promise<AttendanceSummary | null> {
    return this.attendance.summaryOf(ctx, session);
  }

  @Allow(...TAKES_REGISTERS)
  @Mutation(() => RecordAttendancePayload, {
    description: "Saves a session's register: present, late, excused or absent per participant. For the owning academy's staff and the facilitators of that cohort only; not before the session's day.",
  })
  recordAttendance(@Ctx() ctx: RequestContext, @Arg("input", () => RecordAttendanceInput) input: RecordAttendanceInput): Promise<RecordAttendancePayload> {
    return this.attendance.record(ctx, input);
  }
}
