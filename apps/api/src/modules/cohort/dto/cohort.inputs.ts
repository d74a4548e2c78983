import { AllocationPolicy, CohortStatus, ModuleKind } from "@ascent/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";

@InputType({ description: "A wall-clock time in Europe/London (GMT or BST, whichever is in force on that date)." })
export class LondonDateTimeInput {
  @Field({ description: "YYYY-MM-DD" })
  date: string;

  @Field({ description: "HH:MM, 24-hour, London time" })
  time: string;
}

@ObjectType({ description: "An instant as London wall-clock time." })
export class LondonDateTime {
  @Field({ description: "YYYY-MM-DD" })
  date: string;

  @Field({ description: "HH:MM, 24-hour" })
  time: string;

  @Field({ description: "For people, e.g. \"10:00 on Monday 13 September 2021\"." })
  text: string;
}

@InputType({ description: "Exactly one of userId (a FACILITATOR user), organisationId (a facilitation provider or academy) or name (a person without an account)." })
export class CohortFacilitatorInput {
  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. \"Action Learning Sets facilitator\"" })
  role?: string | null;
}

@InputType({ description: "Times are London wall-clock times; dates are YYYY-MM-DD." })
export class CreateCohortInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => ID, { nullable: true, description: "One of the programme's tracks; omit for a cohort of the whole programme." })
  trackId?: string | null;

  @Field()
  name: string;

  @Field(() => Int, { description: "Places, at least 1." })
  capacity: number;

  @Field(() => AllocationPolicy)
  allocationPolicy: AllocationPolicy;

  @Field(() => LondonDateTimeInput, { nullable: true, description: "When applications open; give both ends of the window or neither." })
  applicationsOpenAt?: LondonDateTimeInput | null;

  @Field(() => LondonDateTimeInput, { nullable: true, description: "When applications close: after they open and before the cohort starts." })
  applicationsCloseAt?: LondonDateTimeInput | null;

  @Field({ description: "First day, YYYY-MM-DD." })
  startsOn: string;

  @Field({ description: "Last day, YYYY-MM-DD, on or after startsOn." })
  endsOn: string;

  @Field(() => [CohortFacilitatorInput], { nullable: true })
  facilitators?: CohortFacilitatorInput[] | null;
}

@InputType({ description: "Omitted fields stay as they are; null clears the application window; facilitators, when given, replaces the list." })
export class UpdateCohortInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => AllocationPolicy, { nullable: true })
  allocationPolicy?: AllocationPolicy | null;

  @Field(() => LondonDateTimeInput, { nullable: true })
  applicationsOpenAt?: LondonDateTimeInput | null;

  @Field(() => LondonDateTimeInput, { nullable: true })
  applicationsCloseAt?: LondonDateTimeInput | null;

  @Field(() => String, { nullable: true })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  endsOn?: string | null;

  @Field(() => [CohortFacilitatorInput], { nullable: true })
  facilitators?: CohortFacilitatorInput[] | null;

  @Field(() => ID, { nullable: true, description: "Another of the programme's tracks, or null for none; only while the cohort is planned and has no sessions." })
  trackId?: string | null;
}

@InputType()
export class CohortIdInput {
  @Field(() => ID)
  id: string;
}

@InputType({ description: "Generates one session per scheduled day of the curriculum (shared modules, then the track's), on weekdays." })
export class ScheduleCohortInput {
  @Field(() => ID)
  cohortId: string;

  @Field(() => String, { nullable: true, description: "Day of the first session, YYYY-MM-DD; default the cohort's start (moved to a weekday)." })
  firstDate?: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM London time; default 09:00." })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM London time; default 16:30." })
  endTime?: string | null;

  @Field(() => Int, { nullable: true, description: "Weeks from the start of one module to the start of the next; default 2." })
  weeksBetweenModules?: number | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true, description: "For online modules." })
  onlineUrl?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Replace sessions already scheduled; otherwise a scheduled cohort is refused." })
  replaceExisting?: boolean | null;
}

@InputType({ description: "Omitted fields stay as they are; null clears venue, onlineUrl or facilitatorId. Date and times are London time." })
export class UpdateSessionInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => ModuleKind, { nullable: true })
  kind?: ModuleKind | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, within the cohort's dates." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM" })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM, after startTime" })
  endTime?: string | null;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true, description: "One of the cohort's facilitators." })
  facilitatorId?: string | null;
}

@InputType({ description: "Date and times are London time." })
export class AddSessionInput {
  @Field(() => ID)
  cohortId: string;

  @Field()
  title: string;

  @Field(() => ModuleKind)
  kind: ModuleKind;

  @Field({ description: "YYYY-MM-DD, within the cohort's dates." })
  date: string;

  @Field({ description: "HH:MM" })
  startTime: string;

  @Field({ description: "HH:MM" })
  endTime: string;

  @Field(() => String, { nullable: true })
  venue?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => ID, { nullable: true })
  facilitatorId?: string | null;
}

@InputType()
export class SessionIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class CohortFilter {
  @Field(() => ID, { nullable: true })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true })
  trackId?: string | null;

  @Field(() => [CohortStatus], { nullable: true, description: "Effective status: an open cohort past its closing time counts as CLOSED." })
  status?: CohortStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: taking applications right now; false: not." })
  openForApplications?: boolean | null;
}
