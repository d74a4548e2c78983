import { AfcBand, MentoringOffer } from "@ascent/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { UserError } from "../../../graphql/user-error";
import { Mentor } from "../mentor.entity";

@ObjectType()
export class MentorConnection extends ConnectionType(Mentor, "Mentor") {}

@InputType()
export class MentorFilter {
  @Field(() => ID, { nullable: true, description: "One academy's directory (administrators see every academy's; programme managers only their own)." })
  academyId?: string | null;

  @Field(() => String, { nullable: true, description: "Matches name, email or an area of expertise." })
  search?: string | null;
}

@InputType()
export class AddMentorInput {
  @Field(() => ID, { nullable: true, description: "The academy whose directory this is; a programme manager's own academy when left out (administrators must say)." })
  academyId?: string | null;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => ID, { description: "Where they work." })
  organisationId: string;

  @Field(() => AfcBand, { nullable: true })
  band?: AfcBand | null;

  @Field(() => MentoringOffer)
  offers: MentoringOffer;

  @Field(() => [String], { nullable: true })
  expertise?: string[] | null;

  @Field(() => Int)
  capacity: number;
}

@ObjectType()
export class AddMentorPayload {
  @Field(() => Mentor, { nullable: true })
  mentor: Mentor | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "Every field of a directory entry, as it should now be." })
export class UpdateMentorInput {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => ID, { description: "Where they work." })
  organisationId: string;

  @Field(() => AfcBand, { nullable: true })
  band?: AfcBand | null;

  @Field(() => MentoringOffer)
  offers: MentoringOffer;

  @Field(() => [String], { nullable: true })
  expertise?: string[] | null;

  @Field(() => Int, { description: "Not below the number of pairings running now." })
  capacity: number;
}

@ObjectType()
export class MentorPayload {
  @Field(() => Mentor, { nullable: true })
  mentor: Mentor | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
