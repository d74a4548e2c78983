import { Audience, Role } from "@ascent/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../../graphql/auth-checker";
import type { RequestContext } from "../../graphql/context";
import { ConnectionArgs } from "../../graphql/relay/connection-args";
import { Programme } from "../programme";
import { EvaluationForm, SubmitEvaluationInput, SubmitEvaluationPayload } from "./dto/answering.dto";
import {
  CreateQuestionnaireInput,
  CreateQuestionnairePayload,
  CreateQuestionTemplateInput,
  CreateQuestionTemplatePayload,
  EvaluationQuestionTemplateConnection,
  EvaluationRoundInput,
  EvaluationRoundPayload,
} from "./dto/builder.dto";
import { EvaluationResults } from "./dto/results.dto";
import type { EvaluationAnsweringService } from "./evaluation-answering.service";
import type { EvaluationBuilderService } from "./evaluation-builder.service";
import type { EvaluationResultsService } from "./evaluation-results.service";
import type { EvaluationSender } from "./evaluation-sending";
import { EvaluationQuestion, Questionnaire } from "./questionnaire.entity";

const OWNERS = [Role.ADMIN, Role.PROGRAMME_MANAGER] as const;

@Resolver()
export class EvaluationResolver {
  constructor(
    private readonly builder: EvaluationBuilderService,
    private readonly sender: EvaluationSender,
    private readonly answering: EvaluationAnsweringService,
    private readonly reports: EvaluationResultsService,
  ) {}

  @Allow(...OWNERS)
  @Query(() => EvaluationQuestionTemplateConnection, { description: "The bank of evaluation questions: every academy's for administrators, their own academy's for programme managers; oldest first." })
  questionTemplates(@Ctx() ctx: RequestContext, @Args(() => ConnectionArgs) args: ConnectionArgs, @Arg("academyId", () => ID, { nullable: true }) academyId?: string | null): Promise<EvaluationQuestionTemplateConnection> {
    return this.builder.listTemplates(ctx, args, academyId);
  }

  @Allow(...OWNERS)
  @Mutation(() => CreateQuestionTemplatePayload, { description: "Adds a question (a 1-5 scale with labelled ends, or free text) to an academy's bank." })
  createQuestionTemplate(@Ctx() ctx: RequestContext, @Arg("input", () => CreateQuestionTemplateInput) input: CreateQuestionTemplateInput): Promise<CreateQuestionTemplatePayload> {
    return this.builder.createTemplate(ctx, input);
  }

  @Allow(...OWNERS)
  @Mutation(() => CreateQuestionnairePayload, { description: "Builds a programme's questionnaire for one point from questions in its academy's bank." })
  createQuestionnaire(@Ctx() ctx: RequestContext, @Arg("input", () => CreateQuestionnaireInput) input: CreateQuestionnaireInput): Promise<CreateQuestionnairePayload> {
    return this.builder.createQuestionnaire(ctx, input);
  }

  @Allow(...OWNERS)
  @Mutation(() => EvaluationRoundPayload, { description: "Sends a questionnaire to a cohort now rather than when its time comes; each participant is invited once, however often this runs." })
  sendEvaluation(@Ctx() ctx: RequestContext, @Arg("input", () => EvaluationRoundInput) input: EvaluationRoundInput): Promise<EvaluationRoundPayload> {
    return this.sender.sendNow(ctx, input);
  }

  @Allow(...OWNERS)
  @Mutation(() => EvaluationRoundPayload, { description: "Ends answering for a cohort now; its results can then be shown." })
  closeEvaluation(@Ctx() ctx: RequestContext, @Arg("input", () => EvaluationRoundInput) input: EvaluationRoundInput): Promise<EvaluationRoundPayload> {
    return this.sender.close(ctx, input);
  }

  @Allow(...OWNERS)
  @Query(() => EvaluationResults, { description: "A programme's evaluation results, or one cohort's, always after disclosure control; comments for the owning academy's staff and administrators." })
  evaluationResults(@Ctx() ctx: RequestContext, @Arg("programmeId", () => ID) programmeId: string, @Arg("cohortId", () => ID, { nullable: true }) cohortId?: string | null): Promise<EvaluationResults> {
    return this.reports.results(ctx, programmeId, cohortId);
  }

  @Allow(Audience.PUBLIC)
  @Query(() => EvaluationForm, { description: "A participant's questionnaire through their private link, with their answers so far. A bad, expired or closed link is BAD_USER_INPUT with extensions.link." })
  evaluationForm(@Ctx() ctx: RequestContext, @Arg("token") token: string): Promise<EvaluationForm> {
    return this.answering.form(ctx, token);
  }

  @Allow(Audience.PUBLIC)
  @Mutation(() => SubmitEvaluationPayload, { description: "Sends a participant's answers through their private link; sending again replaces them until answering closes." })
  submitEvaluation(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitEvaluationInput) input: SubmitEvaluationInput): Promise<SubmitEvaluationPayload> {
    return this.answering.submit(ctx, input);
  }
}

@Resolver(() => Questionnaire)
export class QuestionnaireResolver {
  constructor(private readonly builder: EvaluationBuilderService) {}

  @Allow(...OWNERS)
  @FieldResolver(() => [EvaluationQuestion], { description: "In the order they are asked." })
  questions(@Ctx() ctx: RequestContext, @Root() questionnaire: Questionnaire): Promise<EvaluationQuestion[]> {
    return this.builder.questionsOf(ctx, questionnaire);
  }
}

/** What evaluations add to programmes, without the programme feature knowing about it. */
@Resolver(() => Programme)
export class ProgrammeEvaluationResolver {
  constructor(private readonly builder: EvaluationBuilderService) {}

  @Allow(...OWNERS)
  @FieldResolver(() => [Questionnaire], { description: "Its evaluation questionnaires (before, after, follow-ups), for those who manage it; empty for everyone else." })
  questionnaires(@Ctx() ctx: RequestContext, @Root() programme: Programme): Promise<Questionnaire[]> {
    return this.builder.questionnairesOf(ctx, programme);
  }

  // Anyone who can see the programme may ask (the answer is false for them): a yes/no about the caller reveals nothing,
  // and a refusal here would fail every query that selects a programme's scalar fields, such as a facilitator's cohort.
  @Allow(Audience.PUBLIC)
  @FieldResolver(() => Boolean, { description: "Whether you build, send and read this programme's evaluations (its academy's staff and administrators)." })
  managesEvaluations(@Ctx() ctx: RequestContext, @Root() programme: Programme): boolean {
    return this.builder.managesEvaluationsOf(ctx, programme);
  }
}
