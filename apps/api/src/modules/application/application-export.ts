import { afcBandLabels, applicationStatusLabels, endorsementStatusLabels, medicalGradeLabels, Role, staffGroupLabels, toLondon } from "@ascent/domain";
import type { AfcBand, Answer, ApplicationStatus, EndorsementStatus, MedicalGrade, StaffGroup } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { forbidden } from "../../graphql/errors";
import { recordAudit } from "../audit";
import { Cohort } from "../cohort";
import { canManageAcademy } from "../programme";
import { ApplicationService } from "./application.service";
import { toCsv } from "./applications.csv";

interface ExportRow {
  reference: string;
  receipt_number: number;
  received_at: Date;
  status: ApplicationStatus;
  position: number | null;
  eligible: boolean;
  applicant_name: string | null;
  applicant_email: string | null;
  employer: string | null;
  job_title: string | null;
  staff_group: StaffGroup | null;
  band: AfcBand | null;
  medical_grade: MedicalGrade | null;
  line_manager_name: string | null;
  line_manager_email: string | null;
  endorsement_status: EndorsementStatus;
  panel_score: number | null;
  reviews: number;
  answers: Answer[];
  erased_at: Date | null;
}

const london = (instant: Date) => {
  const { date, time } = toLondon(instant);
  return `${date} ${time}`;
};

/**
 * A cohort's applications as CSV for its academy's staff. Deliberately
 * absent: equality monitoring answers (never per person), the
 * positive-action declaration (an ethnicity statement) and the eligibility
 * reasons (which can repeat it); the columns are listed here and nowhere else.
 */
export class ApplicationExport {
  constructor(private readonly service: ApplicationService) {}

  async cohortCsv(ctx: RequestContext, cohort: Cohort): Promise<string> {
    const { viewer } = ctx;
    if (viewer.kind !== "user" || ![Role.ADMIN, Role.PROGRAMME_MANAGER].includes(viewer.role)) throw forbidden();
    if (!canManageAcademy(ctx, await this.service.academyOf(ctx, cohort.id))) throw forbidden();
    const programme = await ctx.loaders.programmeById.load(cohort.programmeId);
    const questions = programme?.applicationQuestions ?? [];
    const rows: ExportRow[] = await ctx.db.query(
      `SELECT a.reference, a.receipt_number, a.received_at, a.status, w.position, a.eligible, a.applicant_name, a.applicant_email,
              coalesce(o.name, a.organisation_name) AS employer, a.job_title, a.staff_group, a.band, a.medical_grade,
              a.line_manager_name, a.line_manager_email, a.endorsement_status, a.panel_score, a.answers, a.erased_at,
              (SELECT count(*)::int FROM application_score s WHERE s.application_id = a.id) AS reviews
         FROM application a
         LEFT JOIN organisation o ON o.id = a.organisation_id
         LEFT JOIN (
           SELECT id, row_number() OVER (ORDER BY ${cohort.allocationPolicy === "PANEL_SELECTION" ? "panel_score DESC NULLS LAST, " : ""}receipt_number)::int AS position
             FROM application WHERE cohort_id = $1 AND status = 'WAITLISTED'
         ) w ON w.id = a.id
        WHERE a.cohort_id = $1
        ORDER BY a.receipt_number`,
      [cohort.id],
    );
    const header = [
      "Reference",
      "Receipt number",
      "Received (London)",
      "Status",
      "Waiting list position",
      "Eligible",
      "Name",
      "Work email",
      "Employer",
      "Job title",
      "Staff group",
      "Band or grade",
      "Line manager",
      "Line manager email",
      "Endorsement",
      "Panel mean score",
      "Panel reviews",
      ...questions.map((q) => q.label),
    ];
    const body = rows.map((row) => {
      const answers = new Map(row.answers.map((a) => [a.questionKey, a.value]));
      return [
        row.reference,
        row.receipt_number,
        london(row.received_at),
        applicationStatusLabels[row.status],
        row.position,
        row.eligible ? "Yes" : "No",
        row.erased_at ? "(erased)" : row.applicant_name,
        row.applicant_email,
        row.employer,
        row.job_title,
        row.staff_group ? staffGroupLabels[row.staff_group] : null,
        row.band ? afcBandLabels[row.band] : row.medical_grade ? medicalGradeLabels[row.medical_grade] : null,
        row.line_manager_name,
        row.line_manager_email,
        endorsementStatusLabels[row.endorsement_status],
        row.panel_score === null ? null : Math.round(row.panel_score * 100) / 100,
        row.reviews,
        ...questions.map((q) => answers.get(q.key) ?? null),
      ];
    });
    await recordAudit(ctx, { operation: "exportApplicationsCsv", targetType: "Cohort", targetId: cohort.id, fields: header.slice(0, 17) });
    return toCsv(header, body);
  }
}
