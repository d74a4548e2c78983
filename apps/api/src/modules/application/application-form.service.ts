import { applicationQuestionsProblems, declarationProblems, selectionCriteriaProblems, UserErrorCode } from "@ascent/domain";
import type { ApplicationQuestion, PositiveActionDeclaration, SelectionCriterion } from "@ascent/domain";
import { Field, ObjectType } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { forbidden, notFound } from "../../graphql/errors";
import { runMutation } from "../../graphql/mutation";
import { expectGlobalId } from "../../graphql/relay/global-id";
import { UserError, userError, UserInputProblems } from "../../graphql/user-error";
import { recordAudit } from "../audit";
import { canManageAcademy, canSeeProgramme, normaliseLine, Programme } from "../programme";
import { UpdateApplicationFormInput } from "./dto/application-form.inputs";

@ObjectType()
export class UpdateApplicationFormPayload {
  @Field(() => Programme, { nullable: true })
  programme: Programme | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

const trimOrNull = (text: string | null | undefined) => {
  const trimmed = (text ?? "").trim();
  return trimmed === "" ? null : trimmed;
};

/** The programme's application form as data: its questions, selection criteria and declaration wording. */
export class ApplicationFormService {
  update(ctx: RequestContext, input: UpdateApplicationFormInput): Promise<UpdateApplicationFormPayload> {
    return runMutation<UpdateApplicationFormPayload>(
      ctx,
      async (tx) => {
        const id = expectGlobalId(input.programmeId, "Programme", "programmeId");
        const programme = await tx.db.getRepository(Programme).findOne({ where: { id }, lock: { mode: "pessimistic_write" } });
        if (!programme) throw notFound("That programme");
        // Refusals never reveal what the caller can't see: another academy's draft is absent, its published programme forbidden.
        if (!canManageAcademy(tx, programme.academyId)) throw canSeeProgramme(tx, programme) ? forbidden() : notFound("That programme");
        const problems: UserError[] = [];
        if (input.applicationQuestions != null) {
          const questions: ApplicationQuestion[] = input.applicationQuestions.map((q) => ({
            key: q.key.trim(),
            label: normaliseLine(q.label),
            help: trimOrNull(q.help),
            kind: q.kind,
            required: q.required,
            maxLength: q.maxLength ?? null,
            choices: q.choices ? q.choices.map(normaliseLine) : null,
          }));
          problems.push(...applicationQuestionsProblems(questions).map((p) => userError(p.path, UserErrorCode.INVALID, p.message)));
          programme.applicationQuestions = questions;
        }
        if (input.selectionCriteria != null) {
          const criteria: SelectionCriterion[] = input.selectionCriteria.map((c) => ({ key: c.key.trim(), title: normaliseLine(c.title), description: trimOrNull(c.description), maxScore: c.maxScore }));
          problems.push(...selectionCriteriaProblems(criteria).map((p) => userError(p.path, UserErrorCode.INVALID, p.message)));
          programme.selectionCriteria = criteria;
        }
        if (input.positiveActionDeclaration !== undefined) {
          const wording: PositiveActionDeclaration | null = input.positiveActionDeclaration
            ? { statement: input.positiveActionDeclaration.statement.trim(), consent: input.positiveActionDeclaration.consent.trim() }
            : null;
          problems.push(...declarationProblems(wording).map((p) => userError(p.path, UserErrorCode.INVALID, p.message)));
          programme.positiveActionDeclaration = wording;
        }
        if (problems.length > 0) throw new UserInputProblems(problems);
        await tx.db.getRepository(Programme).save(programme);
        await recordAudit(tx, { operation: "updateApplicationForm", targetType: "Programme", targetId: programme.id, fields: Object.keys(input).filter((k) => k !== "programmeId") });
        return { programme, userErrors: [] };
      },
      (userErrors) => ({ programme: null, userErrors }),
    );
  }
}
