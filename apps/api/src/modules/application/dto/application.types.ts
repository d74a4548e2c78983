import { ApplicationActor, ApplicationStatus, EligibilityRuleKind, EndorsementStatus, TransitionReason } from "@ascent/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection";
import { UserError } from "../../../graphql/user-error";
import { Cohort } from "../../cohort";
import { Application } from "../application.entity";
import { CohortApplicationSettings } from "../cohort-application-settings.entity";
import { Participant } from "../participant.entity";

@ObjectType()
export class ApplicationConnection extends ConnectionType(Application, "Application") {}

@ObjectType()
export class ParticipantConnection extends ConnectionType(Participant, "Participant") {}

@ObjectType({ description: "An answer to one of the programme's questions." })
export class ApplicationAnswer {
  @Field()
  questionKey: string;

  @Field({ description: "The question as the programme asks it now (the key if it has been removed since)." })
  question: string;

  @Field()
  value: string;
}

@ObjectType("ApplicationEligibilityReason")
export class ApplicationEligibilityReason {
  @Field(() => EligibilityRuleKind)
  rule: EligibilityRuleKind;

  @Field()
  met: boolean;

  @Field()
  explanation: string;
}

@ObjectType({ description: "The line manager's endorsement of an application." })
export class Endorsement {
  @Field(() => EndorsementStatus)
  status: EndorsementStatus;

  @Field(() => String, { nullable: true })
  lineManagerName: string | null;

  @Field(() => String, { nullable: true })
  lineManagerEmail: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true })
  requestedAt: Date | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Int)
  remindersSent: number;
}

@ObjectType({ description: "What an ineligible applicant is told: who the cohort is for." })
export class IneligibilityExplanation {
  @Field()
  title: string;

  @Field(() => [String])
  lines: string[];
}

@ObjectType({ description: "A step of the applicant's own timeline." })
export class ApplicantTimelineEntry {
  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field(() => TransitionReason)
  reason: TransitionReason;

  @Field(() => ApplicationActor)
  actor: ApplicationActor;

  @Field()
  occurredAt: Date;
}

@ObjectType({ description: "An application as its applicant sees it through their private link." })
export class ApplicationStatusView {
  @Field()
  reference: string;

  @Field(() => ApplicationStatus)
  status: ApplicationStatus;

  @Field()
  receivedAt: Date;

  @Field(() => Cohort)
  cohort: Cohort;

  @Field(() => String, { nullable: true, description: "Null once erased." })
  applicantName: string | null;

  @Field(() => Int, { nullable: true, description: "1 is next in line; null when not waiting." })
  waitlistPosition: number | null;

  @Field(() => Date, { nullable: true })
  holdExpiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  offerExpiresAt: Date | null;

  @Field(() => EndorsementStatus)
  endorsementStatus: EndorsementStatus;

  @Field(() => String, { nullable: true })
  lineManagerName: string | null;

  @Field()
  canWithdraw: boolean;

  @Field({ description: "An offer is open: accept or decline it." })
  canRespondToOffer: boolean;

  @Field(() => IneligibilityExplanation, { nullable: true })
  ineligibility: IneligibilityExplanation | null;

  @Field(() => [ApplicantTimelineEntry])
  timeline: ApplicantTimelineEntry[];

  @Field({ description: "When the link used to see this stops working." })
  linkExpiresAt: Date;
}

@ObjectType({ description: "An endorsement request as the line manager sees it through their link." })
export class EndorsementRequestView {
  @Field(() => String, { nullable: true })
  applicantName: string | null;

  @Field(() => String, { nullable: true })
  applicantJobTitle: string | null;

  @Field(() => String, { nullable: true })
  applicantOrganisation: string | null;

  @Field(() => String, { nullable: true })
  lineManagerName: string | null;

  @Field(() => Cohort)
  cohort: Cohort;

  @Field(() => EndorsementStatus)
  status: EndorsementStatus;

  @Field(() => ApplicationStatus)
  applicationStatus: ApplicationStatus;

  @Field({ description: "The manager can still endorse or decline." })
  canDecide: boolean;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => Date, { nullable: true })
  holdExpiresAt: Date | null;

  @Field()
  linkExpiresAt: Date;
}

@ObjectType()
export class SubmitApplicationPayload {
  @Field(() => ApplicationStatusView, { nullable: true })
  application: ApplicationStatusView | null;

  @Field(() => String, { nullable: true, description: "The token of the applicant's private status link (also emailed)." })
  statusToken: string | null;

  @Field(() => String, { nullable: true, description: "The private status page's address (also emailed)." })
  statusUrl: string | null;

  @Field({ description: "True when this idempotency key had been used: the first result is returned and nothing changed." })
  replayed: boolean;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ApplicantActionPayload {
  @Field(() => ApplicationStatusView, { nullable: true })
  application: ApplicationStatusView | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class EndorseApplicationPayload {
  @Field(() => EndorsementRequestView, { nullable: true })
  endorsement: EndorsementRequestView | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ApplicationPayload {
  @Field(() => Application, { nullable: true })
  application: Application | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CohortApplicationSettingsPayload {
  @Field(() => CohortApplicationSettings, { nullable: true })
  settings: CohortApplicationSettings | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "How a cohort's places stand right now." })
export class CohortPlaceCounts {
  @Field(() => Int, { description: "Held while a line manager is asked." })
  held: number;

  @Field(() => Int)
  offered: number;

  @Field(() => Int)
  accepted: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int, { description: "Received for panel selection, not yet decided." })
  underReview: number;

  @Field(() => Int, { description: "Endorsements still awaited, on held places or the waiting list." })
  awaitingEndorsement: number;
}

@ObjectType({ description: "An employer an applicant can choose on the public form: names only." })
export class EmployerChoice {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
