/**
 * Settings of applications, read from the environment once at schema build.
 *
 * ASCENT_LINK_SECRET signs the private links in applicants' and line
 * managers' emails. Development and tests use a fixed default so links keep
 * working across restarts; production refuses to start without a secret of
 * at least 32 characters. Changing it invalidates every link given out.
 */
export interface ApplicationSettings {
  linkSecret: string;
  /** The console's public address, for links in emails. */
  consoleUrl: string;
  /** How long an applicant's status link works after the cohort ends. */
  statusLinkDaysAfterCohortEnds: number;
  /** Line-manager reminders: days after the request, at most this many. */
  endorsementReminderAfterDays: number;
  maxEndorsementReminders: number;
  /** An offer reminder this many hours before its deadline. */
  offerReminderHoursBefore: number;
}

export const DEVELOPMENT_LINK_SECRET = "ascent-development-link-secret-not-for-production";
const MIN_SECRET_LENGTH = 32;

export function loadApplicationSettings(env: NodeJS.ProcessEnv, consoleUrl: string): ApplicationSettings {
  const secret = env.ASCENT_LINK_SECRET?.trim();
  if (env.NODE_ENV === "production" && (!secret || secret.length < MIN_SECRET_LENGTH)) {
    throw new Error(`ASCENT_LINK_SECRET must be set to at least ${MIN_SECRET_LENGTH} random characters in production (it signs applicants' and line managers' links).`);
  }
  return {
    linkSecret: secret || DEVELOPMENT_LINK_SECRET,
    consoleUrl: consoleUrl.replace(/\/+$/, ""),
    statusLinkDaysAfterCohortEnds: 90,
    endorsementReminderAfterDays: 3,
    maxEndorsementReminders: 2,
    offerReminderHoursBefore: 24,
  };
}
