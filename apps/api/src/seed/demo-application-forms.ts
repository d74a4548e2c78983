import { ApplicationQuestionKind, applicationQuestionsProblems, declarationProblems, selectionCriteriaProblems } from "@ascent/domain";
import type { ApplicationQuestion, PositiveActionDeclaration, SelectionCriterion } from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Programme } from "../modules/programme";

const { TEXT, LONG_TEXT, CHOICE } = ApplicationQuestionKind;

interface DemoForm {
  questions: ApplicationQuestion[];
  criteria?: SelectionCriterion[];
  declaration?: PositiveActionDeclaration;
}

/**
 * What each seed programme asks applicants, drawn from its text: Stepping Up
 * wants the line manager's support, the South East programme a mentor or
 * coach, the HPMA programme selects a cohort of 20 by panel. Wording where
 * the seeds are silent is illustrative.
 */
export const DEMO_APPLICATION_FORMS: Record<string, DemoForm> = {
  "Stepping Up": {
    questions: [
      { key: "why", label: "Why do you want to join Stepping Up, and why now?", kind: LONG_TEXT, required: true, maxLength: 1500 },
      { key: "barrier", label: "What has held back your progression so far, and what would help?", kind: LONG_TEXT, required: false, maxLength: 1500 },
      { key: "heard", label: "How did you hear about the programme?", kind: CHOICE, required: false, choices: ["My line manager", "A colleague", "NHS Leadership Academy communications", "A staff network", "Other"] },
    ],
    declaration: {
      statement: "I identify as Black, Asian or minority ethnic, and I am applying to this positive action programme for BAME leaders and aspiring leaders.",
      consent:
        "I agree that the NHS Leadership Academy uses this declaration only to confirm that I can join Stepping Up under the positive action provisions of the Equality Act 2010. It is kept with my application, apart from any equality monitoring answers, and is not shared with my employer.",
    },
  },
  "South East BAME Career Development Programme": {
    questions: [
      { key: "aspirations", label: "What are your career aspirations and goals?", kind: LONG_TEXT, required: true, maxLength: 1500 },
      { key: "support", label: "What support would help you put yourself forward for progression?", kind: LONG_TEXT, required: false, maxLength: 1000 },
      { key: "role", label: "Your current role and team", kind: TEXT, required: true, maxLength: 200 },
    ],
    declaration: {
      statement: "I identify as Black, Asian or minority ethnic (non-white).",
      consent:
        "I agree that the South East Leadership Academy uses this declaration only to confirm that I can join this positive action programme. It is kept with my application, apart from any equality monitoring answers, and is not shared with my employer.",
    },
  },
  "Anti-Racist Leadership Programme": {
    questions: [
      { key: "function", label: "Which HR or OD function do you lead, in which organisation?", kind: TEXT, required: true, maxLength: 300 },
      { key: "change", label: "What anti-racist change do you want to lead in your HR and OD function?", kind: LONG_TEXT, required: true, maxLength: 2500 },
      { key: "self", label: "How do you expect reflecting on your own racialised identity to change your practice?", kind: LONG_TEXT, required: true, maxLength: 2500 },
    ],
    criteria: [
      { key: "capability", title: "Capability to lead change in an HR or OD function", maxScore: 5 },
      { key: "ambition", title: "Ambition to start a quiet revolution in anti-racist practice", maxScore: 5 },
      { key: "reflection", title: "Readiness to reflect on their own racialised identity and use of self", maxScore: 5 },
      { key: "community", title: "Commitment to share results and challenges with peers", maxScore: 5 },
    ],
  },
  "Career Advancement Programme in Promoting Racial Equity in Healthcare": {
    questions: [
      { key: "role", label: "Your role (for example physician, nurse, administrator, social worker)", kind: TEXT, required: true, maxLength: 200 },
      { key: "why", label: "Why does racial equity in healthcare matter in your work?", kind: LONG_TEXT, required: true, maxLength: 2000 },
      { key: "format", label: "Which part of the programme matters most to you?", kind: CHOICE, required: false, choices: ["Online modules", "Workshops", "Networking"] },
    ],
  },
};

/** Gives each demo programme its form, unless it has one already. */
export async function seedDemoApplicationForms(db: EntityManager): Promise<void> {
  for (const [title, form] of Object.entries(DEMO_APPLICATION_FORMS)) {
    const problems = [...applicationQuestionsProblems(form.questions), ...selectionCriteriaProblems(form.criteria ?? []), ...declarationProblems(form.declaration ?? null)];
    if (problems.length > 0) throw new Error(`demo data: the ${title} form: ${JSON.stringify(problems)}`);
    await db
      .createQueryBuilder()
      .update(Programme)
      .set({ applicationQuestions: form.questions, selectionCriteria: form.criteria ?? [], positiveActionDeclaration: form.declaration ?? null })
      .where("title = :title AND application_questions = '[]'::jsonb", { title })
      .execute();
  }
}
