import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Organisation } from "../organisation.entity";

@ObjectType()
export class CreateOrganisationPayload {
  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class UpdateOrganisationPayload {
  @Field(() => Organisation, { nullable: true })
  organisation: Organisation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
