import { DisclosureStatus, ImpactNullReason, ImpactVerdict } from "@ascent/domain";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Cohort } from "../../cohort";
import { Programme } from "../../programme";
import { ProgrammeImpactBaseline } from "../impact-baseline.entity";

@ObjectType({ description: "One group at one horizon. Counts are null when withheld (disclosure control)." })
export class ImpactGroupFigure {
  @Field(() => Int, { nullable: true, description: "People promoted within the horizon." })
  promoted: number | null;

  @Field(() => Int, { nullable: true, description: "People whose horizon has passed." })
  followed: number | null;

  @Field(() => Float, { nullable: true, description: "promoted ÷ followed, a fraction." })
  share: number | null;

  @Field(() => Float, { nullable: true, description: "Wilson interval." })
  lower: number | null;

  @Field(() => Float, { nullable: true })
  upper: number | null;

  @Field(() => ImpactNullReason, { nullable: true, description: "Why there is no share." })
  reason: ImpactNullReason | null;
}

@ObjectType({ description: "Promotion within some months of completion: participants against the comparison group (and the baseline)." })
export class ImpactHorizon {
  @Field(() => Int)
  months: number;

  @Field(() => ImpactGroupFigure)
  participants: ImpactGroupFigure;

  @Field(() => ImpactGroupFigure, { description: "Applicants to the same cohorts who were waitlisted, never placed, and agreed to be followed up; measured from the cohort's end." })
  comparison: ImpactGroupFigure;

  @Field(() => Float, { nullable: true, description: "Participants' share minus the comparison group's." })
  difference: number | null;

  @Field(() => Float, { nullable: true, description: "Newcombe's hybrid score interval of the difference." })
  differenceLower: number | null;

  @Field(() => Float, { nullable: true })
  differenceUpper: number | null;

  @Field(() => ImpactVerdict)
  verdict: ImpactVerdict;

  @Field({ description: "The verdict in words, e.g. \"Participants more likely to be promoted\"." })
  verdictText: string;

  @Field(() => Float, { nullable: true, description: "The baseline for this horizon, from the annual rate." })
  baseline: number | null;

  @Field(() => ImpactVerdict, { description: "Participants' interval against the baseline." })
  baselineVerdict: ImpactVerdict;
}

@ObjectType({ description: "Whether a programme advances careers: promotion within 6, 12 and 24 months of completion, against a comparison group." })
export class ProgrammeImpact {
  @Field(() => Programme)
  programme: Programme;

  @Field(() => Cohort, { nullable: true })
  cohort: Cohort | null;

  @Field(() => DisclosureStatus, { description: "RAW for the owning academy, CONTROLLED for everyone else." })
  disclosure: DisclosureStatus;

  @Field({ description: "True when no figure is shown: a single cohort's figures are for the owning academy only." })
  withheld: boolean;

  @Field(() => Int, { description: "Cohorts counted (not cancelled)." })
  cohortsIncluded: number;

  @Field(() => Float)
  confidenceLevel: number;

  @Field(() => ProgrammeImpactBaseline, { nullable: true })
  baseline: ProgrammeImpactBaseline | null;

  @Field(() => [ImpactHorizon])
  horizons: ImpactHorizon[];
}

@InputType()
export class SetProgrammeImpactBaselineInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => Float, { nullable: true, description: "Share of comparable staff promoted in a year, as a percentage from 0 to 100; null removes the baseline." })
  annualRatePercent?: number | null;

  @Field(() => String, { nullable: true, description: "Where the figure comes from (required with a rate)." })
  source?: string | null;
}

@ObjectType()
export class SetProgrammeImpactBaselinePayload {
  @Field(() => ProgrammeImpactBaseline, { nullable: true })
  baseline: ProgrammeImpactBaseline | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
