import { ApplicationQuestionKind } from "@ascent/domain";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class ApplicationQuestionInput {
  @Field({ description: "Lower-case letters, digits and dashes; keep it when rewording so answers stay linked." })
  key: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field(() => ApplicationQuestionKind)
  kind: ApplicationQuestionKind;

  @Field()
  required: boolean;

  @Field(() => Int, { nullable: true })
  maxLength?: number | null;

  @Field(() => [String], { nullable: true })
  choices?: string[] | null;
}

@InputType()
export class SelectionCriterionInput {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  maxScore: number;
}

@InputType()
export class PositiveActionDeclarationWordingInput {
  @Field()
  statement: string;

  @Field()
  consent: string;
}

@InputType({ description: "Omitted fields stay as they are; each list given replaces the old one." })
export class UpdateApplicationFormInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => [ApplicationQuestionInput], { nullable: true })
  applicationQuestions?: ApplicationQuestionInput[] | null;

  @Field(() => [SelectionCriterionInput], { nullable: true })
  selectionCriteria?: SelectionCriterionInput[] | null;

  @Field(() => PositiveActionDeclarationWordingInput, { nullable: true, description: "Null keeps the standard wording." })
  positiveActionDeclaration?: PositiveActionDeclarationWordingInput | null;
}
