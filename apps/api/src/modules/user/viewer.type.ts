import { ApiScope } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import { User } from "./user.entity";

@ObjectType({ description: "Who is calling: a console user, or a partner organisation's API token." })
export class Viewer {
  @Field(() => User, { nullable: true, description: "The signed-in console user; null for partner tokens." })
  user: User | null;

  /** Resolved by a field resolver: the partner's organisation, or the user's academy. */
  organisationId: string | null;

  @Field(() => [ApiScope], { description: "A partner token's scopes; empty for console users." })
  scopes: ApiScope[];
}
