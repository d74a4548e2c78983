import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { ProgrammeMentoringRules } from "../programme-mentoring-rules.entity";

@InputType()
export class SetProgrammeMentoringRulesInput {
  @Field(() => ID)
  programmeId: string;

  @Field()
  requiredBeforeStart: boolean;

  @Field(() => Int, { nullable: true, description: "Months, from 1 to 24; leave out for no minimum." })
  minimumMonths?: number | null;
}

@ObjectType()
export class SetProgrammeMentoringRulesPayload {
  @Field(() => ProgrammeMentoringRules, { nullable: true })
  rules: ProgrammeMentoringRules | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
