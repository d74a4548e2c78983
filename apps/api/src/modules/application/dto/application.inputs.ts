import { AfcBand, ApplicationStatus, EndorsementStatus, MedicalGrade, StaffGroup } from "@ascent/domain";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Who is applying. Give organisationId when the employer is in the organisations list, else organisationName." })
export class ApplicantInput {
  @Field()
  name: string;

  @Field({ description: "Work email: the confirmation and the private status link go here." })
  email: string;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "The employer as typed, when it is not in the list." })
  organisationName?: string | null;

  @Field()
  jobTitle: string;

  @Field(() => StaffGroup, { nullable: true, description: "Required; nullable so that a missing answer comes back as a userError beside the field." })
  staffGroup?: StaffGroup | null;

  @Field(() => AfcBand, { nullable: true, description: "Agenda for Change band; or medicalGrade." })
  band?: AfcBand | null;

  @Field(() => MedicalGrade, { nullable: true })
  medicalGrade?: MedicalGrade | null;
}

@InputType()
export class AnswerInput {
  @Field({ description: "The key of one of the programme's applicationQuestions." })
  questionKey: string;

  @Field()
  value: string;
}

@InputType({ description: "For a positive-action programme: the applicant's own declaration, with its consent (the programme's wording)." })
export class PositiveActionDeclarationInput {
  @Field({ description: "The applicant declares the programme's statement (identifies as Black, Asian or minority ethnic)." })
  declared: boolean;

  @Field({ description: "The applicant agrees to the declaration's use as the programme's consent text says." })
  consent: boolean;
}

@InputType()
export class LineManagerInput {
  @Field()
  name: string;

  @Field()
  email: string;
}

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID)
  cohortId: string;

  @Field(() => ApplicantInput)
  applicant: ApplicantInput;

  @Field(() => [AnswerInput], { nullable: true, description: "Answers to the programme's applicationQuestions." })
  answers?: AnswerInput[] | null;

  @Field(() => PositiveActionDeclarationInput, { nullable: true })
  positiveActionDeclaration?: PositiveActionDeclarationInput | null;

  @Field(() => LineManagerInput, { nullable: true, description: "Required when the programme asks for the line manager's support." })
  lineManager?: LineManagerInput | null;

  @Field(() => Boolean, { nullable: true, description: "For programmes that need a mentor or coach before the start." })
  mentorOrCoachIdentified?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "The applicant agrees to be asked about their career at 6, 12 and 24 months, even if they don't get a place (career outcomes)." })
  followUpConsent?: boolean | null;

  @Field({ description: "Made by the form (e.g. a UUID) once per application; a repeat with the same key returns the first result and changes nothing." })
  idempotencyKey: string;
}

@InputType({ description: "The applicant acts with the token from their private link." })
export class ApplicantTokenInput {
  @Field()
  token: string;
}

@InputType()
export class ApplicantWithdrawInput extends ApplicantTokenInput {
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class DeclineOfferInput extends ApplicantTokenInput {
  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType()
export class EndorseApplicationInput {
  @Field({ description: "The token from the line manager's link." })
  token: string;

  @Field({ description: "true to endorse (support) the application, false to decline." })
  endorse: boolean;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType()
export class ApplicationIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class StaffDecisionInput {
  @Field(() => ID)
  id: string;

  @Field({ description: "Kept on the application's timeline and told to the applicant." })
  reason: string;
}

@InputType()
export class CohortApplicationSettingsInput {
  @Field(() => ID)
  cohortId: string;

  @Field(() => Int, { nullable: true })
  holdDays?: number | null;

  @Field(() => Int, { nullable: true })
  offerResponseDays?: number | null;
}

@InputType()
export class ApplicationFilter {
  @Field(() => ID, { nullable: true })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true, description: "The applicant's employer. Partner tokens only ever see their own organisation." })
  organisationId?: string | null;

  @Field(() => [ApplicationStatus], { nullable: true })
  status?: ApplicationStatus[] | null;

  @Field(() => [EndorsementStatus], { nullable: true, description: "Academy staff only." })
  endorsementStatus?: EndorsementStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  eligible?: boolean | null;

  @Field(() => String, { nullable: true, description: "Academy staff only: part of the reference, name or email." })
  search?: string | null;
}
