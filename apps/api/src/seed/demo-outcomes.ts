import {
  addMonthsToLocalDate,
  AFC_BANDS_IN_ORDER,
  AfcBand,
  ApplicationActor,
  ApplicationStatus,
  CareerOutcomeKind,
  CareerOutcomeSource,
  EndorsementStatus,
  localDateToNoonUtc,
  OutcomeGroup,
  ParticipantStatus,
  StaffGroup,
  TransitionReason,
} from "@ascent/domain";
import { EntityManager } from "typeorm";
import { Application, ApplicationTransition, Participant } from "../modules/application";
import { CareerOutcome } from "../modules/career-outcome";
import { COHORT_END_SQL } from "../modules/career-outcome";
import { Cohort } from "../modules/cohort";
import { Organisation } from "../modules/organisation";

/**
 * SYNTHETIC demo data for career outcomes: fictional participants and
 * waitlisted applicants (who agreed to follow-up) in Stepping Up's two
 * completed 2020 cohorts, with promotions and other moves over two years after the end, so
 * the programme impact page shows something on first start. The numbers
 * are made up to look plausible (participants promoted more often than the
 * comparison group, by 24 months clearly so); they are not NHS figures.
 */
interface Plan {
  cohort: string;
  trusts: string[];
  bands: AfcBand[];
  staffGroup: StaffGroup;
  participants: number;
  comparison: number;
  /** Waitlisted applicants who did not agree to follow-up: never in the figures. */
  notFollowed: number;
  /** Promoted within 6, 12 and 24 months of completion (cumulative). */
  promoted: { participants: [number, number, number]; comparison: [number, number, number] };
  /** People (not promoted) who acted up, went on secondment, moved at the same band or left. */
  otherMoves: number;
}

const PLANS: Plan[] = [
  {
    cohort: "West Essex 2020, band 7",
    trusts: ["RQW", "RWH", "RAJ", "R1L"],
    bands: [AfcBand.BAND_7],
    staffGroup: StaffGroup.NURSING_AND_MIDWIFERY,
    participants: 24,
    comparison: 13,
    notFollowed: 2,
    promoted: { participants: [4, 8, 12], comparison: [1, 2, 3] },
    otherMoves: 5,
  },
  {
    cohort: "West Essex 2020, bands 5 and 6",
    trusts: ["RQW", "RWH", "RAJ", "RC9"],
    bands: [AfcBand.BAND_5, AfcBand.BAND_6],
    staffGroup: StaffGroup.ALLIED_HEALTH_PROFESSIONALS,
    participants: 24,
    comparison: 13,
    notFollowed: 1,
    promoted: { participants: [3, 7, 12], comparison: [1, 2, 3] },
    otherMoves: 5,
  },
];

/** An illustrative baseline for Stepping Up (SYNTHETIC). */
const BASELINES = [{ programme: "Stepping Up", annualRatePercent: 12, source: "Illustrative demo figure (synthetic): promotions of BME staff at bands 5 to 7 in the academy's trusts, per year" }];

const FIRST = ["Adaeze", "Bilal", "Chen", "Deepa", "Emeka", "Fatima", "Grace", "Hassan", "Ifeoma", "Jaspreet", "Kwame", "Leila", "Mohammed", "Nadia", "Obinna", "Parveen", "Rashid", "Sunita", "Tendai", "Usha", "Vikram", "Wanjiru", "Yusuf", "Zainab", "Ama", "Rohan", "Mei", "Tariq", "Folake", "Arjun"];
const LAST = ["Adeyemi", "Begum", "Chowdhury", "Danso", "Eze", "Farah", "Gupta", "Haque", "Ibrahim", "Joseph", "Khan", "Liu", "Mensah", "Nwosu", "Osei", "Patel", "Rahman", "Singh", "Thomas", "Uddin", "Varghese", "Williams", "Yeboah", "Zhang"];
const OTHER_MOVES = [CareerOutcomeKind.ACTING_UP, CareerOutcomeKind.SECONDMENT, CareerOutcomeKind.NEW_ROLE_SAME_BAND, CareerOutcomeKind.LEFT_NHS];

const nextBand = (band: AfcBand) => AFC_BANDS_IN_ORDER[AFC_BANDS_IN_ORDER.indexOf(band) + 1];

