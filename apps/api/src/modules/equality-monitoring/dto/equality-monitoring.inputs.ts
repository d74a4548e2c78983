import { EthnicityCode, MonitoringAgeBand, MonitoringReligion, MonitoringSex, MonitoringSexualOrientation, MonitoringYesNo } from "@ascent/domain";
import { Field, InputType } from "type-graphql";

@InputType({ description: "The optional equality monitoring form. Every answer may be left out (null) or given as PREFER_NOT_TO_SAY (ethnicity: Z)." })
export class EqualityMonitoringInput {
  @Field({ description: "The token of the applicant's private status link." })
  token: string;

  @Field({ description: "The applicant agrees to these answers being kept for equality monitoring statistics, as the form explains. Must be true." })
  consent: boolean;

  @Field(() => EthnicityCode, { nullable: true, description: "NHS ethnic category, A to S; Z is prefer not to say." })
  ethnicity?: EthnicityCode | null;

  @Field(() => MonitoringAgeBand, { nullable: true })
  ageBand?: MonitoringAgeBand | null;

  @Field(() => MonitoringSex, { nullable: true })
  sex?: MonitoringSex | null;

  @Field(() => MonitoringYesNo, { nullable: true, description: "Is your gender identity the same as the sex you were registered at birth?" })
  genderSameAsBirth?: MonitoringYesNo | null;

  @Field(() => MonitoringSexualOrientation, { nullable: true })
  sexualOrientation?: MonitoringSexualOrientation | null;

  @Field(() => MonitoringYesNo, { nullable: true, description: "Do you consider yourself to have a disability or long-term health condition?" })
  disability?: MonitoringYesNo | null;

  @Field(() => MonitoringReligion, { nullable: true })
  religion?: MonitoringReligion | null;
}

@InputType()
export class EqualityMonitoringTokenInput {
  @Field({ description: "The token of the applicant's private status link." })
  token: string;
}
