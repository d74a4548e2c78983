import { Role } from "@ascent/domain";
import { Arg, Ctx, FieldResolver, Float, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { User } from "../user";
import { ApplicationBulkActions } from "./application-bulk";
import { ApplicationScore } from "./application-score.entity";
import { Application } from "./application.entity";
import { ActOnApplicationsInput, ActOnApplicationsPayload, CriterionScore, ScoreApplicationInput, ScoreApplicationPayload } from "./dto/panel.dto";
import { PanelService } from "./panel.service";

const MANAGERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

/** Panel scores on an application, and the staff's bulk actions. */
@Resolver(() => Application)
export class ApplicationPanelResolver {
  constructor(
    private readonly panel: PanelService,
    private readonly bulk: ApplicationBulkActions,
  ) {}

  @Allow(...MANAGERS)
  @Mutation(() => ScoreApplicationPayload, {
    description: "The signed-in reviewer scores an application of a panel selection cohort against the programme's criteria; scoring again replaces their earlier score. The mean of the reviewers' totals ranks the panel and the waiting list.",
  })
  scoreApplication(@Ctx() ctx: RequestContext, @Arg("input", () => ScoreApplicationInput) input: ScoreApplicationInput): Promise<ScoreApplicationPayload> {
    return this.panel.score(ctx, input);
  }

  @Allow(...MANAGERS)
  @Mutation(() => ActOnApplicationsPayload, {
    description: "One action on several applications, each in its own transaction, with a result per application. Every application must be the caller's to act on, else nothing is done (NOT_FOUND or FORBIDDEN).",
  })
  actOnApplications(@Ctx() ctx: RequestContext, @Arg("input", () => ActOnApplicationsInput) input: ActOnApplicationsInput): Promise<ActOnApplicationsPayload> {
    return this.bulk.act(ctx, input);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => [ApplicationScore], { description: "Panel selection: each reviewer's score, first scored first." })
  panelScores(@Ctx() ctx: RequestContext, @Root() application: Application): Promise<ApplicationScore[]> {
    return this.panel.scoresOf(ctx, application);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => Float, { nullable: true, description: "Panel selection: the mean of the reviewers' totals; null until scored." })
  meanScore(@Root() application: Application): number | null {
    return application.panelScore;
  }
}

@Resolver(() => ApplicationScore)
export class ApplicationScoreResolver {
  constructor(private readonly panel: PanelService) {}

  @Allow(...MANAGERS)
  @FieldResolver(() => User, { nullable: true, description: "Who scored." })
  reviewer(@Ctx() ctx: RequestContext, @Root() score: ApplicationScore): Promise<User | null> {
    return ctx.loaders.userById.load(score.reviewerId);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => [CriterionScore], { description: "Per criterion, in the programme's order." })
  scores(@Ctx() ctx: RequestContext, @Root() score: ApplicationScore): Promise<CriterionScore[]> {
    return this.panel.criterionScores(ctx, score);
  }

  @Allow(...MANAGERS)
  @FieldResolver(() => String, { nullable: true, description: "The reviewer's reasons (erased with the applicant)." })
  comment(@Root() score: ApplicationScore): string | null {
    return score.comment;
  }
}
