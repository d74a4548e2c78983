import { addDaysToLocalDate, ApplicationStatus, EndorsementStatus, formatLondonDateTime, fromLondon, TransitionReason } from "@ascent/domain";
import type { RequestContext } from "../../graphql/context";
import { Cohort } from "../cohort";
import { Programme } from "../programme";
import { enqueueMessage } from "../notification";
import { LinkPurpose, LinkSigner } from "./application.links";
import type { Application } from "./application.entity";
import type { ApplicationSettings } from "./application.settings";

type Tx = Pick<RequestContext, "db">;

export interface MessageContext {
  cohort: Cohort;
  title: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Every email about an application, written to the outbox in the
 * transaction of the change that causes it (so a rolled-back change sends
 * nothing), with its private link. Texts are plain and say what to do next.
 */
export class ApplicationNotifier {
  readonly links: LinkSigner;

  constructor(readonly settings: ApplicationSettings) {
    this.links = new LinkSigner(settings.linkSecret);
  }

  /** The end date's London midnight by cohort end date: a stampede asks for the same one thousands of times, and time zone arithmetic is not cheap. */
  private readonly linkEnds = new Map<string, Date | null>();

  /** The applicant's status link lasts until some time after the cohort ends. */
  statusLinkExpiry(cohort: Cohort): Date {
    let end = this.linkEnds.get(cohort.endsOn);
    if (end === undefined) {
      end = fromLondon({ date: addDaysToLocalDate(cohort.endsOn, this.settings.statusLinkDaysAfterCohortEnds), time: "23:59" });
      if (this.linkEnds.size >= 1000) this.linkEnds.clear();
      this.linkEnds.set(cohort.endsOn, end);
    }
    return end ? new Date(end.getTime()) : new Date(Date.now() + 365 * DAY_MS);
  }

  statusToken(application: Application, cohort: Cohort): string {
    return this.links.sign({ purpose: LinkPurpose.STATUS, applicationId: application.id, version: application.linkVersion, expiresAt: this.statusLinkExpiry(cohort) });
  }

  statusUrl(token: string): string {
    return `${this.settings.consoleUrl}/applications/status/${encodeURIComponent(token)}`;
  }

  /** Works while the place is held (or, on the waiting list, for the hold period from now). */
  endorsementLinkExpiry(application: Application, holdDays: number): Date {
    return application.holdExpiresAt ?? new Date(Date.now() + Math.max(holdDays, 14) * DAY_MS);
  }

  endorsementUrl(application: Application, holdDays: number): string {
    const token = this.links.sign({ purpose: LinkPurpose.ENDORSE, applicationId: application.id, version: application.linkVersion, expiresAt: this.endorsementLinkExpiry(application, holdDays) });
    return `${this.settings.consoleUrl}/applications/endorse/${encodeURIComponent(token)}`;
  }

  /** After arrival: the applicant's confirmation with their link, and the line manager's request when one is needed. */
  /** `about`: the cohort and programme title when the caller already has them (a batch of arrivals to one cohort). */
  async received(tx: Tx, application: Application, holdDays: number, about?: MessageContext) {
    if (!application.applicantEmail) return;
    const { cohort, title } = about ?? (await this.context(tx, application));
    const link = this.statusUrl(this.statusToken(application, cohort));
    await enqueueMessage(tx, {
      kind: "application.confirmation",
      to: application.applicantEmail,
      subject: `Application ${application.reference} received: ${title}`,
      text: [
        `Dear ${application.applicantName},`,
        `We received your application to ${title}, ${cohort.name}, at ${formatLondonDateTime(application.receivedAt)} (London time). Your reference is ${application.reference}.`,
        this.standing(application),
        `See where your application stands, withdraw it, or answer an offer, at your private link (keep it to yourself; no account is needed):\n${link}`,
      ].join("\n\n"),
      dedupeKey: `application:${application.id}:confirmation`,
    });
    if (application.endorsementStatus === EndorsementStatus.PENDING && application.status !== ApplicationStatus.INELIGIBLE) await this.endorsementRequest(tx, application, holdDays, 0, 0, about);
  }

