import { addDaysToLocalDate, addMonthsToLocalDate, FOLLOW_UP_MONTHS, OutcomeGroup, toLondon } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../graphql/context";
import type { JobDefinition } from "../../jobs";
import { LinkPurpose, type LinkSigner, participantDetails } from "../application";
import { enqueueMessage } from "../notification";
import { COHORT_END_SQL } from "./completion";
import { type OutcomePersonRow, outcomePeople } from "./outcome-people";

export const FOLLOW_UP_JOB = "career-outcome.follow-up";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A follow-up link works this long after it is sent. */
const LINK_DAYS = 90;
/**
 * A horizon reached up to this many days ago is still followed up (the
 * daily job may have missed days); older ones are not, so loading past
 * cohorts never mails people about a programme they finished years ago.
 */
const CATCH_UP_DAYS = 30;

export interface FollowUpSettings {
  consoleUrl: string;
}

/**
 * The follow-up emails at 6, 12 and 24 months after completion: once a day
 * (cron, once across all api processes) every person who reached a horizon
 * in the last 30 days gets one email with their private link, through the
 * outbox: participants (also those staff added by hand, when they have an
 * email address) and the consenting comparison group. Each email has a dedupe key per person and horizon, so a rerun
 * sends nothing twice.
 */
export function followUpJobs(links: () => LinkSigner, settings: () => FollowUpSettings): Record<string, JobDefinition> {
  return {
    [FOLLOW_UP_JOB]: {
      cron: "0 8 * * *",
      handler: async (_data: unknown, ctx) => {
        await inTransaction(ctx, (tx) => sendDueFollowUps(tx, links(), settings(), toLondon(new Date()).date));
      },
    },
  };
}

/** Sends the follow-ups due on `today` (London date); returns how many emails were written. */
export async function sendDueFollowUps(tx: RequestContext, links: LinkSigner, settings: FollowUpSettings, today: string): Promise<number> {
  const longest = Math.max(...FOLLOW_UP_MONTHS);
  // Cohorts that ended between `longest` months (and the catch-up) ago and today: only they can have a horizon due.
  const cohorts: Array<{ id: string; title: string; name: string }> = await tx.db.query(
    `SELECT c.id, p.title, c.name FROM cohort c JOIN programme p ON p.id = c.programme_id
      WHERE c.status <> 'CANCELLED' AND ${COHORT_END_SQL}::date BETWEEN $1::date - make_interval(months => $2) - make_interval(days => $3) AND $1::date`,
    [today, longest, CATCH_UP_DAYS],
  );
  if (cohorts.length === 0) return 0;
  const people = await outcomePeople(tx.db, { cohortIds: cohorts.map((cohort) => cohort.id) });
  const lower = addDaysToLocalDate(today, -CATCH_UP_DAYS);
  let sent = 0;
  for (const person of people) {
    const due = FOLLOW_UP_MONTHS.filter((months) => {
      const on = addMonthsToLocalDate(person.completedOn, months);
      return on <= today && on >= lower;
    });
    if (due.length === 0) continue;
    const recipient = await recipientOf(tx, person, links, new Date(Date.now() + LINK_DAYS * DAY_MS));
    // Erased, or no email address (someone added by hand without one): nobody to write to.
    if (!recipient) continue;
    const cohort = cohorts.find((entry) => entry.id === person.cohortId) as { title: string; name: string };
    const link = `${settings.consoleUrl}/outcomes/follow-up/${encodeURIComponent(recipient.token)}`;
    for (const months of due) {
      const why =
        person.group === OutcomeGroup.PARTICIPANT
          ? `It is ${months} months since you completed ${cohort.title} (${cohort.name}). We would like to know how your career has moved on since.`
          : `When you applied to ${cohort.title} (${cohort.name}) you agreed that we could ask about your career afterwards. It is ${months} months since that cohort ended. Your answer matters even though you did not get a place: comparing careers is how we find out whether the programme helps.`;
      const { created } = await enqueueMessage(tx, {
        kind: "career-outcome.follow-up",
        to: recipient.email,
        subject: `How has your career moved on? ${cohort.title}, ${months} months on`,
        text: [
          recipient.name ? `Dear ${recipient.name},` : "Hello,",
          why,
          `If you have been promoted, acted up, gone on secondment, moved to a new role at the same band, or left the NHS, tell us at your private link (it works for ${LINK_DAYS} days; no account is needed):\n${link}`,
          "If nothing has changed, you don't need to do anything. We use the answers only in figures about the programme as a whole; small groups are never shown outside the academy.",
        ].join("\n\n"),
        // One per person and horizon. Someone who applied keeps the key by application that mails sent before participant links used.
        dedupeKey: person.applicationId ? `career-follow-up:${person.applicationId}:${months}` : `career-follow-up:participant:${person.participantId as string}:${months}`,
      });
      if (created) sent += 1;
    }
  }
  return sent;
}

/**
 * Who a follow-up goes to and their link: a participant (whether they applied
 * or staff added them by hand) gets a link naming the participant, revoked
 * when they withdraw; a comparison-group applicant one naming their
 * application. Null when their data was erased or there is no email address.
 */
async function recipientOf(tx: RequestContext, person: OutcomePersonRow, links: LinkSigner, expiresAt: Date): Promise<{ email: string; name: string | null; token: string } | null> {
  const application = person.applicationId ? await tx.loaders.applicationById.load(person.applicationId) : null;
  if (application?.erasedAt) return null;
  if (person.participantId) {
    const participant = await tx.loaders.participantById.load(person.participantId);
    if (!participant) return null;
    const { email, name } = await participantDetails(tx, participant);
    if (!email) return null;
    return { email, name, token: links.sign({ purpose: LinkPurpose.PARTICIPANT_FOLLOW_UP, participantId: participant.id, version: participant.linkVersion, expiresAt }) };
  }
  if (!application?.applicantEmail) return null;
  return { email: application.applicantEmail, name: application.applicantName, token: links.sign({ purpose: LinkPurpose.FOLLOW_UP, applicationId: application.id, version: application.linkVersion, expiresAt }) };
}
