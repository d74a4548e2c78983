import { Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Participant } from "../application";
import { Cohort, CohortFacilitator, CohortSession } from "../cohort";
import { Programme } from "../programme";
import {
  AssignLearningSetMemberInput,
  CohortLearningSetsInput,
  CreateLearningSetInput,
  DeleteLearningSetInput,
  DeleteLearningSetPayload,
  FormLearningSetsPayload,
  LearningSetMemberPayload,
  LearningSetPayload,
  RenameLearningSetInput,
  ScheduleLearningSetMeetingsPayload,
  SetActionLearningSetSizeInput,
  SetActionLearningSetSizePayload,
  SetLearningSetFacilitatorInput,
  UnassignLearningSetMemberInput,
} from "./dto/action-learning.dto";
import { LearningSet } from "./learning-set.entity";
import { LearningSetService } from "./learning-set.service";

/** The academy's staff manage sets; the cohort's facilitators read them (the service scopes both). */
const MANAGERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;
const READERS = [Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FACILITATOR] as const;

@Resolver(() => LearningSet)
export class LearningSetResolver {
  constructor(private readonly sets: LearningSetService) {}

  @Allow(...MANAGERS)
  @Mutation(() => LearningSetPayload, { description: "Adds an Action Learning Set to a cohort whose programme has a set size." })
  createLearningSet(@Ctx() ctx: RequestContext, @Arg("input", () => CreateLearningSetInput) input: CreateLearningSetInput): Promise<LearningSetPayload> {
    return this.sets.create(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => LearningSetPayload, { description: "Renames a set (its meetings' titles follow)." })
  renameLearningSet(@Ctx() ctx: RequestContext, @Arg("input", () => RenameLearningSetInput) input: RenameLearningSetInput): Promise<LearningSetPayload> {
    return this.sets.rename(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => LearningSetPayload, { description: "Sets (or clears) the set's facilitator, one of the cohort's; its meetings still to come follow." })
  setLearningSetFacilitator(@Ctx() ctx: RequestContext, @Arg("input", () => SetLearningSetFacilitatorInput) input: SetLearningSetFacilitatorInput): Promise<LearningSetPayload> {
    return this.sets.setFacilitator(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => DeleteLearningSetPayload, { description: "Deletes a set; its members go back to having no set. A set with meetings needs deleteMeetings: true, and the refusal lists them." })
  deleteLearningSet(@Ctx() ctx: RequestContext, @Arg("input", () => DeleteLearningSetInput) input: DeleteLearningSetInput): Promise<DeleteLearningSetPayload> {
    return this.sets.delete(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => LearningSetMemberPayload, { description: "Puts a participant of the set's cohort in the set, moving them from another set of it. Refused when the set is full." })
  assignLearningSetMember(@Ctx() ctx: RequestContext, @Arg("input", () => AssignLearningSetMemberInput) input: AssignLearningSetMemberInput): Promise<LearningSetMemberPayload> {
    return this.sets.assign(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => LearningSetMemberPayload, { description: "Takes a participant out of their set." })
  unassignLearningSetMember(@Ctx() ctx: RequestContext, @Arg("input", () => UnassignLearningSetMemberInput) input: UnassignLearningSetMemberInput): Promise<LearningSetMemberPayload> {
    return this.sets.unassign(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => FormLearningSetsPayload, {
    description:
      "Puts every participant without a set into sets of at most the programme's size: sizes kept within one of each other, colleagues from one organisation spread across the sets. The answer explains the rule and the result.",
  })
  formLearningSets(@Ctx() ctx: RequestContext, @Arg("input", () => CohortLearningSetsInput) input: CohortLearningSetsInput): Promise<FormLearningSetsPayload> {
    return this.sets.form(ctx, input.cohortId);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ScheduleLearningSetMeetingsPayload, {
    description:
      "Creates, for each set with members and each Action Learning Set module of the cohort's curriculum, one meeting (a session of the cohort naming the set), dated from the cohort's session for that module, which the meetings replace. Never duplicates: says what it created and what already existed.",
  })
  scheduleLearningSetMeetings(@Ctx() ctx: RequestContext, @Arg("input", () => CohortLearningSetsInput) input: CohortLearningSetsInput): Promise<ScheduleLearningSetMeetingsPayload> {
    return this.sets.scheduleMeetings(ctx, input.cohortId);
  }

  @Allow(...READERS)
  @FieldResolver(() => Cohort)
  cohort(@Ctx() ctx: RequestContext, @Root() set: LearningSet): Promise<Cohort> {
    return this.sets.cohortOf(ctx, set);
  }

  @Allow(...READERS)
  @FieldResolver(() => CohortFacilitator, { nullable: true, description: "One of the cohort's facilitators; null while none is chosen." })
  facilitator(@Ctx() ctx: RequestContext, @Root() set: LearningSet): Promise<CohortFacilitator | null> {
    return this.sets.facilitatorOf(ctx, set);
  }

  @Allow(...READERS)
  @FieldResolver(() => [Participant], { description: "In the order they joined." })
  members(@Ctx() ctx: RequestContext, @Root() set: LearningSet): Promise<Participant[]> {
    return this.sets.membersOf(ctx, set);
  }

  @Allow(...READERS)
  @FieldResolver(() => Int)
  memberCount(@Ctx() ctx: RequestContext, @Root() set: LearningSet): Promise<number> {
    return this.sets.memberCountOf(ctx, set);
  }

  @Allow(...READERS)
  @FieldResolver(() => Int, { nullable: true, description: "The programme's set size: the most members a set takes." })
  maxMembers(@Ctx() ctx: RequestContext, @Root() set: LearningSet): Promise<number | null> {
    return this.sets.maxMembersOf(ctx, set);
  }

  @Allow(...READERS)
  @FieldResolver(() => [CohortSession], { description: "Its meetings: sessions of the cohort where only its members are expected, by start time." })
  meetings(@Ctx() ctx: RequestContext, @Root() set: LearningSet): Promise<CohortSession[]> {
    return this.sets.meetingsOf(ctx, set);
  }
}

@Resolver(() => Cohort)
export class CohortLearningSetsResolver {
  constructor(private readonly sets: LearningSetService) {}

  @Allow(...READERS)
  @FieldResolver(() => [LearningSet], { nullable: true, description: "The cohort's Action Learning Sets by name: for its academy's staff and its facilitators; null for anyone else." })
  learningSets(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<LearningSet[] | null> {
    return this.sets.setsOf(ctx, cohort);
  }

  @Allow(...READERS)
  @FieldResolver(() => [Participant], { nullable: true, description: "Participants (not withdrawn) in no Action Learning Set yet, in enrolment order; null when the sets aren't yours to see." })
  participantsWithoutLearningSet(@Ctx() ctx: RequestContext, @Root() cohort: Cohort): Promise<Participant[] | null> {
    return this.sets.withoutSetOf(ctx, cohort);
  }
}

@Resolver(() => CohortSession)
export class SessionLearningSetResolver {
  constructor(private readonly sets: LearningSetService) {}

  @Allow(...READERS)
  @FieldResolver(() => LearningSet, { nullable: true, description: "The Action Learning Set this is a meeting of (only its members are expected); null for a session of the whole cohort." })
  learningSet(@Ctx() ctx: RequestContext, @Root() session: CohortSession): Promise<LearningSet | null> {
    return this.sets.setOfSession(ctx, session);
  }
}

@Resolver(() => Programme)
export class ProgrammeLearningSetsResolver {
  constructor(private readonly sets: LearningSetService) {}

  @Allow(...READERS)
  @FieldResolver(() => Int, { nullable: true, description: "The most members an Action Learning Set of this programme takes (6 for the South East programme); null when it doesn't use sets." })
  actionLearningSetSize(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<number | null> {
    return this.sets.sizeOf(ctx, programme);
  }

  @Allow(...MANAGERS)
  @Mutation(() => SetActionLearningSetSizePayload, { description: "Sets the programme's Action Learning Set size (2 to 20), or null when it doesn't use sets. Existing sets are kept." })
  setActionLearningSetSize(@Ctx() ctx: RequestContext, @Arg("input", () => SetActionLearningSetSizeInput) input: SetActionLearningSetSizeInput): Promise<SetActionLearningSetSizePayload> {
    return this.sets.setSize(ctx, input);
  }
}
