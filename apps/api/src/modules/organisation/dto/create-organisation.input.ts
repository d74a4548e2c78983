import { NhsRegion, OrganisationKind } from "@ascent/domain";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class CreateOrganisationInput {
  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => String, { nullable: true })
  odsCode?: string | null;

  @Field(() => NhsRegion, { nullable: true })
  region?: NhsRegion | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
