import {
  addDaysToLocalDate,
  AfcBand,
  AllocationPolicy,
  CohortStatus,
  DeliveryMode,
  EligibilityRequirement,
  EligibilityRules,
  eligibilityRulesProblems,
  EthnicityCriterion,
  fromLondon,
  ModuleKind,
  NhsRegion,
  OrganisationKind,
  ProgrammeStatus,
  StaffGroup,
} from "@ascent/domain";
import { EntityManager } from "typeorm";
import { AcademyMembership } from "../modules/academy-membership/academy-membership.entity";
import { CohortFacilitator } from "../modules/cohort/cohort-facilitator.entity";
import { CohortSession } from "../modules/cohort/cohort-session.entity";
import { Cohort } from "../modules/cohort/cohort.entity";
import { Organisation } from "../modules/organisation/organisation.entity";
import { ModuleTemplate } from "../modules/programme/module-template.entity";
import { ProgrammeTrack } from "../modules/programme/programme-track.entity";
import { Programme } from "../modules/programme/programme.entity";

/**
 * The four programmes of docs/programmes.md, modelled from their texts, each
 * with its historical cohort where the seed dates one and a current cohort
 * taking applications now (windows closing in 2027). Where a seed is silent
 * (a capacity, an opening date, a venue) the value is marked illustrative.
 */

const { FACE_TO_FACE, ONLINE, SELF_DIRECTED, WORKPLACE_BASED } = DeliveryMode;
const { WORKSHOP, MODULE, ACTION_LEARNING_SET, MENTORING, EVALUATION } = ModuleKind;

interface DemoModule {
  /** Referenced by sessions. */
  key: string;
  title: string;
  kind: ModuleKind;
  lengthDays: number;
  deliveryMode?: DeliveryMode;
  description?: string;
}

interface DemoSession {
  module: string;
  title: string;
  date: string;
  start: string;
  end: string;
  venue?: string;
  onlineUrl?: string;
  /** Index into the cohort's facilitators. */
  facilitator?: number;
}

interface DemoFacilitator {
  organisation?: string;
  name?: string;
  role: string;
}

export interface DemoCohort {
  name: string;
  /** Name of a track of the programme. */
  track?: string;
  capacity: number;
  allocationPolicy: AllocationPolicy;
  opens: [date: string, time: string];
  closes: [date: string, time: string];
  startsOn: string;
  endsOn: string;
  status: CohortStatus;
  facilitators?: DemoFacilitator[];
  sessions?: DemoSession[];
}

export interface DemoProgramme {
  academy: string;
  title: string;
  summary: string;
  description: string;
  aims: string[];
  learningOutcomes: string[];
  benefits: string[];
  deliveryModes: DeliveryMode[];
  duration: string;
  commitments: string[];
  targetRoles: string[];
  eligibility: EligibilityRules;
  modules: DemoModule[];
  tracks: Array<{ name: string; description: string; eligibility: EligibilityRules; modules: DemoModule[] }>;
  cohorts: DemoCohort[];
}

/** Sessions of a module over consecutive dates: "Workshop 1, day 2 of 3". */
function moduleDays(module: DemoModule, dates: string[], start: string, end: string, extra: Partial<DemoSession> = {}): DemoSession[] {
  return dates.map((date, index) => ({
    module: module.key,
    title: dates.length > 1 ? `${module.title}, day ${index + 1} of ${dates.length}` : module.title,
    date,
    start,
    end,
    ...extra,
  }));
}

// Stepping Up (seed 001): tracks by band.
const steppingUpBand7 = {
  workshop1: { key: "su7-w1", title: "Workshop 1", kind: WORKSHOP, lengthDays: 3, deliveryMode: FACE_TO_FACE },
  workshop2: { key: "su7-w2", title: "Workshop 2", kind: WORKSHOP, lengthDays: 2, deliveryMode: FACE_TO_FACE },
} satisfies Record<string, DemoModule>;
const steppingUpBands56 = {
  module1: { key: "su56-m1", title: "Module 1", kind: MODULE, lengthDays: 2, deliveryMode: FACE_TO_FACE },
  module2: { key: "su56-m2", title: "Module 2", kind: MODULE, lengthDays: 2, deliveryMode: FACE_TO_FACE },
} satisfies Record<string, DemoModule>;

