import { ApplicationQuestionKind } from "@ascent/domain";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "One of the programme's own questions on its application form." })
export class ApplicationQuestionType {
  @Field({ description: "Stable key; answers refer to it." })
  key: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field(() => ApplicationQuestionKind)
  kind: ApplicationQuestionKind;

  @Field()
  required: boolean;

  @Field(() => Int, { nullable: true, description: "For TEXT and LONG_TEXT; the default applies when null (200 and 3000)." })
  maxLength?: number | null;

  @Field(() => [String], { nullable: true, description: "For CHOICE." })
  choices?: string[] | null;
}

@ObjectType({ description: "What a selection panel scores applications against." })
export class SelectionCriterionType {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Int)
  maxScore: number;
}

@ObjectType({ description: "The wording of a positive-action programme's self-declaration and its consent." })
export class PositiveActionDeclarationType {
  @Field()
  statement: string;

  @Field()
  consent: string;
}
