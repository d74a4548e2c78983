import { DisclosureStatus, IndicatorNullReason, Parity, SelectionGroup } from "@ascent/domain";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { UserError } from "../../../graphql/user-error";
import { Cohort } from "../../cohort";
import { Programme } from "../../programme";

@ObjectType({ description: "Whether the applicant's monitoring answers are kept. The answers themselves are never returned, to anyone." })
export class EqualityMonitoringPayload {
  @Field({ description: "True when answers are now kept (submitted), false when none are (withdrawn or refused)." })
  recorded: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "One ethnic group's row of the fair-selection table, after disclosure control: null = 1 to 7 (suppressed) or withheld." })
export class FairSelectionGroup {
  @Field(() => SelectionGroup)
  group: SelectionGroup;

  @Field()
  label: string;

  @Field(() => Int, { nullable: true, description: "Eligible applicants; rounded to the nearest 5." })
  applicants: number | null;

  @Field(() => Int, { nullable: true, description: "Of those, offered a place (at any time); rounded to the nearest 5." })
  offered: number | null;

  @Field(() => Int, { nullable: true, description: "Of those, accepted; rounded to the nearest 5." })
  accepted: number | null;

  @Field(() => Float, { nullable: true, description: "offered ÷ applicants, from the rounded counts." })
  offerRate: number | null;
}

@ObjectType({ description: "The relative likelihood of a white applicant being offered a place compared with a BME applicant (the WRES indicator 2 method), from the released counts." })
export class FairSelectionLikelihood {
  @Field(() => Float, { nullable: true, description: "(white offered ÷ white applicants) ÷ (BME offered ÷ BME applicants); 1 = parity, above 1 favours white applicants." })
  value: number | null;

  @Field(() => Float, { nullable: true, description: "Lower bound of the confidence interval." })
  lower: number | null;

  @Field(() => Float, { nullable: true })
  upper: number | null;

  @Field(() => Parity, { nullable: true, description: "FAVOURS_REFERENCE: favours white applicants; FAVOURS_FOCUS: favours BME applicants; only when the whole interval is beyond the band." })
  parity: Parity | null;

  @Field(() => IndicatorNullReason, { nullable: true, description: "Why value is null: SUPPRESSED (a count was 1 to 7, or the table is withheld), EMPTY_GROUP, ZERO_EVENTS." })
  reason: IndicatorNullReason | null;

  @Field(() => String, { nullable: true, description: "The value as text, e.g. 2.00." })
  formatted: string | null;

  @Field(() => Float)
  confidenceLevel: number;

  @Field(() => Float, { nullable: true })
  parityBandLower: number | null;

  @Field(() => Float, { nullable: true })
  parityBandUpper: number | null;
}

@ObjectType({
  description:
    "Fair selection for a cohort or a programme: applicants, offers and acceptances by ethnic group from applicants' optional monitoring answers, " +
    "always disclosure-controlled (counts of 1 to 7 suppressed, others rounded to 5, figures recomputed from them), for the owning academy's staff and administrators.",
})
export class FairSelection {
  @Field(() => Programme)
  programme: Programme;

  @Field(() => Cohort, { nullable: true, description: "Null for a programme's figures (over its cohorts)." })
  cohort: Cohort | null;

  @Field(() => DisclosureStatus, { description: "Always CONTROLLED: nobody owns applicants' monitoring answers." })
  disclosure: DisclosureStatus;

  @Field({ description: "True when the table is withheld: a set of people you can name (applicants, offered, accepted, not offered, offered but not accepted) is all one group, so figures would tell you each person's group." })
  withheld: boolean;

  @Field(() => Int, { description: "Cohorts whose counts are in the figures (1 for a cohort's own)." })
  cohortsIncluded: number;

  @Field(() => Int, { description: "A programme's cohorts left out because their own figures are withheld (else subtracting the others would give them away)." })
  cohortsLeftOut: number;

  @Field(() => [FairSelectionGroup], { description: "White, BME, prefer not to say, did not fill in the form; in that order." })
  groups: FairSelectionGroup[];

  @Field(() => FairSelectionLikelihood)
  offerLikelihood: FairSelectionLikelihood;
}
