import { ArgsType, Field, Int } from "type-graphql";

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Page size from the start (or after:), 1 to 100; default 25." })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Page size from the end (or before:), 1 to 100." })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
