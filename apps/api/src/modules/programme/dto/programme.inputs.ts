import { DeliveryMode, ModuleKind, ProgrammeStatus } from "@ascent/domain";
import { Field, ID, InputType, Int } from "type-graphql";
import { EligibilityRulesInput } from "./eligibility.types";

@InputType()
export class ModuleTemplateInput {
  @Field()
  title: string;

  @Field(() => ModuleKind)
  kind: ModuleKind;

  @Field(() => Int, { description: "Scheduled days, 1 to 30; 0 only for MENTORING, SELF_DIRECTED or EVALUATION (no sessions)." })
  lengthDays: number;

  @Field(() => DeliveryMode, { nullable: true })
  deliveryMode?: DeliveryMode | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class TrackInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => EligibilityRulesInput, { nullable: true, description: "Only the rules that differ from the programme's." })
  eligibility?: EligibilityRulesInput | null;

  @Field(() => [ModuleTemplateInput], { nullable: true, description: "The track's own modules, in order." })
  modules?: ModuleTemplateInput[] | null;
}

@InputType()
export class CreateProgrammeInput {
  @Field(() => ID, { description: "The owning academy (an organisation of kind ACADEMY)." })
  academyId: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  aims?: string[] | null;

  @Field(() => [String], { nullable: true })
  learningOutcomes?: string[] | null;

  @Field(() => [String], { nullable: true })
  benefits?: string[] | null;

  @Field(() => [DeliveryMode], { nullable: true })
  deliveryModes?: DeliveryMode[] | null;

  @Field({ description: "As people say it, e.g. \"2 to 3 months\"." })
  duration: string;

  @Field(() => [String], { nullable: true })
  commitments?: string[] | null;

  @Field(() => [String], { nullable: true })
  targetRoles?: string[] | null;

  @Field(() => EligibilityRulesInput, { nullable: true })
  eligibility?: EligibilityRulesInput | null;

  @Field(() => [ModuleTemplateInput], { nullable: true, description: "Modules every cohort follows, whatever its track, in order." })
  modules?: ModuleTemplateInput[] | null;

  @Field(() => [TrackInput], { nullable: true, description: "Tracks (for example by band), in order." })
  tracks?: TrackInput[] | null;
}

@InputType({ description: "Omitted fields stay as they are. modules, when given, replaces the shared curriculum." })
export class UpdateProgrammeInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [String], { nullable: true })
  aims?: string[] | null;

  @Field(() => [String], { nullable: true })
  learningOutcomes?: string[] | null;

  @Field(() => [String], { nullable: true })
  benefits?: string[] | null;

  @Field(() => [DeliveryMode], { nullable: true })
  deliveryModes?: DeliveryMode[] | null;

  @Field(() => String, { nullable: true })
  duration?: string | null;

  @Field(() => [String], { nullable: true })
  commitments?: string[] | null;

  @Field(() => [String], { nullable: true })
  targetRoles?: string[] | null;

  @Field(() => EligibilityRulesInput, { nullable: true })
  eligibility?: EligibilityRulesInput | null;

  @Field(() => [ModuleTemplateInput], { nullable: true })
  modules?: ModuleTemplateInput[] | null;
}

@InputType()
export class ProgrammeIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class CreateTrackInput extends TrackInput {
  @Field(() => ID)
  programmeId: string;
}

@InputType({ description: "Omitted fields stay as they are; eligibility null inherits everything from the programme; modules, when given, replaces the track's modules." })
export class UpdateTrackInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => EligibilityRulesInput, { nullable: true })
  eligibility?: EligibilityRulesInput | null;

  @Field(() => [ModuleTemplateInput], { nullable: true })
  modules?: ModuleTemplateInput[] | null;
}

@InputType()
export class ProgrammeFilter {
  @Field(() => ID, { nullable: true })
  academyId?: string | null;

  @Field(() => [ProgrammeStatus], { nullable: true, description: "Anonymous callers and partners only ever see PUBLISHED." })
  status?: ProgrammeStatus[] | null;

  @Field(() => String, { nullable: true, description: "Matches part of the title or summary." })
  search?: string | null;
}
