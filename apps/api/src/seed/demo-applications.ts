import { randomUUID } from "node:crypto";
import {
  AfcBand,
  ApplicationActor,
  ApplicationStatus,
  CohortStatus,
  DEFAULT_HOLD_DAYS,
  DEFAULT_OFFER_RESPONSE_DAYS,
  EndorsementStatus,
  ParticipantStatus,
  StaffGroup,
  TransitionReason,
} from "@ascent/domain";
import type { Answer } from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Application, ApplicationTransition, Participant } from "../modules/application";
import { Cohort } from "../modules/cohort";
import { Organisation } from "../modules/organisation";
import { Programme } from "../modules/programme";

const DAY_MS = 24 * 60 * 60 * 1000;
const { APPLICANT, LINE_MANAGER, SYSTEM } = ApplicationActor;

interface Step {
  to: ApplicationStatus;
  reason: TransitionReason;
  actor: ApplicationActor;
  daysAgo: number;
}

interface DemoApplication {
  programme: string;
  /** Name of the cohort's track, when the programme has tracks. */
  track?: string;
  name: string;
  ods: string;
  jobTitle: string;
  staffGroup: StaffGroup;
  band: AfcBand;
  declared?: boolean;
  mentor?: boolean;
  lineManager?: string;
  endorsement: EndorsementStatus;
  answers: Answer[];
  steps: Step[];
}

const received = (status: ApplicationStatus, reason: TransitionReason, daysAgo: number): Step => ({ to: status, reason, actor: APPLICANT, daysAgo });

/** A few fictional applicants, so the queues, the status pages and the partner view have something to show. */
const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    programme: "South East BAME Career Development Programme",
    name: "Amara Okafor",
    ods: "RTH",
    jobTitle: "Senior staff nurse",
    staffGroup: StaffGroup.NURSING_AND_MIDWIFERY,
    band: AfcBand.BAND_6,
    declared: true,
    mentor: true,
    endorsement: EndorsementStatus.NOT_REQUIRED,
    answers: [
      { questionKey: "aspirations", value: "To become a ward manager within two years, and to mentor others from my own community." },
      { questionKey: "role", value: "Senior staff nurse, acute medicine" },
    ],
    steps: [received(ApplicationStatus.OFFERED, TransitionReason.PLACE_FREE, 12), { to: ApplicationStatus.ACCEPTED, reason: TransitionReason.ACCEPTED, actor: APPLICANT, daysAgo: 11 }],
  },
  {
    programme: "South East BAME Career Development Programme",
    name: "Priya Sharma",
    ods: "RTH",
    jobTitle: "Advanced physiotherapist",
    staffGroup: StaffGroup.ALLIED_HEALTH_PROFESSIONALS,
    band: AfcBand.BAND_7,
    declared: true,
    mentor: true,
    endorsement: EndorsementStatus.NOT_REQUIRED,
    answers: [
      { questionKey: "aspirations", value: "A consultant therapist post, and a place on the trust's inclusion council." },
      { questionKey: "role", value: "Advanced physiotherapist, musculoskeletal outpatients" },
    ],
    steps: [received(ApplicationStatus.OFFERED, TransitionReason.PLACE_FREE, 2)],
  },
  {
    programme: "Stepping Up",
    track: "Band 7",
    name: "Farah Hussain",
    ods: "RTH",
    jobTitle: "Clinical nurse specialist",
    staffGroup: StaffGroup.NURSING_AND_MIDWIFERY,
    band: AfcBand.BAND_7,
    declared: true,
    lineManager: "Helen Clarke",
    endorsement: EndorsementStatus.PENDING,
    answers: [{ questionKey: "why", value: "I lead a team of eight and want to step up to matron; I have not seen anyone like me in that role here." }],
    steps: [received(ApplicationStatus.AWAITING_ENDORSEMENT, TransitionReason.PLACE_FREE, 1)],
  },
  {
    programme: "Stepping Up",
    track: "Band 7",
    name: "Daniel Adeyemi",
    ods: "RJ1",
    jobTitle: "Finance business partner",
    staffGroup: StaffGroup.ADMIN_AND_CLERICAL,
    band: AfcBand.BAND_7,
    declared: true,
    lineManager: "Sarah Whitfield",
    endorsement: EndorsementStatus.ENDORSED,
    answers: [{ questionKey: "why", value: "To prepare for a head of finance role and to help build an inclusive culture in my directorate." }],
    steps: [received(ApplicationStatus.AWAITING_ENDORSEMENT, TransitionReason.PLACE_FREE, 5), { to: ApplicationStatus.OFFERED, reason: TransitionReason.ENDORSED, actor: LINE_MANAGER, daysAgo: 3 }],
  },
  ...[
    ["Grace Thompson", "Head of organisational development", AfcBand.BAND_8B],
    ["Oliver Bennett", "Head of HR business partnering", AfcBand.BAND_8A],
    ["Sunita Patel", "Deputy director of people", AfcBand.BAND_8C],
  ].map(
    ([name, jobTitle, band], index): DemoApplication => ({
      programme: "Anti-Racist Leadership Programme",
      name,
      ods: "RJ1",
      jobTitle,
      staffGroup: StaffGroup.HR_OD,
      band: band as AfcBand,
      endorsement: EndorsementStatus.NOT_REQUIRED,
      answers: [
        { questionKey: "function", value: `${jobTitle}, Guy's and St Thomas'` },
        { questionKey: "change", value: "Make our employee relations casework measurably fairer: disciplinary referrals by ethnicity, reviewed with staff networks every quarter." },
        { questionKey: "self", value: "I want to notice where my own position lets me tolerate inequalities I would once have challenged." },
      ],
      steps: [received(ApplicationStatus.SUBMITTED, TransitionReason.RECEIVED, 6 - index)],
    }),
  ),
];

