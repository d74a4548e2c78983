import { EvaluationPoint, EvaluationQuestionKind, KirkpatrickLevel, SelfRatingMeasure } from "@ascent/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { UserError } from "../../../graphql/user-error";
import { EvaluationQuestionTemplate } from "../question-template.entity";
import { Questionnaire } from "../questionnaire.entity";

@ObjectType()
export class EvaluationQuestionTemplateConnection extends ConnectionType(EvaluationQuestionTemplate, "EvaluationQuestionTemplate") {}

@InputType()
export class CreateQuestionTemplateInput {
  @Field(() => ID, { nullable: true, description: "The academy whose bank this is; a programme manager's own academy when left out (administrators must say)." })
  academyId?: string | null;

  @Field(() => EvaluationQuestionKind)
  kind: EvaluationQuestionKind;

  @Field()
  prompt: string;

  @Field(() => String, { nullable: true, description: "Likert only: what 1 means." })
  lowLabel?: string | null;

  @Field(() => String, { nullable: true, description: "Likert only: what 5 means." })
  highLabel?: string | null;

  @Field(() => KirkpatrickLevel)
  level: KirkpatrickLevel;

  @Field(() => SelfRatingMeasure, { nullable: true, description: "Likert only: a self-rating compared before and after the programme." })
  measure?: SelfRatingMeasure | null;
}

@ObjectType()
export class CreateQuestionTemplatePayload {
  @Field(() => EvaluationQuestionTemplate, { nullable: true })
  template: EvaluationQuestionTemplate | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class QuestionnaireQuestionInput {
  @Field(() => ID)
  templateId: string;

  @Field()
  required: boolean;
}

@InputType()
export class CreateQuestionnaireInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => EvaluationPoint)
  point: EvaluationPoint;

  @Field(() => Int, { nullable: true, description: "Follow-ups only: months after the cohort's last session (1-36)." })
  followUpMonths?: number | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  introduction?: string | null;

  @Field(() => [QuestionnaireQuestionInput], { description: "In the order they are asked." })
  questions: QuestionnaireQuestionInput[];
}

@ObjectType()
export class CreateQuestionnairePayload {
  @Field(() => Questionnaire, { nullable: true })
  questionnaire: Questionnaire | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class EvaluationRoundInput {
  @Field(() => ID)
  questionnaireId: string;

  @Field(() => ID)
  cohortId: string;
}

@ObjectType()
export class EvaluationRoundPayload {
  @Field(() => Int, { nullable: true, description: "sendEvaluation: invitations sent by this call (0 when everyone had one)." })
  sent: number | null;

  @Field(() => Date, { nullable: true, description: "When answering closes (or closed)." })
  closesAt: Date | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
