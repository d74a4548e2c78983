import { Role } from "@ascent/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { User } from "../user.entity";

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: "Required for programme managers and facilitators: their academy or provider." })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "At least 12 characters. Leave empty to generate one, returned once in the payload." })
  password?: string | null;
}

@InputType({ description: "Omitted fields stay as they are. Changing role or organisation signs the user out everywhere." })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: "Part of the name or email." })
  search?: string | null;

  @Field(() => [Role], { nullable: true })
  roles?: Role[] | null;

  @Field(() => Boolean, { nullable: true, description: "Include deactivated users (default false)." })
  includeDeactivated?: boolean | null;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CreateUserPayload extends UserPayload {
  @Field(() => String, { nullable: true, description: "The generated password, when none was given. Shown this once." })
  temporaryPassword: string | null;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => [UserError])
  userErrors: UserError[];
}
