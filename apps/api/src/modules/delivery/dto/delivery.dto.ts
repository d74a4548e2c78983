import { AfcBand, AttendanceStatus } from "@ascent/domain";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Participant } from "../../application";
import { CohortSession } from "../../cohort";
import { UserError } from "../../../graphql/user-error";
import { ProgrammeCompletionRule } from "../programme-completion-rule.entity";
import { SessionAttendance } from "../session-attendance.entity";

@InputType({ description: "Someone added to a cohort's roster by hand (not through an application)." })
export class AddParticipantInput {
  @Field(() => ID)
  cohortId: string;

  @Field()
  name: string;

  @Field({ description: "Their work email address: evaluations are sent here." })
  email: string;

  @Field(() => ID, { nullable: true, description: "Their employer, when Ascent knows it." })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "Their employer, typed, when Ascent doesn't know it." })
  organisationName?: string | null;

  @Field(() => String, { nullable: true })
  jobTitle?: string | null;

  @Field(() => AfcBand, { nullable: true })
  band?: AfcBand | null;

  @Field({ description: "Why they are added by hand (kept on the participant and in their history)." })
  reason: string;
}

@InputType()
export class WithdrawParticipantInput {
  @Field(() => ID)
  participantId: string;

  @Field({ description: "Why they are leaving the programme." })
  reason: string;
}

@InputType()
export class CompleteParticipantInput {
  @Field(() => ID)
  participantId: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Why they completed although the programme's completion rule is not met (for example, a cohort entered after it ran whose evaluations were returned on paper). Without it an unmet rule refuses the completion; with it the completion is recorded as an exception, with this reason, in their history and the audit log.",
  })
  exceptionReason?: string | null;
}

@ObjectType()
export class ParticipantPayload {
  @Field(() => Participant, { nullable: true })
  participant: Participant | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  participantId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  sessionId: string;

  @Field(() => [AttendanceEntryInput], { description: "One line per participant; people left out keep what was recorded before." })
  entries: AttendanceEntryInput[];
}

@ObjectType()
export class RecordAttendancePayload {
  @Field(() => CohortSession, { nullable: true })
  session: CohortSession | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "One line of a session's register: a participant and what was recorded (null when nothing yet)." })
export class RegisterLine {
  @Field(() => Participant)
  participant: Participant;

  @Field(() => AttendanceStatus, { nullable: true })
  status: AttendanceStatus | null;

  @Field(() => SessionAttendance, { nullable: true })
  entry: SessionAttendance | null;
}

@ObjectType({ description: "Attendance counted over some register entries: present and late attend; excused counts neither way." })
export class AttendanceSummary {
  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  absent: number;

  @Field(() => Int)
  excused: number;

  @Field(() => Float, { nullable: true, description: "attended / (attended + absent), 0 to 1; null before anything counts." })
  rate: number | null;
}

@ObjectType({ description: "A participant's attendance across their cohort's sessions." })
export class ParticipantAttendance extends AttendanceSummary {
  @Field({ description: "Absent (not excused) at two sessions in a row." })
  consecutiveAbsences: boolean;

  @Field(() => Int, { description: "Sessions with a register line for them." })
  recorded: number;
}

@ObjectType({ description: "A participant against their programme's completion rule, with a reason in plain words for each part." })
export class CompletionCheck {
  @Field()
  met: boolean;

  @Field(() => [String], { description: "One line per part of the rule: what is met and what is missing." })
  reasons: string[];

  @Field(() => [String], { description: "Only what is missing (empty when met)." })
  missing: string[];
}

@InputType()
export class SetProgrammeCompletionRuleInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => Int, { nullable: true, description: "A whole percentage from 0 to 100; leave out for none." })
  minimumAttendancePercent?: number | null;

  @Field()
  mentorOrCoachRequired: boolean;

  @Field()
  postProgrammeEvaluationRequired: boolean;
}

@ObjectType()
export class SetProgrammeCompletionRulePayload {
  @Field(() => ProgrammeCompletionRule, { nullable: true })
  rule: ProgrammeCompletionRule | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class ParticipantFilter {
  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true, description: "Their employer (a partner token may name only its own organisation)." })
  organisationId?: string | null;
}
