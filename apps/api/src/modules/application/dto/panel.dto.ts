import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { ApplicationScore } from "../application-score.entity";
import { Application } from "../application.entity";

@InputType()
export class CriterionScoreInput {
  @Field({ description: "The key of one of the programme's selectionCriteria." })
  criterionKey: string;

  @Field(() => Int, { description: "A whole number from 0 to the criterion's maxScore." })
  score: number;
}

@InputType({ description: "The signed-in reviewer's score of an application: every criterion of the programme once. Scoring again replaces the reviewer's earlier score." })
export class ScoreApplicationInput {
  @Field(() => ID)
  applicationId: string;

  @Field(() => [CriterionScoreInput])
  scores: CriterionScoreInput[];

  @Field(() => String, { nullable: true, description: "The reviewer's reasons, for the panel (erased with the applicant)." })
  comment?: string | null;
}

@ObjectType()
export class ScoreApplicationPayload {
  @Field(() => ApplicationScore, { nullable: true })
  score: ApplicationScore | null;

  @Field(() => Application, { nullable: true, description: "The application, with its new mean score." })
  application: Application | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "One criterion's score." })
export class CriterionScore {
  @Field()
  criterionKey: string;

  @Field({ description: "The criterion's title now (the key if it has been removed from the programme since)." })
  title: string;

  @Field(() => Int)
  score: number;

  @Field(() => Int, { nullable: true, description: "The criterion's top score now; null if it has been removed." })
  maxScore: number | null;
}

export enum BulkApplicationAction {
  REJECT = "REJECT",
  WITHDRAW = "WITHDRAW",
  RESEND_ENDORSEMENT_REQUEST = "RESEND_ENDORSEMENT_REQUEST",
  OFFER_PLACE = "OFFER_PLACE",
  WAITLIST = "WAITLIST",
}
registerEnumType(BulkApplicationAction, {
  name: "BulkApplicationAction",
  description: "REJECT and WITHDRAW need a reason (told to each applicant); OFFER_PLACE and WAITLIST are for panel selection cohorts.",
});

export const MAX_BULK_APPLICATIONS = 100;

@InputType()
export class ActOnApplicationsInput {
  @Field(() => [ID], { description: `1 to ${MAX_BULK_APPLICATIONS} applications, acted on in this order (for offers: the ranking).` })
  ids: string[];

  @Field(() => BulkApplicationAction)
  action: BulkApplicationAction;

  @Field(() => String, { nullable: true, description: "Required for REJECT and WITHDRAW: kept on each timeline and told to each applicant." })
  reason?: string | null;
}

@ObjectType({ description: "What happened to one application of a bulk action." })
export class BulkApplicationResult {
  @Field(() => ID)
  id: string;

  @Field(() => Application, { nullable: true, description: "The application after the action; null when it was refused." })
  application: Application | null;

  @Field(() => [UserError], { description: "Why this application was refused; empty when the action was done." })
  userErrors: UserError[];
}

@ObjectType()
export class ActOnApplicationsPayload {
  @Field(() => [BulkApplicationResult], { description: "One per id, in the order given. Each is its own transaction: one refusal does not undo the others." })
  results: BulkApplicationResult[];

  @Field(() => [UserError], { description: "Problems with the request as a whole (no ids, too many, a missing reason); then nothing was done." })
  userErrors: UserError[];
}