// BAME Career Development Programme (seed 002).
const bame = {
  workshop: {
    key: "bame-workshop",
    title: "Career development workshop (5 modules)",
    kind: WORKSHOP,
    lengthDays: 2,
    deliveryMode: FACE_TO_FACE,
    description:
      "A 2-day, 5-module workshop: creating a viable action plan using values, vision and goals; building confidence and skills; encouraging self-reflection to reduce the impact of micro-aggressions and internalised stereotypes based on race and gender.",
  },
  als1: { key: "bame-als1", title: "Action Learning Set 1", kind: ACTION_LEARNING_SET, lengthDays: 1, description: "A group-facilitated, safe, supportive and confidential space to explore options and risks of career topics and challenges as BAME members of the NHS." },
  als2: { key: "bame-als2", title: "Action Learning Set 2", kind: ACTION_LEARNING_SET, lengthDays: 1 },
  mentoring: { key: "bame-mentoring", title: "Mentoring or coaching relationship (minimum 6 months)", kind: MENTORING, lengthDays: 0, description: "With an active mentor or coach identified before the workshop; the frequency of meetings is agreed between participant and mentor or coach." },
  evaluation: { key: "bame-evaluation", title: "Post-programme follow-up and evaluation", kind: EVALUATION, lengthDays: 0 },
} satisfies Record<string, DemoModule>;

// HPMA London Anti-Racist Leadership Programme (seed 003).
const arlp = {
  learning: { key: "arlp-learning", title: "Cohort learning: theory, racialised identity and the use of self", kind: WORKSHOP, lengthDays: 1, deliveryMode: FACE_TO_FACE },
  practice: { key: "arlp-practice", title: "Leading anti-racism change in your HR and OD function", kind: ModuleKind.SELF_DIRECTED, lengthDays: 0, deliveryMode: WORKPLACE_BASED },
  peers: { key: "arlp-peers", title: "Sharing emerging results and challenges with peers", kind: ACTION_LEARNING_SET, lengthDays: 1, deliveryMode: FACE_TO_FACE },
  evaluation: { key: "arlp-evaluation", title: "Evaluation", kind: EVALUATION, lengthDays: 0 },
} satisfies Record<string, DemoModule>;

// Career Advancement Programme in Promoting Racial Equity in Healthcare (seed 000).
const cap = {
  equity: { key: "cap-equity", title: "Online module: systemic racism and health disparities", kind: MODULE, lengthDays: 1, deliveryMode: ONLINE },
  communication: { key: "cap-communication", title: "Online module: culturally competent communication", kind: MODULE, lengthDays: 1, deliveryMode: ONLINE },
  policy: { key: "cap-policy", title: "Workshop: equitable policies and practices", kind: WORKSHOP, lengthDays: 1, deliveryMode: FACE_TO_FACE },
  networking: { key: "cap-networking", title: "Workshop and networking: leading and advocating for change", kind: WORKSHOP, lengthDays: 1, deliveryMode: FACE_TO_FACE },
} satisfies Record<string, DemoModule>;