/** Adds the demo people and outcomes once: skipped when any outcome exists, and per cohort when it already has applications. */
export async function seedDemoOutcomes(db: EntityManager): Promise<"seeded" | "skipped"> {
  if ((await db.getRepository(CareerOutcome).count()) > 0) return "skipped";
  let person = 0;
  let seeded = false;
  for (const plan of PLANS) {
    const cohort = await db.getRepository(Cohort).findOneBy({ name: plan.cohort });
    if (!cohort || (await db.getRepository(Application).countBy({ cohortId: cohort.id })) > 0) continue;
    const [{ ends_on: endedOn }]: Array<{ ends_on: string }> = await db.query(`SELECT ${COHORT_END_SQL} AS ends_on FROM cohort c WHERE c.id = $1`, [cohort.id]);
    const trusts = await db.getRepository(Organisation).createQueryBuilder("o").where("o.ods_code IN (:...codes)", { codes: plan.trusts }).orderBy("o.ods_code").getMany();
    const appliedAt = localDateToNoonUtc(addMonthsToLocalDate(cohort.startsOn, -2));
    let receipt = 0;
    const make = async (group: OutcomeGroup | null, index: number): Promise<{ id: string; participantId: string | null; band: AfcBand }> => {
      person += 1;
      receipt += 1;
      const name = `${FIRST[(person * 7) % FIRST.length]} ${LAST[(person * 5) % LAST.length]}`;
      const band = plan.bands[index % plan.bands.length];
      const placed = group === OutcomeGroup.PARTICIPANT;
      const application = await db.getRepository(Application).save(
        db.getRepository(Application).create({
          reference: `ASC-OUTC${String(person).padStart(4, "0")}`,
          cohortId: cohort.id,
          receiptNumber: receipt,
          receivedAt: new Date(appliedAt.getTime() + receipt * 60 * 60 * 1000),
          idempotencyKey: `demo-outcomes-${person}`,
          status: placed ? ApplicationStatus.ACCEPTED : ApplicationStatus.WAITLISTED,
          eligible: true,
          applicantName: name,
          applicantEmail: `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${person}@nhs.example`,
          organisationId: trusts[index % trusts.length]?.id ?? null,
          organisationName: null,
          jobTitle: plan.staffGroup === StaffGroup.NURSING_AND_MIDWIFERY ? "Nurse" : "Physiotherapist",
          staffGroup: plan.staffGroup,
          band,
          positiveActionDeclared: true,
          positiveActionConsentAt: appliedAt,
          followUpConsentAt: group === null ? null : appliedAt,
          answers: [],
          endorsementStatus: EndorsementStatus.NOT_REQUIRED,
        }),
      );
      const steps: Array<[ApplicationStatus, TransitionReason]> = placed
        ? [
            [ApplicationStatus.OFFERED, TransitionReason.PLACE_FREE],
            [ApplicationStatus.ACCEPTED, TransitionReason.ACCEPTED],
          ]
        : [[ApplicationStatus.WAITLISTED, TransitionReason.NO_PLACE_FREE]];
      let from: ApplicationStatus | null = null;
      for (const [to, reason] of steps) {
        await db.getRepository(ApplicationTransition).insert({ applicationId: application.id, fromStatus: from, toStatus: to, reason, actor: ApplicationActor.APPLICANT, note: null, occurredAt: application.receivedAt });
        from = to;
      }
      const participantId = placed ? ((await db.getRepository(Participant).insert({ cohortId: cohort.id, applicationId: application.id, status: ParticipantStatus.ENROLLED })).identifiers[0].id as string) : null;
      return { id: application.id, participantId, band };
    };
    const outcome = (applicationId: string, participantId: string | null, group: OutcomeGroup, kind: CareerOutcomeKind, band: AfcBand, monthsAfter: number, day: number) =>
      db.getRepository(CareerOutcome).insert({
        applicationId,
        participantId,
        group,
        kind,
        effectiveOn: addMonthsToLocalDate(endedOn, monthsAfter).slice(0, 8) + String(day).padStart(2, "0"),
        bandBefore: kind === CareerOutcomeKind.LEFT_NHS || kind === CareerOutcomeKind.SECONDMENT ? null : band,
        bandAfter: kind === CareerOutcomeKind.PROMOTION || kind === CareerOutcomeKind.ACTING_UP ? nextBand(band) : kind === CareerOutcomeKind.NEW_ROLE_SAME_BAND ? band : null,
        source: [CareerOutcomeSource.SELF_REPORTED, CareerOutcomeSource.STAFF, CareerOutcomeSource.PARTNER][(applicationId.charCodeAt(0) + day) % 3],
      });
    for (const group of [OutcomeGroup.PARTICIPANT, OutcomeGroup.COMPARISON]) {
      const count = group === OutcomeGroup.PARTICIPANT ? plan.participants : plan.comparison;
      const [by6, by12, by24] = group === OutcomeGroup.PARTICIPANT ? plan.promoted.participants : plan.promoted.comparison;
      for (let index = 0; index < count; index += 1) {
        const { id, participantId, band } = await make(group, index);
        // Promotion months: within 6 (2 to 5), within 12 (7 to 11), within 24 (13 to 22); then a few other moves.
        if (index < by6) await outcome(id, participantId, group, CareerOutcomeKind.PROMOTION, band, 2 + (index % 4), 1 + (index % 27));
        else if (index < by12) await outcome(id, participantId, group, CareerOutcomeKind.PROMOTION, band, 7 + (index % 5), 1 + (index % 27));
        else if (index < by24) await outcome(id, participantId, group, CareerOutcomeKind.PROMOTION, band, 13 + (index % 10), 1 + (index % 27));
        else if (index < by24 + (group === OutcomeGroup.PARTICIPANT ? plan.otherMoves : Math.ceil(plan.otherMoves / 2))) {
          await outcome(id, participantId, group, OTHER_MOVES[index % OTHER_MOVES.length], band, 4 + ((index * 5) % 18), 1 + (index % 27));
        }
      }
    }
    for (let index = 0; index < plan.notFollowed; index += 1) await make(null, index);
    seeded = true;
  }
  for (const baseline of BASELINES) {
    await db.query(
      `INSERT INTO programme_impact_baseline (programme_id, annual_rate_percent, source) SELECT id, $2, $3 FROM programme WHERE title = $1 ON CONFLICT DO NOTHING`,
      [baseline.programme, baseline.annualRatePercent, baseline.source],
    );
  }
  return seeded ? "seeded" : "skipped";
}
