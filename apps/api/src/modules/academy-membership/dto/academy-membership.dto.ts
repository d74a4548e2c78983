import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Organisation } from "../../organisation";

@InputType()
export class AcademyMemberInput {
  @Field(() => ID, { description: "An organisation of kind ACADEMY." })
  academyId: string;

  @Field(() => ID)
  organisationId: string;
}

@ObjectType()
export class AcademyMembershipPayload {
  @Field(() => Organisation, { nullable: true })
  academy: Organisation | null;

  @Field(() => Organisation, { nullable: true })
  member: Organisation | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