  async endorsementRequest(tx: Tx, application: Application, holdDays: number, reminder: number, resend = 0, about?: MessageContext) {
    if (!application.lineManagerEmail) return;
    const { cohort, title } = about ?? (await this.context(tx, application));
    const deadline = application.holdExpiresAt ? ` Their place is held until ${formatLondonDateTime(application.holdExpiresAt)} (London time); after that it passes to the next person in line.` : "";
    await enqueueMessage(tx, {
      kind: reminder > 0 ? "application.endorsement-reminder" : "application.endorsement-request",
      to: application.lineManagerEmail,
      subject: `${reminder > 0 ? "Reminder: " : ""}${application.applicantName} asks for your support for ${title}`,
      text: [
        `Dear ${application.lineManagerName},`,
        `${application.applicantName} (${application.jobTitle}) has applied to ${title}, ${cohort.name}, and named you as their line manager. The programme asks for your support: you will support them throughout the programme.${deadline}`,
        `Endorse or decline, with a comment if you wish, at this link (no account needed):\n${this.endorsementUrl(application, holdDays)}`,
      ].join("\n\n"),
      dedupeKey: `application:${application.id}:endorsement:${application.linkVersion}:${reminder}:${resend}`,
    });
  }

  async statusChanged(tx: Tx, application: Application, _from: ApplicationStatus | null, reason: TransitionReason, note: string | null) {
    if (!application.applicantEmail) return;
    const { cohort, title } = await this.context(tx, application);
    const link = this.statusUrl(this.statusToken(application, cohort));
    const body = this.changeText(application, reason, note);
    if (!body) return;
    await enqueueMessage(tx, {
      kind: `application.${application.status.toLowerCase().replace(/_/g, "-")}`,
      to: application.applicantEmail,
      subject: `${body.subject}: ${title} (${application.reference})`,
      // No dedupe key: this runs in the transaction of the change, and a change happens once.
      text: [`Dear ${application.applicantName},`, body.text, `Your application: ${link}`].join("\n\n"),
    });
  }

  async offerReminder(tx: Tx, application: Application) {
    if (!application.applicantEmail || !application.offerExpiresAt) return;
    const { cohort, title } = await this.context(tx, application);
    await enqueueMessage(tx, {
      kind: "application.offer-reminder",
      to: application.applicantEmail,
      subject: `Reminder: accept or decline your place on ${title} by ${formatLondonDateTime(application.offerExpiresAt)}`,
      text: [
        `Dear ${application.applicantName},`,
        `Your offered place on ${title}, ${cohort.name}, is open until ${formatLondonDateTime(application.offerExpiresAt)} (London time). After that it passes to the next person in line.`,
        `Accept or decline: ${this.statusUrl(this.statusToken(application, cohort))}`,
      ].join("\n\n"),
      dedupeKey: `application:${application.id}:offer-reminder:${application.offerExpiresAt.getTime()}`,
    });
  }

  async windowClosed(tx: Tx, application: Application, position: number) {
    if (!application.applicantEmail) return;
    const { cohort, title } = await this.context(tx, application);
    await enqueueMessage(tx, {
      kind: "application.window-closed",
      to: application.applicantEmail,
      subject: `Applications to ${title} have closed: you are number ${position} on the waiting list`,
      text: [
        `Dear ${application.applicantName},`,
        `Applications to ${title}, ${cohort.name}, have now closed. You are number ${position} on the waiting list. If a place comes free before the programme starts, it is offered to the next person in line and we will email you at once.`,
        `Your application: ${this.statusUrl(this.statusToken(application, cohort))}`,
      ].join("\n\n"),
      dedupeKey: `application:${application.id}:window-closed`,
    });
  }

