import { Field, ObjectType } from "type-graphql";
import { User } from "./user.entity";

@ObjectType({ description: "Who is calling." })
export class Viewer {
  @Field(() => User)
  user: User;
}
