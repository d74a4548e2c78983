import { EvaluationPoint, EvaluationQuestionKind, UserErrorCode } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { isUniqueViolation, runMutation } from "../../graphql/mutation";
import type { Connection } from "../../graphql/relay/connection";
import { OrderDirection, type ConnectionArgs } from "../../graphql/relay/connection-args";
import { fromGlobalId } from "../../graphql/relay/global-id";
import { paginate } from "../../graphql/relay/paginate";
import { userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { managesAcademy, type Programme } from "../programme";
import type { CreateQuestionnaireInput, CreateQuestionnairePayload, CreateQuestionTemplateInput, CreateQuestionTemplatePayload } from "./dto/builder.dto";
import { bankAcademy, bankScope } from "./evaluation-access";
import { questionnaireProblems, questionTemplateProblems } from "./evaluation.rules";
import { EvaluationQuestionTemplate } from "./question-template.entity";
import { EvaluationQuestion, Questionnaire } from "./questionnaire.entity";

const pointTaken = () => new UserInputProblems([userError(["point"], UserErrorCode.TAKEN, "This programme already has a questionnaire for that point.")]);

/** The question bank and the questionnaires built from it. */
export class EvaluationBuilderService {
  listTemplates(ctx: RequestContext, args: ConnectionArgs, academyId: string | null | undefined): Promise<Connection<EvaluationQuestionTemplate>> {
    const query = ctx.db.getRepository(EvaluationQuestionTemplate).createQueryBuilder("t");
    const scope = bankScope(ctx);
    if (scope.kind === "none") query.andWhere("false");
    if (scope.kind === "academy") query.andWhere("t.academy_id = :scopeAcademyId", { scopeAcademyId: scope.academyId });
    if (academyId) {
      const decoded = fromGlobalId(academyId);
      query.andWhere("t.academy_id = :academyId", { academyId: decoded?.typeName === "Organisation" ? decoded.id : null });
    }
    return paginate(query, args, { sortExpression: `to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS')`, direction: OrderDirection.ASC });
  }

  createTemplate(ctx: RequestContext, input: CreateQuestionTemplateInput): Promise<CreateQuestionTemplatePayload> {
    return runMutation<CreateQuestionTemplatePayload>(
      ctx,
      async (tx) => {
        const problems = questionTemplateProblems(input);
        const academyId = await bankAcademy(tx, input.academyId);
        if (!academyId) problems.push(userError(["academyId"], input.academyId ? UserErrorCode.NOT_FOUND : UserErrorCode.REQUIRED, "Choose your academy."));
        if (problems.length > 0 || !academyId) throw new UserInputProblems(problems);
        const likert = input.kind === EvaluationQuestionKind.LIKERT;
        const repository = tx.db.getRepository(EvaluationQuestionTemplate);
        const template = await repository.save(
          repository.create({
            academyId,
            kind: input.kind,
            prompt: input.prompt.trim(),
            lowLabel: likert ? (input.lowLabel ?? "").trim() : null,
            highLabel: likert ? (input.highLabel ?? "").trim() : null,
            level: input.level,
            measure: likert ? (input.measure ?? null) : null,
          }),
        );
        await recordAudit(tx, { operation: "createQuestionTemplate", targetType: "EvaluationQuestionTemplate", targetId: template.id, fields: ["kind", "prompt", "lowLabel", "highLabel", "level", "measure"] });
        return { template, userErrors: [] };
      },
      (userErrors) => ({ template: null, userErrors }),
    );
  }

  createQuestionnaire(ctx: RequestContext, input: CreateQuestionnaireInput): Promise<CreateQuestionnairePayload> {
    return runMutation<CreateQuestionnairePayload>(
      ctx,
      async (tx) => {
        const problems = questionnaireProblems(input);
        const programme = await this.programmeFor(tx, input.programmeId);
        if (!programme) problems.push(userError(["programmeId"], UserErrorCode.NOT_FOUND, "Choose one of your academy's programmes."));
        const templates = await this.templatesFor(tx, input, programme);
        input.questions.forEach((question, index) => {
          if (!templates.has(question.templateId)) problems.push(userError(["questions", String(index), "templateId"], UserErrorCode.NOT_FOUND, "That question is not in your academy's bank."));
        });
        const measures = new Set<string>();
        input.questions.forEach((question, index) => {
          const measure = templates.get(question.templateId)?.measure;
          if (!measure) return;
          if (measures.has(measure)) problems.push(userError(["questions", String(index), "templateId"], UserErrorCode.INVALID, "Ask each before-and-after self-rating once per questionnaire."));
          measures.add(measure);
        });
        if (problems.length > 0 || !programme) throw new UserInputProblems(problems);
        const followUpMonths = input.point === EvaluationPoint.FOLLOW_UP ? (input.followUpMonths as number) : 0;
        const repository = tx.db.getRepository(Questionnaire);
        if (await repository.existsBy({ programmeId: programme.id, point: input.point, followUpMonths })) throw pointTaken();
        try {
          const questionnaire = await repository.save(
            repository.create({ programmeId: programme.id, point: input.point, followUpMonths, title: input.title.trim(), introduction: (input.introduction ?? "").trim() }),
          );
          await tx.db.getRepository(EvaluationQuestion).insert(
            input.questions.map((question, index) => {
              const template = templates.get(question.templateId) as EvaluationQuestionTemplate;
              return {
                questionnaireId: questionnaire.id,
                templateId: template.id,
                position: index + 1,
                required: question.required,
                kind: template.kind,
                prompt: template.prompt,
                lowLabel: template.lowLabel,
                highLabel: template.highLabel,
                level: template.level,
                measure: template.measure,
              };
            }),
          );
          await recordAudit(tx, { operation: "createQuestionnaire", targetType: "Programme", targetId: programme.id, fields: ["point", "followUpMonths", "title", "introduction", "questions"] });
          return { questionnaire, userErrors: [] };
        } catch (error) {
          if (isUniqueViolation(error, "evaluation_questionnaire_point_key")) throw pointTaken();
          throw error;
        }
      },
      (userErrors) => ({ questionnaire: null, userErrors }),
    );
  }

  /** A programme's questionnaires, for those who manage it; an empty list for everyone else. */
  async questionnairesOf(ctx: RequestContext, programme: Programme): Promise<Questionnaire[]> {
    if (!managesAcademy(ctx, programme.academyId)) return [];
    return ctx.loaders.questionnairesByProgrammeId.load(programme.id);
  }

  managesEvaluationsOf(ctx: RequestContext, programme: Programme): boolean {
    return managesAcademy(ctx, programme.academyId);
  }

  questionsOf(ctx: RequestContext, questionnaire: Questionnaire): Promise<EvaluationQuestion[]> {
    return ctx.loaders.questionsByQuestionnaireId.load(questionnaire.id);
  }

  private async programmeFor(tx: RequestContext, programmeId: string): Promise<Programme | null> {
    const decoded = fromGlobalId(programmeId);
    const programme = decoded?.typeName === "Programme" ? await tx.loaders.programmeById.load(decoded.id) : null;
    return programme && managesAcademy(tx, programme.academyId) ? programme : null;
  }

  /** The named templates that are in the programme's academy's bank, by global id. */
  private async templatesFor(tx: RequestContext, input: CreateQuestionnaireInput, programme: Programme | null): Promise<Map<string, EvaluationQuestionTemplate>> {
    if (!programme) return new Map();
    const ids = input.questions.map((question) => fromGlobalId(question.templateId)).filter((decoded) => decoded?.typeName === "EvaluationQuestionTemplate").map((decoded) => decoded!.id);
    if (ids.length === 0) return new Map();
    const templates = await tx.db.getRepository(EvaluationQuestionTemplate).createQueryBuilder("t").where("t.id IN (:...ids) AND t.academy_id = :academyId", { ids, academyId: programme.academyId }).getMany();
    return new Map(templates.map((template) => [template.globalId, template]));
  }
}