/** Adds the demo applications once (when there are none), to the demo programmes' open cohorts. */
export async function seedDemoApplications(db: EntityManager, now: Date = new Date()): Promise<void> {
  if ((await db.getRepository(Application).count()) > 0) return;
  const receipts = new Map<string, number>();
  for (const demo of DEMO_APPLICATIONS) {
    const cohort = await db
      .getRepository(Cohort)
      .createQueryBuilder("c")
      .innerJoin(Programme, "p", "p.id = c.programme_id")
      .leftJoin("programme_track", "t", "t.id = c.track_id")
      .where("p.title = :title AND c.status = :open", { title: demo.programme, open: CohortStatus.OPEN })
      .andWhere(demo.track ? "t.name = :track" : "c.track_id IS NULL", { track: demo.track })
      .orderBy("c.starts_on")
      .getOne();
    if (!cohort) continue;
    const organisation = await db.getRepository(Organisation).findOneByOrFail({ odsCode: demo.ods });
    const receiptNumber = (receipts.get(cohort.id) ?? 0) + 1;
    receipts.set(cohort.id, receiptNumber);
    const first = demo.steps[0];
    const last = demo.steps.at(-1) as Step;
    const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
    const email = `${demo.name.toLowerCase().replace(/[^a-z]+/g, ".")}@nhs.example`;
    const application = await db.getRepository(Application).save(
      db.getRepository(Application).create({
        reference: `ASC-DEMO${String(DEMO_APPLICATIONS.indexOf(demo) + 1).padStart(4, "0")}`,
        cohortId: cohort.id,
        receiptNumber,
        receivedAt: at(first.daysAgo),
        idempotencyKey: randomUUID(),
        status: last.to,
        eligible: true,
        eligibilityReasons: [],
        applicantName: demo.name,
        applicantEmail: email,
        organisationId: organisation.id,
        organisationName: null,
        jobTitle: demo.jobTitle,
        staffGroup: demo.staffGroup,
        band: demo.band,
        medicalGrade: null,
        positiveActionDeclared: demo.declared ?? null,
        positiveActionConsentAt: demo.declared ? at(first.daysAgo) : null,
        mentorOrCoachIdentified: demo.mentor ?? null,
        answers: demo.answers,
        lineManagerName: demo.lineManager ?? null,
        lineManagerEmail: demo.lineManager ? `${demo.lineManager.toLowerCase().replace(/[^a-z]+/g, ".")}@nhs.example` : null,
        endorsementStatus: demo.endorsement,
        endorsementComment: demo.endorsement === EndorsementStatus.ENDORSED ? "Daniel has my full support." : null,
        endorsementRequestedAt: demo.lineManager ? at(first.daysAgo) : null,
        endorsementDecidedAt: demo.endorsement === EndorsementStatus.ENDORSED ? at(last.daysAgo) : null,
        holdExpiresAt: last.to === ApplicationStatus.AWAITING_ENDORSEMENT ? new Date(at(last.daysAgo).getTime() + DEFAULT_HOLD_DAYS * DAY_MS) : null,
        offerExpiresAt: last.to === ApplicationStatus.OFFERED ? new Date(at(last.daysAgo).getTime() + DEFAULT_OFFER_RESPONSE_DAYS * DAY_MS) : null,
      }),
    );
    let from: ApplicationStatus | null = null;
    for (const step of demo.steps) {
      await db.getRepository(ApplicationTransition).insert({ applicationId: application.id, fromStatus: from, toStatus: step.to, reason: step.reason, actor: step.actor ?? SYSTEM, note: null, occurredAt: at(step.daysAgo) });
      from = step.to;
    }
    if (last.to === ApplicationStatus.ACCEPTED) await db.getRepository(Participant).insert({ cohortId: cohort.id, applicationId: application.id, status: ParticipantStatus.ENROLLED });
  }
}
