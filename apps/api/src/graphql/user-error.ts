import { UserErrorCode } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A problem with the input of a mutation; nothing was saved." })
export class UserError {
  @Field(() => [String], { nullable: true, description: "Path to the input field at fault, e.g. [\"odsCode\"]." })
  field: string[] | null;

  @Field()
  message: string;

  @Field(() => UserErrorCode)
  code: UserErrorCode;
}

export const userError = (field: string[] | null, code: UserErrorCode, message: string): UserError => ({ field, code, message });

/** Thrown inside a service transaction to roll it back and report userErrors. */
export class UserInputProblems extends Error {
  constructor(readonly problems: UserError[]) {
    super("user input problems");
  }
}
