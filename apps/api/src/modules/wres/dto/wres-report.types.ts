import { BmeGroup, DetailedEthnicGroup, DisclosureStatus, IndicatorKind, IndicatorNullReason, NhsRegion, Parity, WresTargetGroup } from "@ascent/domain";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { WresDisclosureLevel } from "../wres-access";
import type { WresReturn } from "../wres-return.entity";
import { WresTarget } from "../wres-target.entity";

@ObjectType({ description: "A named whole-number count behind an indicator; value null when disclosure control suppressed it." })
export class IndicatorCount {
  @Field({ description: "e.g. referenceEvents, focusTotal, focus, total, comparatorFocus." })
  name: string;

  @Field(() => Int, { nullable: true })
  value: number | null;
}

@ObjectType({
  description:
    "One figure of a report: an indicator (WRES2) or one of its rows (WRES1.CLINICAL.BAND_5, WRES5.BME). " +
    "Ratios are plain (1 = parity); proportions and shares are fractions; differences are differences of fractions.",
})
export class WresIndicator {
  @Field({ description: "WRES2, WRES5.BME, WRES1.NON_CLINICAL.BAND_8A." })
  code: string;

  @Field({ description: "The indicator this figure belongs to, e.g. WRES1." })
  metricCode: string;

  @Field()
  label: string;

  @Field(() => IndicatorKind)
  kind: IndicatorKind;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true, description: "Lower bound of the confidence interval." })
  lower: number | null;

  @Field(() => Float, { nullable: true, description: "Upper bound of the confidence interval." })
  upper: number | null;

  @Field(() => Parity, { nullable: true, description: "How the interval sits against the parity band; null for proportions." })
  parity: Parity | null;

  @Field({ description: "True when disclosure control withheld the value (an input count was 1-7)." })
  suppressed: boolean;

  @Field(() => IndicatorNullReason, { nullable: true, description: "Why value is null." })
  reason: IndicatorNullReason | null;

  @Field(() => DisclosureStatus, { description: "RAW for the data's owners, else CONTROLLED (suppressed and rounded)." })
  disclosure: DisclosureStatus;

  @Field(() => [IndicatorCount])
  counts: IndicatorCount[];

  @Field(() => String, { nullable: true, description: "The value as text: 3.21, 14.7%, -0.64 pp." })
  formatted: string | null;

  @Field(() => Float)
  confidenceLevel: number;

  @Field(() => Float, { nullable: true, description: "Lower edge of the parity band the interval was judged against." })
  parityBandLower: number | null;

  @Field(() => Float, { nullable: true })
  parityBandUpper: number | null;
}

@ObjectType({ description: "An organisation's WRES indicators for one year, with disclosure control applied for anyone but its owners." })
export class WresReport {
  @Field(() => ID)
  organisationId: string;

  /** Database id, for field resolvers. */
  organisationUuid: string;

  @Field(() => Int)
  year: number;

  @Field(() => DisclosureStatus, { description: "RAW when you own the data, CONTROLLED otherwise." })
  disclosure: DisclosureStatus;

  @Field()
  submittedAt: Date;

  @Field(() => [WresIndicator])
  indicators: WresIndicator[];

  /** The return behind the report; the wresReturn field shows it to the data's owners only. */
  source: WresReturn;

  /** Who is looking: the disclosure level every figure of this report was released at. */
  level: WresDisclosureLevel;
}

@ObjectType({
  description:
    "Indicators over every current return of a year, England or one region: counts summed, then computed, then released to you " +
    "by the rules for aggregates (docs/wres-and-disclosure.md).",
})
export class WresBenchmark {
  @Field(() => Int)
  year: number;

  @Field(() => NhsRegion, { nullable: true, description: "Null for England." })
  region: NhsRegion | null;

  @Field({ description: "England or the region's name." })
  name: string;

  @Field(() => Int, { description: "How many organisations' returns were added together." })
  organisationCount: number;

  @Field(() => DisclosureStatus, {
    description: "RAW when you own every organisation in it (administrators), else CONTROLLED (NATIONAL is no longer given: England is controlled too).",
  })
  disclosure: DisclosureStatus;

  @Field({
    description:
      "True when no figure is shown: it holds fewer than minimumOrganisations organisations besides your own, or (a region) " +
      "England minus the regions shown would leave fewer than that. Every value and count is then null.",
  })
  withheld: boolean;

  @Field(() => Int, {
    description: "The fewest organisations besides your own an aggregate must hold to be shown, and must contribute to a count for it to be shown (a setting; default 3).",
  })
  minimumOrganisations: number;

  @Field(() => [WresIndicator])
  indicators: WresIndicator[];
}

@ObjectType()
export class WresTrendPoint {
  @Field(() => Int)
  year: number;

  @Field(() => WresIndicator, { nullable: true, description: "The organisation's figure; null when it has no return for the year." })
  organisation: WresIndicator | null;

