import type { AfcBand } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import type { Participant } from "./participant.entity";

/** Who a participant is, wherever it is kept: their application, or the participant itself when added by hand. */
export interface ParticipantDetails {
  /** Null once erased. */
  name: string | null;
  email: string | null;
  /** Their employer, when it is an organisation Ascent knows. */
  organisationId: string | null;
  /** Their employer, typed, when it is not. */
  organisationName: string | null;
  jobTitle: string | null;
  band: AfcBand | null;
}

export async function participantDetails(ctx: RequestContext, participant: Participant): Promise<ParticipantDetails> {
  if (participant.applicationId) {
    const application = await ctx.loaders.applicationById.load(participant.applicationId);
    return {
      name: application?.applicantName ?? null,
      email: application?.applicantEmail ?? null,
      organisationId: application?.organisationId ?? null,
      organisationName: application?.organisationName ?? null,
      jobTitle: application?.jobTitle ?? null,
      band: application?.band ?? null,
    };
  }
  return {
    name: participant.personName,
    email: participant.personEmail,
    organisationId: participant.organisationId,
    organisationName: participant.organisationName,
    jobTitle: participant.jobTitle,
    band: participant.band,
  };
}

/**
 * The same in SQL, for a participant aliased `pt`: a column of their details
 * (`name`, `email`, `organisation_id`, `organisation_name`, `job_title`,
 * `band`) from the application when there is one, else the participant's own.
 */
export function participantDetailSql(column: "name" | "email" | "organisation_id" | "organisation_name" | "job_title" | "band", alias = "pt"): string {
  const applicationColumn = column === "name" ? "applicant_name" : column === "email" ? "applicant_email" : column;
  const ownColumn = column === "name" ? "person_name" : column === "email" ? "person_email" : column;
  return `(CASE WHEN ${alias}.application_id IS NULL THEN ${alias}.${ownColumn} ELSE (SELECT a_d.${applicationColumn} FROM application a_d WHERE a_d.id = ${alias}.application_id) END)`;
}
