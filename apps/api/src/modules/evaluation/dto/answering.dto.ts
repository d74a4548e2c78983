import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { EvaluationQuestion } from "../questionnaire.entity";

@ObjectType({ description: "One answer as the participant gave it." })
export class EvaluationAnswerView {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { nullable: true })
  rating: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;
}

@ObjectType({ description: "A questionnaire as a participant sees it through their private link." })
export class EvaluationForm {
  @Field()
  programmeTitle: string;

  @Field()
  cohortName: string;

  @Field({ description: "\"After the programme\", \"Follow-up at 6 months\"." })
  pointLabel: string;

  @Field()
  title: string;

  @Field()
  introduction: string;

  @Field(() => String, { nullable: true, description: "The participant's name, for the greeting." })
  participantName: string | null;

  @Field({ description: "Answers can be changed until then." })
  closesAt: Date;

  @Field(() => Date, { nullable: true, description: "When they last sent their answers; null before the first time." })
  submittedAt: Date | null;

  @Field(() => [EvaluationQuestion])
  questions: EvaluationQuestion[];

  @Field(() => [EvaluationAnswerView])
  answers: EvaluationAnswerView[];
}

@InputType()
export class EvaluationAnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { nullable: true, description: "Likert questions: 1-5." })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: "Free-text questions." })
  text?: string | null;
}

@InputType()
export class SubmitEvaluationInput {
  @Field({ description: "The token from the participant's link." })
  token: string;

  @Field(() => [EvaluationAnswerInput])
  answers: EvaluationAnswerInput[];
}

@ObjectType()
export class SubmitEvaluationPayload {
  @Field(() => EvaluationForm, { nullable: true })
  form: EvaluationForm | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