const TEAMS_LINK = "https://teams.microsoft.com/l/meetup-join/ascent-demo";

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    academy: "NHS Leadership Academy",
    title: "Stepping Up",
    summary:
      "A positive action leadership programme for Black, Asian and minority ethnic leaders and aspiring leaders at bands 5, 6 and 7, sponsored by the NHS Leadership Academy.",
    description: [
      "The programme has been set up for BAME leaders and aspiring BAME leaders for added support in the progress of their careers. It provides a combination of face to face, self-directed and workplace based learning over two to three months, across four or five dates depending on your banding: a three day and a two day face to face workshop for those at band 7, and two modules of two days each for those at bands 5 and 6.",
      "The Stepping Up programme is not just about the development of individuals; it is an initiative designed to influence the development of more inclusive cultures in the NHS as a whole.",
      "Under the provisions of positive action, the Equality Act 2010 allows service providers to take action that may involve treating one group more favourably, where this is a proportionate way to help members of that group overcome a disadvantage or participate more fully, for example in senior leadership positions in the NHS.",
      "Due to the high level of interest, applications are assessed on a first come, first served basis.",
    ].join("\n\n"),
    aims: [
      "Create greater levels of inclusion within the NHS by addressing the social, organisational and psychological barriers restricting BAME colleagues from progressing within the NHS",
      "Highlight the importance of having BAME leaders as role models to help inspire others to progress into more senior roles",
      "Raise awareness and understanding of inclusion by bringing it to the forefront of all NHS Leadership Academy communications, to ensure a positive impact on the health and care system",
      "Develop senior leaders in the NHS who will lead effectively, creating and embedding organisational inclusive cultures",
      "Work on changing the racial dynamics of an organisation to create a deeper level of understanding to help change",
    ],
    learningOutcomes: [],
    benefits: [
      "Prepare and develop for more senior leadership roles within the NHS",
      "Challenge the diverse environment you work in to make transformational change",
      "Develop the knowledge, experience and skills to help your organisation create an inclusive culture, and to help you influence change across wider healthcare",
      "Become a role model to help inspire the development and progression of others",
    ],
    deliveryModes: [FACE_TO_FACE, SELF_DIRECTED, WORKPLACE_BASED],
    duration: "2 to 3 months",
    commitments: [
      "Seek the support of your line manager and organisation before applying: they will support you throughout the programme",
      "Attend four or five face to face dates, depending on your banding",
      "Self-directed and workplace based learning between the dates",
    ],
    targetRoles: ["BAME leaders and aspiring leaders at bands 5, 6 and 7"],
    eligibility: {
      bands: [AfcBand.BAND_5, AfcBand.BAND_6, AfcBand.BAND_7],
      ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME,
      requirements: [EligibilityRequirement.LINE_MANAGER_SUPPORT],
    },
    modules: [],
    tracks: [
      {
        name: "Band 7",
        description: "A three day and a two day face to face workshop.",
        eligibility: { bands: [AfcBand.BAND_7] },
        modules: Object.values(steppingUpBand7),
      },
      {
        name: "Bands 5 and 6",
        description: "Two modules of two days each.",
        eligibility: { bands: [AfcBand.BAND_5, AfcBand.BAND_6] },
        modules: Object.values(steppingUpBands56),
      },
    ],
    cohorts: [
      {
        name: "West Essex 2020, band 7",
        track: "Band 7",
        capacity: 24, // illustrative: the seed gives no number of places
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2020-01-13", "09:00"], // illustrative
        closes: ["2020-02-12", "23:59"], // "open until Wednesday 12 February 2020"
        startsOn: "2020-03-02",
        endsOn: "2020-05-29",
        status: CohortStatus.COMPLETED,
        sessions: [
          ...moduleDays(steppingUpBand7.workshop1, ["2020-03-03", "2020-03-04", "2020-03-05"], "09:30", "16:30"),
          ...moduleDays(steppingUpBand7.workshop2, ["2020-05-12", "2020-05-13"], "09:30", "16:30"),
        ],
      },
      {
        name: "West Essex 2020, bands 5 and 6",
        track: "Bands 5 and 6",
        capacity: 24, // illustrative
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2020-01-13", "09:00"],
        closes: ["2020-02-12", "23:59"],
        startsOn: "2020-03-02",
        endsOn: "2020-05-29",
        status: CohortStatus.COMPLETED,
        sessions: [
          ...moduleDays(steppingUpBands56.module1, ["2020-03-10", "2020-03-11"], "09:30", "16:30"),
          ...moduleDays(steppingUpBands56.module2, ["2020-05-19", "2020-05-20"], "09:30", "16:30"),
        ],
      },
      {
        name: "2027, band 7",
        track: "Band 7",
        capacity: 24,
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2026-11-02", "09:00"],
        closes: ["2027-01-13", "23:59"], // a Wednesday, as in the seed
        startsOn: "2027-02-01",
        endsOn: "2027-04-30",
        status: CohortStatus.OPEN,
        sessions: [
          ...moduleDays(steppingUpBand7.workshop1, ["2027-02-09", "2027-02-10", "2027-02-11"], "09:30", "16:30"),
          ...moduleDays(steppingUpBand7.workshop2, ["2027-03-30", "2027-03-31"], "09:30", "16:30"),
        ],
      },
      {
        name: "2027, bands 5 and 6",
        track: "Bands 5 and 6",
        capacity: 24,
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2026-11-02", "09:00"],
        closes: ["2027-01-13", "23:59"],
        startsOn: "2027-02-01",
        endsOn: "2027-04-30",
        status: CohortStatus.OPEN,
        sessions: [
          ...moduleDays(steppingUpBands56.module1, ["2027-02-16", "2027-02-17"], "09:30", "16:30"),
          ...moduleDays(steppingUpBands56.module2, ["2027-04-06", "2027-04-07"], "09:30", "16:30"),
        ],
      },
    ],
  },
  {
    academy: "South East Leadership Academy",
    title: "South East BAME Career Development Programme",
    summary:
      "A positive action career development programme for Black, Asian and minority ethnic staff seeking progression and promotion: a 2-day, 5-module workshop, two Action Learning Sets and at least six months of mentoring or coaching.",
    description: [
      "The NHS Workforce Race Equality Standard 2023 shows Black and minority ethnic (BME) staff make up almost a quarter of the workforce. While representation at board level has increased, BME staff remain proportionally under-represented, and the layer of ethnicity creates an even bigger disadvantage in the perceptions of talent and the level of support they are able to access.",
      "One barrier is the ability to feel empowered and resilient after experiencing discrimination: without enough support, people are unlikely to put themselves forward in the same way as their white colleagues. This programme tackles both, and the Action Learning Sets and mentoring or coaching let participants learn, grow and share after the programme.",
      "Successful applicants identify an active mentor or coach before the start, who will support and challenge them through their career aspirations and goals; the South East Leadership Academy helps them choose one.",
    ].join("\n\n"),
    aims: [
      "Support those who identify as Black, Asian and minority ethnic to develop their sense of personal agency and impact",
      "Build strong networks to support participants' development and career progression",
      "Help participants feel empowered and resilient after experiencing discrimination, and put themselves forward",
    ],
    learningOutcomes: [
      "Create a viable action plan using values, vision and goals",
      "Build confidence and skills",
      "Use self-reflection to reduce the impact of micro-aggressions and internalised stereotypes based on race and gender",
    ],
    benefits: [
      "A mentor or coach committed to supporting and challenging you through your career aspirations and goals",
      "Two Action Learning Sets: a safe, supportive and confidential space to explore options and risks of career topics and challenges as BAME members of the NHS",
      "Learning, growing and sharing with peers after the programme",
    ],
    deliveryModes: [FACE_TO_FACE],
    duration: "About 6 months",
    commitments: [
      "Commit to the 2 full days of the course",
      "Secure a coach or a mentor before the workshop dates",
      "Attend 2 Action Learning Set sessions after the workshop",
      "A minimum of 6-month coaching or mentoring relationship",
      "Post-programme follow-up and evaluation",
    ],
    targetRoles: ["Black, Asian and minority ethnic staff seeking career progression and promotion"],
    eligibility: {
      ethnicity: EthnicityCriterion.POSITIVE_ACTION_BME,
      requirements: [EligibilityRequirement.MENTOR_OR_COACH_IDENTIFIED],
    },
    modules: Object.values(bame),
    tracks: [],
    cohorts: [
      {
        name: "February 2024",
        capacity: 12, // "We only have 12 spaces on this programme"
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2023-12-01", "09:00"], // illustrative
        closes: ["2024-01-31", "17:00"], // illustrative: mentors to be secured by the end of January
        startsOn: "2024-02-27",
        endsOn: "2024-08-30",
        status: CohortStatus.COMPLETED,
        facilitators: [
          { organisation: "Thresholds Ltd", role: "Workshop facilitator" },
          { name: "Sandie Dunn", role: "Action Learning Sets facilitator" },
        ],
        sessions: [
          ...moduleDays(bame.workshop, ["2024-02-27", "2024-02-28"], "09:00", "16:30", { facilitator: 0 }),
          { module: bame.als1.key, title: "Action Learning Set 1 (March, date to be confirmed)", date: "2024-03-12", start: "10:00", end: "13:00", facilitator: 1 },
          { module: bame.als2.key, title: "Action Learning Set 2 (March, date to be confirmed)", date: "2024-03-26", start: "10:00", end: "13:00", facilitator: 1 },
        ],
      },
      {
        name: "February 2027",
        capacity: 12,
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2026-11-16", "09:00"],
        closes: ["2027-01-29", "17:00"],
        startsOn: "2027-02-24",
        endsOn: "2027-08-31",
        status: CohortStatus.OPEN,
        facilitators: [
          { organisation: "Thresholds Ltd", role: "Workshop facilitator" },
          { name: "Sandie Dunn", role: "Action Learning Sets facilitator" },
        ],
        sessions: [
          ...moduleDays(bame.workshop, ["2027-02-24", "2027-02-25"], "09:00", "16:30", { facilitator: 0 }),
          { module: bame.als1.key, title: "Action Learning Set 1", date: "2027-03-10", start: "10:00", end: "13:00", onlineUrl: TEAMS_LINK, facilitator: 1 },
          { module: bame.als2.key, title: "Action Learning Set 2", date: "2027-03-31", start: "10:00", end: "13:00", onlineUrl: TEAMS_LINK, facilitator: 1 },
        ],
      },
    ],
  },
  {
    academy: "HPMA London Academy",
    title: "Anti-Racist Leadership Programme",
    summary:
      "Twelve months for a cohort of 20 HR and OD professionals in HPMA London Academy member organisations, with the capability and ambition to start a quiet revolution in the anti-racist practice of HR/OD in the NHS.",
    description: [
      "This programme will give each participant the chance to reflect deeply on their own racialised identity and how that involves them inescapably in a system within which they experience racism and/or benefit from racism.",
      "London has the highest proportion of Black, Asian and minority ethnic NHS staff, and 2019 WRES data showed the relative likelihood of white applicants being appointed from shortlisting compared to Black, Asian and minority ethnic applicants in London at 1.60, the highest in England. Of approximately 2,500 HR and OD staff in London, 45% are from a Black, Asian or minority ethnic background, yet they are not representative at senior management level: there is a glass ceiling from band 6 upwards.",
      "The programme combines theory and practice, with participants expected to lead anti-racism change within their HR and OD functions and share emerging results and challenges with their peers. It is open to all senior workforce professionals, Black, minority ethnic and white colleagues, who lead functions within their HR and OD directorate and work within HPMA London Academy member organisations.",
    ].join("\n\n"),
    aims: [
      "Start a quiet revolution in the anti-racist practice of HR/OD in the NHS, from within",
      "Significantly increase participants' competence and confidence in tackling racism in themselves, their teams and their organisations",
      "Create a community of practice and thought leadership that seeks to revolutionise the status quo whilst reducing racial inequalities across the system",
    ],
    learningOutcomes: [
      "Reflect deeply on your own racialised identity and your own practice",
      "Tackle racism, including the subtle racism that allows us to tolerate or rationalise persistent and harmful inequalities of treatment and outcome",
      "Gain a thorough theoretical grounding, and learn from your own and one another's here and now experience",
      "Enhance your most powerful anti-racist tool, your use of self: embodying a way of being at work with anti-racism at its heart",
    ],
    benefits: [
      "A community of practice and thought leadership across London's HR and OD professions",
      "Learning from peers who lead anti-racism change in their own HR and OD functions",
    ],
    deliveryModes: [FACE_TO_FACE, WORKPLACE_BASED],
    duration: "12 months",
    commitments: [
      "Lead anti-racism change within your HR and OD function",
      "Share emerging results and challenges with your peers",
      "Send an equality monitoring form with your application",
    ],
    targetRoles: ["Senior HR and OD professionals who lead functions within their HR and OD directorate"],
    eligibility: {
      staffGroups: [StaffGroup.HR_OD],
      ethnicity: EthnicityCriterion.OPEN_TO_ALL,
      memberOrganisationsOnly: true,
      requirements: [EligibilityRequirement.EQUALITY_MONITORING_FORM],
    },
    modules: Object.values(arlp),
    tracks: [],
    cohorts: [
      {
        name: "First cohort 2021-22",
        capacity: 20, // "a cohort of 20 HR/OD professionals"
        allocationPolicy: AllocationPolicy.PANEL_SELECTION, // "will select a cohort"
        opens: ["2021-08-02", "09:00"], // illustrative
        closes: ["2021-09-13", "10:00"], // "by 10am 13th September 2021"
        startsOn: "2021-10-01",
        endsOn: "2022-09-30",
        status: CohortStatus.COMPLETED,
      },
      {
        name: "Cohort 2027",
        capacity: 20,
        allocationPolicy: AllocationPolicy.PANEL_SELECTION,
        opens: ["2026-11-09", "09:00"],
        closes: ["2027-01-11", "10:00"],
        startsOn: "2027-02-01",
        endsOn: "2028-01-31",
        status: CohortStatus.OPEN,
        sessions: [
          { module: arlp.learning.key, title: arlp.learning.title, date: "2027-02-04", start: "09:30", end: "16:30", venue: "London (venue to be confirmed)" },
          { module: arlp.peers.key, title: arlp.peers.title, date: "2027-05-06", start: "09:30", end: "16:30", venue: "London (venue to be confirmed)" },
        ],
      },
    ],
  },
  {
    academy: "NHS Leadership Academy",
    title: "Career Advancement Programme in Promoting Racial Equity in Healthcare",
    summary:
      "Training for professionals who want to champion diversity and inclusion in healthcare: practical skills and knowledge for driving meaningful change in healthcare organisations.",
    description: [
      "The programme focuses on developing practical skills and knowledge essential for driving meaningful change within healthcare organisations. It combines online learning modules with workshops and networking opportunities over several months.",
      "Black, Asian and minority ethnic staff are under-represented in senior leadership roles in the NHS. Addressing this needs targeted initiatives focused on mentorship, leadership training and removing systemic barriers; investing in career development and racial equity is a vital step towards better healthcare quality and outcomes for all.",
    ].join("\n\n"),
    aims: [
      "Champion diversity and inclusion within healthcare",
      "Address the under-representation of Black, Asian and minority ethnic staff in senior leadership roles",
      "Build a more diverse and equitable workforce and a more just and equitable healthcare system",
    ],
    learningOutcomes: [
      "Master culturally competent communication",
      "Understand systemic racism's impact on health disparities",
      "Develop strategies to implement equitable policies and practices",
      "Gain expertise in diversity, equity and inclusion (DEI) initiatives",
      "Develop the leadership skills to advocate for marginalised communities within healthcare settings",
    ],
    benefits: [
      "Enhanced career prospects",
      "Opportunities to contribute significantly to a more just and equitable healthcare system",
      "Skills increasingly sought after by employers committed to a diverse and equitable workforce",
    ],
    deliveryModes: [ONLINE, FACE_TO_FACE],
    duration: "Several months",
    commitments: ["Complete the online learning modules", "Attend the workshops and networking sessions"],
    targetRoles: ["Physicians", "Nurses", "Administrators", "Social workers"],
    eligibility: { ethnicity: EthnicityCriterion.OPEN_TO_ALL },
    modules: Object.values(cap),
    tracks: [],
    cohorts: [
      {
        name: "Spring 2027",
        capacity: 30, // illustrative
        allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
        opens: ["2026-11-01", "09:00"],
        closes: ["2027-02-26", "17:00"],
        startsOn: "2027-03-15",
        endsOn: "2027-09-30",
        status: CohortStatus.OPEN,
        sessions: [
          { module: cap.equity.key, title: cap.equity.title, date: "2027-03-16", start: "13:00", end: "16:00", onlineUrl: TEAMS_LINK },
          { module: cap.communication.key, title: cap.communication.title, date: "2027-04-20", start: "13:00", end: "16:00", onlineUrl: TEAMS_LINK },
          { module: cap.policy.key, title: cap.policy.title, date: "2027-06-08", start: "09:30", end: "16:30", venue: "Leeds (venue to be confirmed)" },
          { module: cap.networking.key, title: cap.networking.title, date: "2027-09-14", start: "09:30", end: "16:30", venue: "Leeds (venue to be confirmed)" },
        ],
      },
    ],
  },
];

