import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Viewer } from "../../user";

@ObjectType()
export class LoginPayload {
  @Field(() => Viewer, { nullable: true })
  viewer: Viewer | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => [UserError])
  userErrors: UserError[];
}
