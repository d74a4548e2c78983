import { WorkforceCategory, WresGrade, WresTargetGroup } from "@ascent/domain";
import { Field, Float, ID, InputType, Int } from "type-graphql";

/** Mirrors `WresReturnInput` in packages/metrics, field for field. */

@InputType({
  description:
    "BME staff split into the NHS data dictionary's broad groups (Asian H-L, Black M-P, Mixed D-G, Other R-S); the four add up to bme.",
})
export class BmeGroupCountsInput {
  @Field(() => Int)
  asian: number;

  @Field(() => Int)
  black: number;

  @Field(() => Int)
  mixed: number;

  @Field(() => Int)
  other: number;
}

@InputType({ description: "Headcounts by WRES group. unknown (not stated) is reported but kept out of ratios; default 0." })
export class EthnicCountsInput {
  @Field(() => Int)
  white: number;

  @Field(() => Int)
  bme: number;

  @Field(() => Int, { nullable: true })
  unknown?: number | null;

  @Field(() => BmeGroupCountsInput, {
    nullable: true,
    description:
      "Optional: bme split by group. A return that splits one count splits every count with BME staff (0 needs none); see docs/wres-by-group.md.",
  })
  bmeGroups?: BmeGroupCountsInput | null;
}

@InputType({ description: "Indicator 1: staff in post at 31 March in one category and grade (one row per category and grade)." })
export class WresWorkforceRowInput extends EthnicCountsInput {
  @Field(() => WorkforceCategory)
  category: WorkforceCategory;

  @Field(() => WresGrade, { description: "An AfC band, or (clinical only) a medical grade." })
  grade: WresGrade;
}

@InputType({ description: "Indicator 2." })
export class WresShortlistingInput {
  @Field(() => EthnicCountsInput)
  shortlisted: EthnicCountsInput;

  @Field(() => EthnicCountsInput, { description: "Appointed from shortlisting." })
  appointed: EthnicCountsInput;
}

@InputType({ description: "Indicator 3." })
export class WresDisciplinaryInput {
  @Field(() => EthnicCountsInput, { description: "Entering the formal disciplinary process." })
  entering: EthnicCountsInput;

  @Field(() => EthnicCountsInput)
  headcount: EthnicCountsInput;
}

@InputType({ description: "Indicator 4." })
export class WresTrainingInput {
  @Field(() => EthnicCountsInput, { description: "Accessing non-mandatory training and CPD." })
  accessed: EthnicCountsInput;

  @Field(() => EthnicCountsInput)
  headcount: EthnicCountsInput;
}

@InputType({ description: "A Staff Survey result for one group: respondents and exactly one of yes (a count) or percentage (0-100, published)." })
export class WresSurveyGroupInput {
  @Field(() => Int)
  respondents: number;

  @Field(() => Int, { nullable: true })
  yes?: number | null;

  @Field(() => Float, { nullable: true })
  percentage?: number | null;
}

@InputType({ description: "The BME result of a Staff Survey question split by group: respondents (and yes-counts, when all are counts) add up to BME's." })
export class WresSurveyGroupsInput {
  @Field(() => WresSurveyGroupInput)
  asian: WresSurveyGroupInput;

  @Field(() => WresSurveyGroupInput)
  black: WresSurveyGroupInput;

  @Field(() => WresSurveyGroupInput)
  mixed: WresSurveyGroupInput;

  @Field(() => WresSurveyGroupInput)
  other: WresSurveyGroupInput;
}

@InputType()
export class WresSurveyComparisonInput {
  @Field(() => WresSurveyGroupInput)
  white: WresSurveyGroupInput;

  @Field(() => WresSurveyGroupInput)
  bme: WresSurveyGroupInput;

  @Field(() => WresSurveyGroupsInput, { nullable: true, description: "Optional: the BME result split by group." })
  bmeGroups?: WresSurveyGroupsInput | null;
}

@InputType({ description: "Indicators 5-8 from the NHS Staff Survey." })
export class WresSurveyInput {
  @Field(() => WresSurveyComparisonInput, { description: "5: harassment, bullying or abuse from patients, relatives or the public." })
  harassmentFromPublic: WresSurveyComparisonInput;

  @Field(() => WresSurveyComparisonInput, { description: "6: harassment, bullying or abuse from staff." })
  harassmentFromStaff: WresSurveyComparisonInput;

  @Field(() => WresSurveyComparisonInput, { description: "7: believing the organisation provides equal opportunities for career progression." })
  equalOpportunities: WresSurveyComparisonInput;

  @Field(() => WresSurveyComparisonInput, { description: "8: discrimination from a manager, team leader or colleagues." })
  discrimination: WresSurveyComparisonInput;
}

@InputType({ description: "An organisation's WRES return for a data year: raw counts only; indicators are computed." })
export class SubmitWresReturnInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  year: number;

  @Field(() => [WresWorkforceRowInput])
  workforce: WresWorkforceRowInput[];

  @Field(() => WresShortlistingInput)
  shortlisting: WresShortlistingInput;

  @Field(() => WresDisciplinaryInput)
  disciplinary: WresDisciplinaryInput;

  @Field(() => WresTrainingInput)
  training: WresTrainingInput;

  @Field(() => WresSurveyInput)
  survey: WresSurveyInput;

  @Field(() => EthnicCountsInput, { description: "Indicator 9: board voting members." })
  board: EthnicCountsInput;

  @Field(() => Boolean, { nullable: true, description: "True when the figures come from an uploaded CSV file (recorded as the source)." })
  fromCsv?: boolean | null;
}

@InputType()
export class SetWresTargetInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => WresTargetGroup)
  group: WresTargetGroup;

  @Field(() => Int, { description: "The data year by which the share should be reached." })
  year: number;

  @Field(() => Float, { description: "Target BME share as a fraction in [0, 1] (0.19 = 19%)." })
  share: number;
}

@InputType()
export class RemoveWresTargetInput {
  @Field(() => ID)
  id: string;
}
