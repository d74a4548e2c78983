import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Participant } from "../../application";
import { Cohort, CohortSession } from "../../cohort";
import { Programme } from "../../programme";
import { LearningSet } from "../learning-set.entity";

@InputType()
export class SetActionLearningSetSizeInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => Int, { nullable: true, description: "Most members per set, 2 to 20; null when the programme doesn't use Action Learning Sets." })
  size?: number | null;
}

@ObjectType()
export class SetActionLearningSetSizePayload {
  @Field(() => Programme, { nullable: true })
  programme: Programme | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class CreateLearningSetInput {
  @Field(() => ID)
  cohortId: string;

  @Field({ description: "E.g. \"Set A\"; unique within the cohort." })
  name: string;

  @Field(() => ID, { nullable: true, description: "One of the cohort's facilitators." })
  facilitatorId?: string | null;
}

@InputType()
export class RenameLearningSetInput {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@InputType()
export class SetLearningSetFacilitatorInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: "One of the cohort's facilitators; null for none." })
  facilitatorId?: string | null;
}

@InputType()
export class DeleteLearningSetInput {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true, defaultValue: false, description: "Delete its meetings (and what was recorded at them) too. Without it, a set with meetings is not deleted and the answer says which meetings it has." })
  deleteMeetings?: boolean;
}

@InputType()
export class AssignLearningSetMemberInput {
  @Field(() => ID)
  learningSetId: string;

  @Field(() => ID, { description: "A participant of the set's cohort; one already in another set of it moves." })
  participantId: string;
}

@InputType()
export class UnassignLearningSetMemberInput {
  @Field(() => ID)
  participantId: string;
}

@InputType()
export class CohortLearningSetsInput {
  @Field(() => ID)
  cohortId: string;
}

@ObjectType()
export class LearningSetPayload {
  @Field(() => LearningSet, { nullable: true })
  learningSet: LearningSet | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class DeleteLearningSetPayload {
  @Field(() => ID, { nullable: true })
  deletedLearningSetId: string | null;

  @Field(() => Int, { description: "Meetings deleted with it." })
  deletedMeetingCount: number;

  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class LearningSetMemberPayload {
  @Field(() => Participant, { nullable: true })
  participant: Participant | null;

  @Field(() => LearningSet, { nullable: true, description: "The set they are in now; null once unassigned." })
  learningSet: LearningSet | null;

  @Field(() => LearningSet, { nullable: true, description: "The set they left, if any." })
  previousLearningSet: LearningSet | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class FormLearningSetsPayload {
  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [LearningSet], { description: "Every set of the cohort after forming." })
  learningSets: LearningSet[];

  @Field(() => Int)
  createdSetCount: number;

  @Field(() => Int, { description: "Participants given a set." })
  assignedCount: number;

  @Field(() => [String], { description: "What was done and by which rule, in sentences." })
  explanation: string[];

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ScheduleLearningSetMeetingsPayload {
  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => [CohortSession], { description: "The meetings created by this call (none when everything was already scheduled)." })
  created: CohortSession[];

  @Field(() => Int, { description: "Meetings that already existed and were left as they are." })
  alreadyScheduledCount: number;

  @Field(() => Int, { description: "Sessions of the whole cohort for an Action Learning Set module that the sets' meetings replaced." })
  replacedSessionCount: number;

  @Field(() => [String], { description: "What was created, kept or replaced, in sentences." })
  summary: string[];

  @Field(() => [UserError])
  userErrors: UserError[];
}
