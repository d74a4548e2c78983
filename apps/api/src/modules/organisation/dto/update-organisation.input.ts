import { NhsRegion, OrganisationKind } from "@ascent/domain";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Omitted fields stay as they are; null clears odsCode, region or parentId." })
export class UpdateOrganisationInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true })
  odsCode?: string | null;

  @Field(() => NhsRegion, { nullable: true })
  region?: NhsRegion | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
