import { MentoringKind, MentoringLengthState, SuggestionRule } from "@ascent/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Participant } from "../../application";
import { Mentor } from "../mentor.entity";
import { MentoringCheckIn } from "../mentoring-check-in.entity";
import { MentoringRelationship } from "../mentoring-relationship.entity";

@InputType()
export class PairMentorInput {
  @Field(() => ID)
  participantId: string;

  @Field(() => ID, { description: "Someone in the directory of the academy that runs the participant's programme." })
  mentorId: string;

  @Field(() => MentoringKind)
  kind: MentoringKind;

  @Field({ description: "First day, YYYY-MM-DD (London)." })
  startsOn: string;

  @Field(() => String, { nullable: true, description: "When they plan to stop, YYYY-MM-DD; leave out while open-ended." })
  plannedEndOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Required when the participant and the mentor work at the same organisation (the programmes ask for someone from elsewhere): why they are paired anyway. Refused otherwise.",
  })
  sameOrganisationReason?: string | null;
}

@InputType()
export class EndMentoringInput {
  @Field(() => ID, { description: "The relationship." })
  id: string;

  @Field({ description: "The last day, YYYY-MM-DD (London): from its start to today." })
  endedOn: string;

  @Field()
  reason: string;
}

@InputType()
export class RecordMentoringCheckInInput {
  @Field(() => ID)
  relationshipId: string;

  @Field({ description: "The day they met, YYYY-MM-DD (London): within the relationship, not in the future." })
  heldOn: string;

  @Field(() => String, { nullable: true, description: "Seen only by the academy's staff." })
  note?: string | null;
}

@ObjectType()
export class MentoringRelationshipPayload {
  @Field(() => MentoringRelationship, { nullable: true })
  relationship: MentoringRelationship | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RecordMentoringCheckInPayload {
  @Field(() => MentoringCheckIn, { nullable: true })
  checkIn: MentoringCheckIn | null;

  @Field(() => MentoringRelationship, { nullable: true })
  relationship: MentoringRelationship | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "Whether a relationship lasts the programme's minimum length." })
export class MentoringLengthReport {
  @Field(() => MentoringLengthState)
  state: MentoringLengthState;

  @Field(() => String, { nullable: true, description: "The first day the minimum is met, YYYY-MM-DD; null when the programme sets none." })
  minimumMetOn: string | null;

  @Field({ description: "One sentence for the screen." })
  summary: string;
}

@ObjectType({ description: "One rule of the suggestion ranking, met or not, in words." })
export class MentorSuggestionReason {
  @Field(() => SuggestionRule)
  rule: SuggestionRule;

  @Field()
  met: boolean;

  @Field()
  text: string;
}

@ObjectType({ description: "Someone the directory suggests for a participant, with the reasons for their place." })
export class MentorSuggestion {
  @Field(() => Mentor)
  mentor: Mentor;

  @Field(() => Int, { description: "Points from the rules met; higher first." })
  score: number;

  @Field(() => [MentorSuggestionReason])
  reasons: MentorSuggestionReason[];
}

@ObjectType({ description: "A participant who doesn't meet the gate, and why." })
export class MentoringGateGap {
  @Field(() => Participant)
  participant: Participant;

  @Field()
  explanation: string;
}

@ObjectType({ description: "The gate \"a mentor or coach in place before the start\" for one cohort." })
export class MentoringGate {
  @Field({ description: "Whether the programme asks for it." })
  required: boolean;

  @Field({ description: "Whether every participant has a mentor or coach whose relationship starts on or before the cohort's first day." })
  met: boolean;

  @Field(() => Int)
  participantCount: number;

  @Field(() => Int, { description: "Participants who meet the gate." })
  inPlaceCount: number;

  @Field(() => Int, { nullable: true, description: "The programme's minimum length of a relationship, in months." })
  minimumMonths: number | null;

  @Field(() => [MentoringGateGap], { description: "Who is missing one, in enrolment order." })
  missing: MentoringGateGap[];
}