/** Which trusts are members of which academy. */
const MEMBERSHIP: Record<string, (organisation: Organisation) => boolean> = {
  "NHS Leadership Academy": (o) => o.kind === OrganisationKind.TRUST,
  "HPMA London Academy": (o) => o.kind === OrganisationKind.TRUST && o.region === NhsRegion.LONDON,
  "South East Leadership Academy": (o) => o.kind === OrganisationKind.TRUST && o.region === NhsRegion.SOUTH_EAST,
};

/** When the demo's current cohorts were written: their windows are open around this day. */
const WRITTEN_ON = Date.UTC(2026, 10, 22);
const WEEK_MS = 7 * 86_400_000;

/**
 * Whole weeks since the demo data was written, in days. Current cohorts are
 * moved on by this much when seeded, so a newcomer always finds applications
 * open (and the weekdays the seeds name, such as a Wednesday deadline, hold).
 */
export function currentCohortShiftDays(now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - WRITTEN_ON) / WEEK_MS)) * 7;
}

/** A current (open) cohort moved on by whole weeks; its name follows its start year. Past cohorts stay as the seeds date them. */
export function keptCurrent(cohort: DemoCohort, days: number): DemoCohort {
  if (cohort.status !== CohortStatus.OPEN || days === 0) return cohort;
  const shift = (date: string) => addDaysToLocalDate(date, days);
  const startsOn = shift(cohort.startsOn);
  return {
    ...cohort,
    name: cohort.name.replace(cohort.startsOn.slice(0, 4), startsOn.slice(0, 4)),
    opens: [shift(cohort.opens[0]), cohort.opens[1]],
    closes: [shift(cohort.closes[0]), cohort.closes[1]],
    startsOn,
    endsOn: shift(cohort.endsOn),
    sessions: cohort.sessions?.map((session) => ({ ...session, date: shift(session.date) })),
  };
}

