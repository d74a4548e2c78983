import { Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { Participant } from "../application";
import { EndMentoringInput, MentoringLengthReport, MentoringRelationshipPayload, PairMentorInput, RecordMentoringCheckInInput, RecordMentoringCheckInPayload } from "./dto/relationship.dto";
import { Mentor } from "./mentor.entity";
import { MentoringCheckIn } from "./mentoring-check-in.entity";
import { MentoringRelationship } from "./mentoring-relationship.entity";
import { MentoringService } from "./mentoring.service";

const ACADEMY_STAFF = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

@Resolver(() => MentoringRelationship)
export class MentoringRelationshipResolver {
  constructor(private readonly mentoring: MentoringService) {}

  @Allow(...ACADEMY_STAFF)
  @Mutation(() => MentoringRelationshipPayload, {
    description: "Pairs a participant with a mentor or coach from their programme's academy directory. Refused when the mentor is full, the participant already has one, or they work at the same organisation without a reason.",
  })
  pairMentor(@Ctx() ctx: RequestContext, @Arg("input", () => PairMentorInput) input: PairMentorInput): Promise<MentoringRelationshipPayload> {
    return this.mentoring.pair(ctx, input);
  }

  @Allow(...ACADEMY_STAFF)
  @Mutation(() => MentoringRelationshipPayload, { description: "Ends a pairing on its last day, with the reason." })
  endMentoring(@Ctx() ctx: RequestContext, @Arg("input", () => EndMentoringInput) input: EndMentoringInput): Promise<MentoringRelationshipPayload> {
    return this.mentoring.end(ctx, input);
  }

  @Allow(...ACADEMY_STAFF)
  @Mutation(() => RecordMentoringCheckInPayload, { description: "Records a meeting of a pair, with a note only the academy's staff see." })
  recordMentoringCheckIn(@Ctx() ctx: RequestContext, @Arg("input", () => RecordMentoringCheckInInput) input: RecordMentoringCheckInInput): Promise<RecordMentoringCheckInPayload> {
    return this.mentoring.recordCheckIn(ctx, input);
  }

  @Allow(...ACADEMY_STAFF)
  @FieldResolver(() => Mentor, { nullable: true })
  mentor(@Ctx() ctx: RequestContext, @Root() relationship: MentoringRelationship): Promise<Mentor | null> {
    return this.mentoring.mentorOf(ctx, relationship);
  }

  @Allow(...ACADEMY_STAFF)
  @FieldResolver(() => Participant, { nullable: true })
  participant(@Ctx() ctx: RequestContext, @Root() relationship: MentoringRelationship): Promise<Participant | null> {
    return this.mentoring.participantOf(ctx, relationship);
  }

  @Allow(...ACADEMY_STAFF)
  @FieldResolver(() => MentoringLengthReport, { nullable: true, description: "Against the programme's minimum length, with a warning (AT_RISK) when its planned end comes too soon." })
  length(@Ctx() ctx: RequestContext, @Root() relationship: MentoringRelationship): Promise<MentoringLengthReport | null> {
    return this.mentoring.lengthOf(ctx, relationship);
  }

  @Allow(...ACADEMY_STAFF)
  @FieldResolver(() => [MentoringCheckIn], { nullable: true, description: "Recorded meetings, the latest first." })
  checkIns(@Ctx() ctx: RequestContext, @Root() relationship: MentoringRelationship): Promise<MentoringCheckIn[] | null> {
    return this.mentoring.checkInsOf(ctx, relationship);
  }
}
