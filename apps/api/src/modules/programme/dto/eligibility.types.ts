import { AfcBand, EligibilityRequirement, EligibilityRuleKind, EthnicityCriterion, MedicalGrade, StaffGroup } from "@ascent/domain";
import { Field, ID, InputType, ObjectType } from "type-graphql";

@ObjectType("EligibilityRules", { description: "Who a programme or track is for. Null or empty fields are not a rule (on a track: inherited from the programme)." })
export class EligibilityRulesType {
  @Field(() => [AfcBand], { nullable: true, description: "Agenda for Change bands admitted (with medicalGrades: a band here OR a grade there)." })
  bands?: AfcBand[] | null;

  @Field(() => [MedicalGrade], { nullable: true })
  medicalGrades?: MedicalGrade[] | null;

  @Field(() => [StaffGroup], { nullable: true })
  staffGroups?: StaffGroup[] | null;

  @Field(() => EthnicityCriterion, { nullable: true, description: "Positive action for Black, Asian and minority ethnic staff, or open to all." })
  ethnicity?: EthnicityCriterion | null;

  @Field(() => Boolean, { nullable: true, description: "Only staff of the owning academy's member organisations." })
  memberOrganisationsOnly?: boolean | null;

  @Field(() => [EligibilityRequirement], { nullable: true })
  requirements?: EligibilityRequirement[] | null;
}

@InputType("EligibilityRulesInput", { description: "Omit or null a field for no rule (on a track: to inherit the programme's)." })
export class EligibilityRulesInput {
  @Field(() => [AfcBand], { nullable: true })
  bands?: AfcBand[] | null;

  @Field(() => [MedicalGrade], { nullable: true })
  medicalGrades?: MedicalGrade[] | null;

  @Field(() => [StaffGroup], { nullable: true })
  staffGroups?: StaffGroup[] | null;

  @Field(() => EthnicityCriterion, { nullable: true })
  ethnicity?: EthnicityCriterion | null;

  @Field(() => Boolean, { nullable: true })
  memberOrganisationsOnly?: boolean | null;

  @Field(() => [EligibilityRequirement], { nullable: true })
  requirements?: EligibilityRequirement[] | null;
}

@InputType({ description: "What an applicant says about themselves; omitted answers count as not given." })
export class EligibilityApplicantInput {
  @Field(() => AfcBand, { nullable: true })
  band?: AfcBand | null;

  @Field(() => MedicalGrade, { nullable: true })
  medicalGrade?: MedicalGrade | null;

  @Field(() => StaffGroup, { nullable: true })
  staffGroup?: StaffGroup | null;

  @Field(() => Boolean, { nullable: true, description: "The applicant's own declaration, for positive-action programmes." })
  identifiesAsBlackAsianOrMinorityEthnic?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The applicant's employer, for member-organisations-only programmes." })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true })
  lineManagerSupports?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  mentorOrCoachIdentified?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  equalityMonitoringFormCompleted?: boolean | null;
}

@ObjectType()
export class EligibilityReason {
  @Field(() => EligibilityRuleKind)
  rule: EligibilityRuleKind;

  @Field()
  met: boolean;

  @Field({ description: "A plain-English sentence, e.g. \"You are at band 6, and the programme is for Agenda for Change bands 5, 6 and 7.\"" })
  explanation: string;
}

@ObjectType()
export class EligibilityResult {
  @Field()
  eligible: boolean;

  @Field(() => [EligibilityReason])
  reasons: EligibilityReason[];
}
