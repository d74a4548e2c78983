import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { WresReturn } from "../wres-return.entity";
import { WresTarget } from "../wres-target.entity";

@ObjectType()
export class SubmitWresReturnPayload {
  @Field(() => WresReturn, { nullable: true, description: "The new current version." })
  wresReturn: WresReturn | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class SetWresTargetPayload {
  @Field(() => WresTarget, { nullable: true })
  wresTarget: WresTarget | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RemoveWresTargetPayload {
  @Field(() => WresTarget, { nullable: true, description: "The target as it was before removal." })
  wresTarget: WresTarget | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
