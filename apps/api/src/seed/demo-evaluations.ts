import { randomUUID } from "node:crypto";
import { evaluationWindow, EvaluationPoint, EvaluationQuestionKind, KirkpatrickLevel, OrganisationKind, SelfRatingMeasure } from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Cohort, CohortSession } from "../modules/cohort";
import { Organisation } from "../modules/organisation";
import { Programme } from "../modules/programme";

const { LIKERT, FREE_TEXT } = EvaluationQuestionKind;
const { REACTION, LEARNING, BEHAVIOUR } = KirkpatrickLevel;

interface DemoTemplate {
  key: string;
  kind: EvaluationQuestionKind;
  prompt: string;
  low?: string;
  high?: string;
  level: KirkpatrickLevel;
  measure?: SelfRatingMeasure;
}

/** Each academy's starting bank of questions. */
const BANK: DemoTemplate[] = [
  { key: "confidence", kind: LIKERT, prompt: "How confident do you feel about applying for a more senior role?", low: "Not at all confident", high: "Very confident", level: LEARNING, measure: SelfRatingMeasure.CONFIDENCE },
  { key: "leadership", kind: LIKERT, prompt: "How would you rate your leadership skills today?", low: "Very weak", high: "Very strong", level: LEARNING, measure: SelfRatingMeasure.LEADERSHIP },
  { key: "useful", kind: LIKERT, prompt: "How useful was the programme to you?", low: "Not at all useful", high: "Extremely useful", level: REACTION },
  { key: "recommend", kind: LIKERT, prompt: "Would you recommend the programme to a colleague?", low: "Definitely not", high: "Definitely", level: REACTION },
  { key: "forward", kind: LIKERT, prompt: "Since the programme, how often have you put yourself forward for new responsibilities?", low: "Never", high: "Very often", level: BEHAVIOUR },
  { key: "valuable", kind: FREE_TEXT, prompt: "What was the most valuable part of the programme for you?", level: REACTION },
  { key: "different", kind: FREE_TEXT, prompt: "What have you done differently at work since the programme?", level: BEHAVIOUR },
];

const PROGRAMME = "South East BAME Career Development Programme";
const COHORT = "February 2024";

/** [point, follow-up months, title, [template key, required]] */
const QUESTIONNAIRES: Array<[EvaluationPoint, number, string, Array<[string, boolean]>]> = [
  [EvaluationPoint.PRE_PROGRAMME, 0, "Before you start", [["confidence", true], ["leadership", true]]],
  [EvaluationPoint.POST_PROGRAMME, 0, "Looking back on the programme", [["confidence", true], ["leadership", true], ["useful", true], ["recommend", true], ["valuable", false]]],
  [EvaluationPoint.FOLLOW_UP, 6, "Six months on", [["forward", true], ["confidence", true], ["different", false]]],
  [EvaluationPoint.FOLLOW_UP, 12, "A year on", [["forward", true], ["confidence", true]]],
];

// Twelve people's answers (fictional). Before, after: confidence and leadership rise for most, not all.
const CONFIDENCE_BEFORE = [2, 3, 2, 3, 1, 2, 3, 2, 3, 2, 2, 3];
const CONFIDENCE_AFTER = [3, 4, 4, 3, 3, 3, 5, 2, 4, 4, 3, 4];
const LEADERSHIP_BEFORE = [3, 3, 2, 3, 2, 3, 3, 2, 4, 3, 2, 3];
const LEADERSHIP_AFTER = [4, 3, 3, 4, 3, 4, 4, 3, 4, 4, 3, 3];
const COMMENTS = [
  "Hearing how others had handled being overlooked for promotion, and what they did next.",
  "The Action Learning Sets: a safe space to talk about career setbacks honestly.",
  "Working on my own values and vision; I finally have a plan for the next two years.",
  "Meeting my mentor. I would not have applied for the band 7 post without her.",
  "The session on micro-aggressions gave me words for things I had felt for years.",
  "Practising interview answers with people who understood my situation.",
  "Building a network across the region.",
  "Realising that hesitating to put myself forward was costing me.",
];
const CHANGES = [
  "I asked my manager for a stretch project and am now leading our ward's improvement work.",
  "Applied for two band 7 posts and was shortlisted for both.",
  "I chair our team huddle now and speak up in the senior nurses' meeting.",
  "Started mentoring two newly qualified staff myself.",
  "I took on acting-up cover for my manager for three months.",
  "I joined the trust's race equality network steering group.",
  "I keep a log of my achievements to use in appraisals and applications.",
  "Put myself forward to present at the regional conference.",
  "Asked for and got a development conversation with my director.",
];

