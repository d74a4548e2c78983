import { ApiScope } from "@ascent/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { ApiToken } from "../api-token.entity";

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID, { description: "The organisation (a partner trust) the token acts for." })
  organisationId: string;

  @Field(() => [ApiScope])
  scopes: ApiScope[];

  @Field({ description: "What the token is for, e.g. \"Barts HR analytics\"." })
  label: string;

  @Field(() => Date, { nullable: true, description: "When it stops working; default 90 days, at most 1 year." })
  expiresAt?: Date | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null;

  @Field(() => String, { nullable: true, description: "The token itself. Shown this once: only a hash is kept." })
  token: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken: ApiToken | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class ApiTokenFilter {
  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only tokens that still work (not revoked, not expired)." })
  activeOnly?: boolean | null;
}
