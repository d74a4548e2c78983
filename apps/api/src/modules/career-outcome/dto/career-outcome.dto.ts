import { AfcBand, CareerOutcomeKind, OutcomeGroup } from "@ascent/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { UserError } from "../../../graphql/user-error";
import { Application, Participant } from "../../application";
import { CareerOutcome } from "../career-outcome.entity";

@ObjectType()
export class CareerOutcomeConnection extends ConnectionType(CareerOutcome, "CareerOutcome") {}

@InputType()
export class CareerOutcomeFilter {
  @Field(() => ID, { nullable: true })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person's employer (a partner token: its own organisation only)." })
  organisationId?: string | null;

  @Field(() => [CareerOutcomeKind], { nullable: true })
  kind?: CareerOutcomeKind[] | null;

  @Field(() => OutcomeGroup, { nullable: true })
  group?: OutcomeGroup | null;
}

@InputType()
export class CareerOutcomeFields {
  @Field(() => CareerOutcomeKind)
  kind: CareerOutcomeKind;

  @Field({ description: "When it took effect, YYYY-MM-DD; not in the future." })
  effectiveOn: string;

  @Field(() => AfcBand, { nullable: true, description: "Required for a promotion, acting up and a new role at the same band." })
  bandBefore?: AfcBand | null;

  @Field(() => AfcBand, { nullable: true, description: "Higher than bandBefore for a promotion or acting up; the same for a new role at the same band; empty for leaving the NHS." })
  bandAfter?: AfcBand | null;
}

@InputType()
export class RecordCareerOutcomeInput extends CareerOutcomeFields {
  @Field(() => ID, {
    nullable: true,
    description: "The participant, whether they applied or staff added them by hand. Give this or applicationId, not both.",
  })
  participantId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The person's application: for a comparison-group applicant (waitlisted, never placed), who is not a participant. A participant's application also works. Give this or participantId, not both.",
  })
  applicationId?: string | null;
}

@ObjectType()
export class RecordCareerOutcomePayload {
  @Field(() => CareerOutcome, { nullable: true })
  careerOutcome: CareerOutcome | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "The person reports a change themselves, with the token from their follow-up email." })
export class ReportCareerOutcomeInput extends CareerOutcomeFields {
  @Field()
  token: string;
}

@ObjectType({ description: "An outcome as its own person sees it on their follow-up page." })
export class FollowUpOutcome {
  @Field(() => CareerOutcomeKind)
  kind: CareerOutcomeKind;

  @Field()
  effectiveOn: string;

  @Field(() => AfcBand, { nullable: true })
  bandBefore: AfcBand | null;

  @Field(() => AfcBand, { nullable: true })
  bandAfter: AfcBand | null;
}

@ObjectType({ description: "What a follow-up link opens: the programme and what the person has told us so far." })
export class CareerFollowUp {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  programmeTitle: string;

  @Field()
  cohortName: string;

  @Field(() => OutcomeGroup)
  group: OutcomeGroup;

  @Field({ description: "True for a participant staff added to the roster by hand: they never applied." })
  addedByHand: boolean;

  @Field(() => AfcBand, { nullable: true, description: "Their band when they applied (added by hand: when added)." })
  bandWhenApplied: AfcBand | null;

  @Field(() => String, { nullable: true, description: "The earliest date an outcome can have (the day they applied), YYYY-MM-DD; null for someone added by hand." })
  appliedOn: string | null;

  @Field(() => [FollowUpOutcome])
  outcomes: FollowUpOutcome[];
}

@ObjectType()
export class ReportCareerOutcomePayload {
  @Field({ description: "True when the outcome was saved." })
  recorded: boolean;

  @Field(() => [FollowUpOutcome])
  outcomes: FollowUpOutcome[];

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "Someone whose career a cohort follows: a participant (from an application, or added by hand), or an applicant in the comparison group." })
export class OutcomePerson {
  @Field(() => Application, { nullable: true, description: "Their application: null for a participant staff added by hand." })
  application: Application | null;

  @Field(() => Participant, { nullable: true, description: "The participant: null for the comparison group. Record their outcomes with recordCareerOutcome(input: { participantId })." })
  participant: Participant | null;

  @Field(() => String, { nullable: true, description: "Their name (null once erased)." })
  name: string | null;

  @Field(() => AfcBand, { nullable: true, description: "Their band when they applied (or, added by hand, when added)." })
  band: AfcBand | null;

  @Field({ description: "True for a participant staff added by hand, with no application." })
  addedByHand: boolean;

  @Field(() => OutcomeGroup)
  group: OutcomeGroup;

  @Field({ description: "When their programme (or, for the comparison group, the cohort) ended, YYYY-MM-DD." })
  completedOn: string;

  @Field(() => [CareerOutcome])
  outcomes: CareerOutcome[];
}