/**
 * Evaluations on the demo data: each academy's bank, the South East
 * programme's questionnaires, and for its February 2024 cohort (completed)
 * answers before, after and six and twelve months on, so the results page
 * shows real figures on first start. Skipped when questionnaires exist.
 */
export async function seedDemoEvaluations(db: EntityManager): Promise<"seeded" | "skipped"> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM evaluation_questionnaire`);
  if (n > 0) return "skipped";
  const templateIds = new Map<string, Map<string, string>>();
  for (const academy of await db.getRepository(Organisation).findBy({ kind: OrganisationKind.ACADEMY })) {
    const ids = new Map<string, string>();
    for (const [index, t] of BANK.entries()) {
      // A millisecond apart, so the bank lists them in this order (one transaction shares one now()).
      const [{ id }] = await db.query(
        `INSERT INTO evaluation_question_template (academy_id, kind, prompt, low_label, high_label, level, measure, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now() + $8 * interval '1 millisecond') RETURNING id`,
        [academy.id, t.kind, t.prompt, t.low ?? null, t.high ?? null, t.level, t.measure ?? null, index],
      );
      ids.set(t.key, id);
    }
    templateIds.set(academy.id, ids);
  }
  const programme = await db.getRepository(Programme).findOneBy({ title: PROGRAMME });
  if (!programme) return "seeded";
  const bank = templateIds.get(programme.academyId);
  if (!bank) return "seeded";
  const questions = new Map<string, Map<string, string>>(); // questionnaire id → template key → question id
  const questionnaires: Array<{ id: string; point: EvaluationPoint; months: number }> = [];
  for (const [point, months, title, items] of QUESTIONNAIRES) {
    const [{ id }] = await db.query(`INSERT INTO evaluation_questionnaire (programme_id, point, follow_up_months, title, introduction) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      programme.id,
      point,
      months,
      title,
      "Your answers help the academy improve the programme. Ratings are only ever reported for groups of more than seven people.",
    ]);
    const byKey = new Map<string, string>();
    for (const [position, [key, required]] of items.entries()) {
      const t = BANK.find((b) => b.key === key) as DemoTemplate;
      const [question] = await db.query(
        `INSERT INTO evaluation_question (questionnaire_id, template_id, position, required, kind, prompt, low_label, high_label, level, measure)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [id, bank.get(key), position + 1, required, t.kind, t.prompt, t.low ?? null, t.high ?? null, t.level, t.measure ?? null],
      );
      byKey.set(key, question.id);
    }
    questions.set(id, byKey);
    questionnaires.push({ id, point, months });
  }
  const cohort = await db.getRepository(Cohort).findOneBy({ programmeId: programme.id, name: COHORT });
  if (!cohort) return "seeded";
  const participants = await participantsOf(db, cohort);
  const sessions = await db.getRepository(CohortSession).findBy({ cohortId: cohort.id });
  // Who answered each: everyone before; all but one after; fewer at six and twelve months.
  const answering: Record<string, number> = { [EvaluationPoint.PRE_PROGRAMME]: 12, [EvaluationPoint.POST_PROGRAMME]: 11, "FOLLOW_UP:6": 9, "FOLLOW_UP:12": 8 };
  for (const questionnaire of questionnaires) {
    const window = evaluationWindow(questionnaire.point, questionnaire.months || null, { startsOn: cohort.startsOn, endsOn: cohort.endsOn, sessions });
    if (window.closesAt.getTime() > Date.now()) continue;
    const [round] = await db.query(`INSERT INTO evaluation_round (questionnaire_id, cohort_id, opened_at, closes_at) VALUES ($1, $2, $3, $4) RETURNING id`, [questionnaire.id, cohort.id, window.opensAt, window.closesAt]);
    const howMany = answering[questionnaire.point === EvaluationPoint.FOLLOW_UP ? `FOLLOW_UP:${questionnaire.months}` : questionnaire.point];
    const byKey = questions.get(questionnaire.id) as Map<string, string>;
    for (const [i, participant] of participants.entries()) {
      const answered = i < howMany;
      const submittedAt = new Date(window.opensAt.getTime() + (i + 1) * 36 * 3600_000);
      const [invitation] = await db.query(`INSERT INTO evaluation_invitation (round_id, participant_id, sent_at, submitted_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`, [
        round.id,
        participant,
        window.opensAt,
        answered ? submittedAt : null,
      ]);
      if (!answered) continue;
      const after = questionnaire.point !== EvaluationPoint.PRE_PROGRAMME;
      const k = i % 12;
      const ratings: Record<string, number> = {
        confidence: after ? Math.min(5, CONFIDENCE_AFTER[k] + (questionnaire.point === EvaluationPoint.FOLLOW_UP && k % 3 === 0 ? 1 : 0)) : CONFIDENCE_BEFORE[k],
        leadership: after ? LEADERSHIP_AFTER[k] : LEADERSHIP_BEFORE[k],
        useful: [5, 4, 5, 4, 4, 5, 5, 3, 4, 5, 4, 4][k],
        recommend: [5, 5, 5, 4, 5, 5, 5, 4, 4, 5, 5, 4][k],
        forward: [4, 3, 4, 3, 4, 4, 5, 2, 3, 4, 3, 4][k],
      };
      for (const [key, questionId] of byKey) {
        const text = key === "valuable" ? COMMENTS[k] : key === "different" ? CHANGES[k] : undefined;
        if (text === undefined && ratings[key] === undefined) continue;
        if (text !== undefined && !text) continue;
        await db.query(`INSERT INTO evaluation_answer (invitation_id, question_id, rating, text) VALUES ($1, $2, $3, $4)`, [invitation.id, questionId, text === undefined ? ratings[key] : null, text ?? null]);
      }
    }
  }
  return "seeded";
}

/** The cohort's participants; when it has none (a fresh demo), twelve fictional people enrolled from accepted applications. */
async function participantsOf(db: EntityManager, cohort: Cohort): Promise<string[]> {
  const existing: Array<{ id: string }> = await db.query(`SELECT id FROM participant WHERE cohort_id = $1 ORDER BY created_at, id`, [cohort.id]);
  if (existing.length > 0) return existing.map((row) => row.id);
  const names = ["Adaeze Nwosu", "Bilal Hussain", "Chioma Eze", "Deepa Raman", "Emeka Obi", "Farah Malik", "Grace Mensah", "Harpreet Gill", "Ifeoma Okeke", "Jamal Ahmed", "Kemi Adebayo", "Li Wei"];
  const [trust] = await db.query(`SELECT id FROM organisation WHERE ods_code = 'RTH'`);
  const ids: string[] = [];
  for (const [i, name] of names.entries()) {
    const [application] = await db.query(
      `INSERT INTO application (reference, cohort_id, receipt_number, received_at, idempotency_key, status, eligible, endorsement_status, applicant_name, applicant_email, organisation_id, job_title, positive_action_declared)
       VALUES ($1, $2, $3, $4, $5, 'ACCEPTED', true, 'NOT_REQUIRED', $6, $7, $8, 'Senior staff nurse', true) RETURNING id`,
      [`ASC-DEMOE${String(i + 1).padStart(3, "0")}`, cohort.id, 1000 + i, new Date(`2023-12-0${1 + (i % 9)}T10:00:00Z`), randomUUID(), name, `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@nhs.example`, trust?.id ?? null],
    );
    const [participant] = await db.query(`INSERT INTO participant (cohort_id, application_id, status, created_at) VALUES ($1, $2, 'ENROLLED', $3) RETURNING id`, [cohort.id, application.id, new Date(`2024-01-0${1 + (i % 9)}T10:00:00Z`)]);
    ids.push(participant.id);
  }
  return ids;
}