  @Field(() => WresIndicator, { nullable: true, description: "England's figure for the year, released by the rules for aggregates (suppressed when withheld)." })
  england: WresIndicator | null;

  @Field(() => WresIndicator, { nullable: true, description: "The organisation's region's figure, released by the rules for aggregates." })
  region: WresIndicator | null;
}

@ObjectType({ description: "One indicator across years for an organisation, with England and its region alongside." })
export class WresTrend {
  @Field(() => ID)
  organisationId: string;

  @Field()
  code: string;

  @Field(() => NhsRegion, { nullable: true })
  region: NhsRegion | null;

  @Field(() => [WresTrendPoint])
  points: WresTrendPoint[];
}

@ObjectType({ description: "Progress against a Model Employer aspiration, from a year's return." })
export class WresTargetProgress {
  @Field(() => WresTarget)
  target: WresTarget;

  @Field(() => Int, { description: "The data year the actual share comes from." })
  year: number;

  @Field(() => WresIndicator, { description: "The actual BME share of the group (REPRESENTATION), disclosure-controlled for non-owners." })
  actual: WresIndicator;

  @Field(() => Float, { nullable: true, description: "target share minus actual share (fractions); null when the actual share is not shown." })
  gap: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the actual share has reached the target; null when not shown." })
  met: boolean | null;
}

@ObjectType({ description: "A problem in an uploaded WRES CSV file." })
export class WresCsvIssue {
  @Field(() => Int, { nullable: true, description: "Line number in the file (1-based); null for a problem with the whole file." })
  row: number | null;

  @Field(() => String, { nullable: true, description: "Column name from the header row." })
  column: string | null;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: "Where in the return the figure goes, e.g. shortlisting.appointed.bme." })
  path: string | null;
}

@ObjectType({ description: "A CSV file checked on the server: every problem, or the indicators it would give. Nothing is saved." })
export class WresCsvPreview {
  @Field()
  valid: boolean;

  @Field(() => Int)
  dataRows: number;

  @Field(() => [WresCsvIssue])
  issues: WresCsvIssue[];

  @Field(() => [WresIndicator], { description: "The indicators from the file (empty when it has problems)." })
  indicators: WresIndicator[];
}

@ObjectType({ description: "One broad group (Asian, Black, Mixed, Other) compared with white staff, indicator by indicator." })
export class WresGroupIndicators {
  @Field(() => BmeGroup)
  group: BmeGroup;

  @Field({ description: "The data dictionary's name of the group, e.g. Black or Black British." })
  label: string;

  @Field(() => [WresIndicator], {
    description:
      "The WRES indicators with this group in place of all BME staff: WRES2-4 relative likelihoods, WRES5-8 differences (and WRES5.<GROUP>, WRES5.WHITE rates), " +
      "WRES9, and the WRES1 shares of each band and grade (the band pipeline). Same intervals, parity and disclosure control as the WRES report.",
  })
  indicators: WresIndicator[];
}

@ObjectType({ description: "One ethnic group's share of a level of staff (the whole workforce, bands 1-5, bands 6-7, band 8a and above, VSM, the board)." })
export class WresGroupShare {
  @Field(() => WresTargetGroup)
  level: WresTargetGroup;

  @Field({ description: "The level's name, e.g. Band 8a and above (including VSM)." })
  levelLabel: string;

  @Field(() => DetailedEthnicGroup)
  group: DetailedEthnicGroup;

  @Field({ description: "The group's short name: White, Asian, Black, Mixed, Other, Unknown." })
  label: string;

  @Field(() => WresIndicator, { description: "The share (REPRESENTATION, a fraction) with its Wilson interval; counts focus and total." })
  share: WresIndicator;
}

@ObjectType({
  description:
    "Figures by broad ethnic group, from returns that split BME staff by group (docs/wres-by-group.md). " +
    "For a benchmark: summed over the organisations that gave the split, released by the same rules as the benchmark.",
})
export class WresGroupBreakdown {
  @Field(() => Int, { description: "How many organisations' returns split BME staff by group and are added here (1 for an organisation's report)." })
  organisationCount: number;

  @Field(() => Int, { description: "How many organisations' returns there are in all (the benchmark's organisationCount; 1 for a report)." })
  returnCount: number;

  @Field(() => DisclosureStatus)
  disclosure: DisclosureStatus;

  @Field({
    description:
      "True when no group figure is shown: too few organisations besides your own gave the split, or the organisations that did not give it " +
      "(or are outside a region) would be one or two trusts beside a figure you can see. Every value and count is then null.",
  })
  withheld: boolean;

  @Field(() => [WresGroupIndicators])
  groups: WresGroupIndicators[];

  @Field(() => [WresGroupShare], {
    description: "Representation in senior roles by group, level by level (the whole workforce first, to compare), each level's groups in the order White, Asian, Black, Mixed, Other, Unknown.",
  })
  seniorRoles: WresGroupShare[];
}
