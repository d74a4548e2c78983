import { NhsRegion, OrganisationKind } from "@ascent/domain";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderDirection } from "../../../graphql/relay/connection-args";

@InputType()
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: "Matches part of the name, or the start of the ODS code." })
  search?: string | null;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => [NhsRegion], { nullable: true })
  regions?: NhsRegion[] | null;

  @Field(() => ID, { nullable: true, description: "Only the direct children of this organisation." })
  parentId?: string | null;
}

export enum OrganisationOrderField {
  NAME = "NAME",
  ODS_CODE = "ODS_CODE",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(OrganisationOrderField, { name: "OrganisationOrderField" });

@InputType()
export class OrganisationOrder {
  @Field(() => OrganisationOrderField)
  field: OrganisationOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}