function london([date, time]: [string, string]): Date {
  const instant = fromLondon({ date, time });
  if (!instant) throw new Error(`demo data: ${date} ${time} is not a London time`);
  return instant;
}

/** Adds the academies' members and the four programmes when there are no programmes yet. */
export async function seedDemoProgrammes(db: EntityManager, now: Date = new Date()): Promise<"seeded" | "skipped"> {
  if ((await db.getRepository(Programme).count()) > 0) return "skipped";
  const organisations = await db.getRepository(Organisation).find();
  const byName = new Map(organisations.map((o) => [o.name, o]));
  const named = (name: string) => {
    const organisation = byName.get(name);
    if (!organisation) throw new Error(`demo data: no organisation called ${name}`);
    return organisation;
  };

  if ((await db.getRepository(AcademyMembership).count()) === 0) {
    for (const [academyName, isMember] of Object.entries(MEMBERSHIP)) {
      const academy = named(academyName);
      const members = organisations.filter(isMember).map((member) => ({ academyId: academy.id, memberId: member.id }));
      if (members.length > 0) await db.getRepository(AcademyMembership).insert(members);
    }
  }

  for (const demo of DEMO_PROGRAMMES) {
    for (const rules of [demo.eligibility, ...demo.tracks.map((t) => t.eligibility)]) {
      const problems = eligibilityRulesProblems(rules);
      if (problems.length > 0) throw new Error(`demo data: ${demo.title} has bad eligibility rules: ${JSON.stringify(problems)}`);
    }
    const programme = await db.getRepository(Programme).save(
      db.getRepository(Programme).create({
        academyId: named(demo.academy).id,
        title: demo.title,
        summary: demo.summary,
        description: demo.description,
        aims: demo.aims,
        learningOutcomes: demo.learningOutcomes,
        benefits: demo.benefits,
        deliveryModes: demo.deliveryModes,
        duration: demo.duration,
        commitments: demo.commitments,
        targetRoles: demo.targetRoles,
        status: ProgrammeStatus.PUBLISHED,
        eligibility: demo.eligibility,
        publishedAt: new Date(),
      }),
    );
    const moduleIds = new Map<string, string>();
    const saveModules = async (modules: DemoModule[], trackId: string | null) => {
      for (const [position, { key, ...module }] of modules.entries()) {
        const saved = await db.getRepository(ModuleTemplate).save(
          db.getRepository(ModuleTemplate).create({ ...module, deliveryMode: module.deliveryMode ?? null, description: module.description ?? null, programmeId: programme.id, trackId, position }),
        );
        moduleIds.set(key, saved.id);
      }
    };
    await saveModules(demo.modules, null);
    const trackIds = new Map<string, string>();
    for (const [position, track] of demo.tracks.entries()) {
      const saved = await db.getRepository(ProgrammeTrack).save(
        db.getRepository(ProgrammeTrack).create({ programmeId: programme.id, name: track.name, description: track.description, eligibility: track.eligibility, position }),
      );
      trackIds.set(track.name, saved.id);
      await saveModules(track.modules, saved.id);
    }

    for (const demoCohort of demo.cohorts.map((cohort) => keptCurrent(cohort, currentCohortShiftDays(now)))) {
      const cohort = await db.getRepository(Cohort).save(
        db.getRepository(Cohort).create({
          programmeId: programme.id,
          trackId: demoCohort.track ? (trackIds.get(demoCohort.track) ?? null) : null,
          name: demoCohort.name,
          capacity: demoCohort.capacity,
          allocationPolicy: demoCohort.allocationPolicy,
          applicationsOpenAt: london(demoCohort.opens),
          applicationsCloseAt: london(demoCohort.closes),
          startsOn: demoCohort.startsOn,
          endsOn: demoCohort.endsOn,
          status: demoCohort.status,
        }),
      );
      const facilitators = await db.getRepository(CohortFacilitator).save(
        (demoCohort.facilitators ?? []).map((f, position) =>
          db.getRepository(CohortFacilitator).create({
            cohortId: cohort.id,
            organisationId: f.organisation ? named(f.organisation).id : null,
            userId: null,
            name: f.name ?? null,
            role: f.role,
            position,
          }),
        ),
      );
      const sessions = (demoCohort.sessions ?? []).map((s) => {
        const dayMatch = /day (\d+) of/.exec(s.title);
        return db.getRepository(CohortSession).create({
          cohortId: cohort.id,
          moduleTemplateId: moduleIds.get(s.module) ?? null,
          facilitatorId: s.facilitator !== undefined ? facilitators[s.facilitator].id : null,
          title: s.title,
          kind: demo.modules.concat(demo.tracks.flatMap((t) => t.modules)).find((m) => m.key === s.module)?.kind ?? WORKSHOP,
          dayNumber: dayMatch ? Number(dayMatch[1]) : 1,
          startsAt: london([s.date, s.start]),
          endsAt: london([s.date, s.end]),
          venue: s.venue ?? null,
          onlineUrl: s.onlineUrl ?? null,
        });
      });
      if (sessions.length > 0) await db.getRepository(CohortSession).save(sessions);
    }
  }
  return "seeded";
}