  private standing(application: Application): string {
    switch (application.status) {
      case ApplicationStatus.OFFERED:
        return `A place is offered to you. Accept or decline it by ${formatLondonDateTime(application.offerExpiresAt as Date)} (London time).`;
      case ApplicationStatus.AWAITING_ENDORSEMENT:
        return `A place is held for you while we ask your line manager, ${application.lineManagerName}, to endorse your application (until ${formatLondonDateTime(application.holdExpiresAt as Date)}, London time).`;
      case ApplicationStatus.WAITLISTED:
        return "Every place is taken, so you are on the waiting list. If a place comes free it is offered to the next person in line, and we will email you.";
      case ApplicationStatus.SUBMITTED:
        return "Places on this cohort are decided by a selection panel after applications close. We will email you the outcome.";
      case ApplicationStatus.INELIGIBLE:
        return "This cohort is for a different group of staff, so your application can't take a place. Your private link explains why.";
      default:
        return "";
    }
  }

  private changeText(application: Application, reason: TransitionReason, note: string | null): { subject: string; text: string } | null {
    const why = note ? `\n\nThe reason given: ${note}` : "";
    switch (application.status) {
      case ApplicationStatus.OFFERED:
        return {
          subject: "A place is offered to you",
          text: `${reason === TransitionReason.ENDORSED ? "Your line manager endorsed your application. " : reason === TransitionReason.PROMOTED_FROM_WAITLIST ? "A place came free and you were next in line. " : ""}A place is offered to you. Accept or decline it by ${formatLondonDateTime(application.offerExpiresAt as Date)} (London time); after that it passes to the next person in line.`,
        };
      case ApplicationStatus.AWAITING_ENDORSEMENT:
        return {
          subject: "A place is held for you",
          text: `A place came free and you were next in line. It is held for you until ${formatLondonDateTime(application.holdExpiresAt as Date)} (London time) while your line manager, ${application.lineManagerName}, is asked to endorse your application.`,
        };
      case ApplicationStatus.WAITLISTED:
        return { subject: "You are on the waiting list", text: "You are on the waiting list. If a place comes free it is offered to the next person in line, and we will email you." };
      case ApplicationStatus.ACCEPTED:
        return { subject: "Your place is confirmed", text: "You accepted your place: you are now a participant of the cohort. The academy will be in touch about the sessions." };
      case ApplicationStatus.DECLINED:
        return { subject: "You declined your place", text: "You declined the offered place; it has passed to the next person in line. Thank you for letting us know." };
      case ApplicationStatus.WITHDRAWN:
        return { subject: "Your application is withdrawn", text: `Your application is withdrawn${reason === TransitionReason.WITHDRAWN_BY_STAFF ? " by the academy" : ""}.${why}` };
      case ApplicationStatus.REJECTED:
        return { subject: "The outcome of your application", text: `We are sorry: your application was not selected for this cohort.${why}` };
      case ApplicationStatus.NOT_ENDORSED:
        return { subject: "Your line manager did not endorse your application", text: `Your line manager did not endorse your application, so it can't take a place in this cohort.${why}` };
      case ApplicationStatus.LAPSED:
        return reason === TransitionReason.HOLD_LAPSED
          ? { subject: "Your held place has passed on", text: "Your line manager's endorsement did not arrive in time, so the place held for you has passed to the next person in line." }
          : { subject: "Your offer has lapsed", text: "The deadline to accept your offered place passed, so it has gone to the next person in line." };
      default:
        return null;
    }
  }

  /** The cohort an application is to and its programme's title, as the messages name them. */
  async context(tx: Tx, application: Pick<Application, "cohortId">): Promise<MessageContext> {
    const cohort = await tx.db.getRepository(Cohort).findOneByOrFail({ id: application.cohortId });
    const programme = await tx.db.getRepository(Programme).findOneByOrFail({ id: cohort.programmeId });
    return { cohort, title: programme.title };
  }
}
