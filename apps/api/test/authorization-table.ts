/**
 * Who may do what: the one table the authorization matrix test checks.
 * Columns are the personas in PERSONAS order. ALLOWED means no auth error
 * (the call may still be refused as bad input); HIDDEN means node(id:)
 * answers null, as for an id that doesn't exist.
 */
export const PERSONAS = ["anonymous", "partnerA", "partnerB", "facilitator", "managerA", "managerB", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];
export type Outcome = "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN" | "HIDDEN" | "ERROR" | "INVALID_PROBE";

/** Real ids the set-up creates, for rows whose check needs them. */
export interface Fixtures {
  /** Oxford University Hospitals (RTH): partnerA's trust, a member of academy A (South East). */
  trustA: string;
  /** Guy's and St Thomas' (RJ1): partnerB's trust, a member of academy B (HPMA London). */
  trustB: string;
}

interface Row {
  expect: [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
  /** For node rows: an SQL condition picking the row to fetch (else any row). */
  sample?: string;
  /** Replaces placeholder variables where the check needs real data. */
  variables?: (fixtures: Fixtures, placeholders: Record<string, any>) => Record<string, unknown>;
}

const A = "ALLOWED";
const U = "UNAUTHENTICATED";
const F = "FORBIDDEN";
const H = "HIDDEN";

//                                          anon partnerA partnerB facilitator managerA managerB admin
const everyone: Row["expect"] = [A, A, A, A, A, A, A];
const adminsOnly: Row["expect"] = [U, F, F, F, F, F, A];
const signedIn: Row["expect"] = [U, F, F, A, A, A, A];
const managers: Row["expect"] = [U, F, F, F, A, A, A];
const readers: Row["expect"] = [U, A, A, A, A, A, A];
/** Reading WRES figures: partners with wres:read, academy staff and admins; not facilitators (no monitoring data, README). */
const wresReaders: Row["expect"] = [U, A, A, F, A, A, A];
/** WRES writes: partners (own organisation, checked in the service), academy staff and admins; not facilitators. */
const wresWriters: Row["expect"] = [U, A, A, F, A, A, A];
/** Seen only by the data's owners: trust A's token, academy A's managers, admins. */
const ownersOfTrustA: Row["expect"] = [H, A, H, H, A, H, A];
/** Academy B's draft: its managers and admins only. */
const academyBOnly: Row["expect"] = [H, H, H, H, H, A, A];

const trustA = (f: Fixtures) => ({ organisationId: f.trustA });

export const AUTHORIZATION_TABLE: Record<string, Row> = {
  // Who is calling, and sign-in
  "Query.node": { expect: everyone },
  "Query.viewer": { expect: everyone },
  "Mutation.login": { expect: everyone },
  "Mutation.logout": { expect: everyone },
  "Mutation.changePassword": { expect: signedIn },

  // Reference data: organisations and academy membership
  "Query.organisations": { expect: readers },
  "Query.organisation": { expect: readers },
  "Mutation.createOrganisation": { expect: adminsOnly },
  "Mutation.updateOrganisation": { expect: adminsOnly },
  "Mutation.addAcademyMember": { expect: adminsOnly },
  "Mutation.removeAcademyMember": { expect: adminsOnly },

  // People, tokens, audit: administrators
  "Query.users": { expect: adminsOnly },
  "Mutation.createUser": { expect: adminsOnly },
  "Mutation.updateUser": { expect: adminsOnly },
  "Mutation.deactivateUser": { expect: adminsOnly },
  "Mutation.reactivateUser": { expect: adminsOnly },
  "Query.apiTokens": { expect: adminsOnly },
  "Mutation.createApiToken": { expect: adminsOnly },
  "Mutation.revokeApiToken": { expect: adminsOnly },
  "Query.auditEvents": { expect: adminsOnly },
  // The development mailbox (npm start without SMTP_URL): administrators only
  "Query.devMailbox": { expect: adminsOnly },
  "Query.devMail": { expect: adminsOnly },

  // The catalogue is public; services show drafts only to the owning academy (see node rows)
  "Query.programmes": { expect: everyone },
  "Query.programme": { expect: everyone },
  "Query.cohorts": { expect: everyone },
  "Query.cohort": { expect: everyone },
  "Query.checkEligibility": { expect: everyone },
  "Mutation.createProgramme": { expect: managers },
  "Mutation.updateProgramme": { expect: managers },
  "Mutation.publishProgramme": { expect: managers },
  "Mutation.archiveProgramme": { expect: managers },
  "Mutation.redraftProgramme": { expect: managers },
  "Mutation.createTrack": { expect: managers },
  "Mutation.updateTrack": { expect: managers },
  "Mutation.createCohort": { expect: managers },
  "Mutation.updateCohort": { expect: managers },
  "Mutation.openCohort": { expect: managers },
  "Mutation.closeCohort": { expect: managers },
  "Mutation.startCohort": { expect: managers },
  "Mutation.completeCohort": { expect: managers },
  "Mutation.cancelCohort": { expect: managers },
  "Mutation.scheduleCohort": { expect: managers },
  "Mutation.addSession": { expect: managers },
  "Mutation.updateSession": { expect: managers },
  "Mutation.deleteSession": { expect: managers },

  // The directory of mentors and coaches: academy staff who run programmes (each their own academy's; see node rows)
  "Query.mentors": { expect: managers },
  "Mutation.addMentor": { expect: managers },

  // WRES: figures for partners, academy staff and admins (suppressed unless owner), never facilitators; raw returns only for owners
  "Query.wresReport": { expect: wresReaders },
  "Query.wresBenchmark": { expect: wresReaders },
  "Query.wresTrend": { expect: wresReaders },
  "Query.wresTargets": { expect: wresReaders },
  "Query.wresCsvTemplate": { expect: wresReaders },
  "Query.wresLatestYear": { expect: wresReaders },
  "Query.wresReturns": { expect: [U, A, F, F, A, F, A], variables: trustA },
  "Query.previewWresReturnCsv": { expect: wresWriters },
  "Mutation.submitWresReturn": { expect: [U, A, F, F, A, F, A], variables: (f, placeholders) => ({ input: { ...placeholders.input, ...trustA(f) } }) },
  "Mutation.setWresTarget": { expect: wresWriters },
  "Mutation.removeWresTarget": { expect: wresWriters },

  // Applications: anyone applies and acts through their private link (a bad token is bad input, not an auth error);
  // academy staff decide; partner tokens read their own organisation's staff; erasure is for administrators.
  "Query.applications": { expect: [U, A, A, F, A, A, A] },
  "Query.employerChoices": { expect: everyone },
  "Query.applicationStatus": { expect: everyone },
  "Query.endorsementRequest": { expect: everyone },
  "Mutation.submitApplication": { expect: everyone },
  "Mutation.withdrawApplication": { expect: everyone },
  "Mutation.acceptOffer": { expect: everyone },
  "Mutation.declineOffer": { expect: everyone },
  "Mutation.endorseApplication": { expect: everyone },
  "Mutation.withdrawApplicationForApplicant": { expect: managers },
  "Mutation.rejectApplication": { expect: managers },
  "Mutation.offerPlace": { expect: managers },
  "Mutation.waitlistApplication": { expect: managers },
  "Mutation.resendEndorsementRequest": { expect: managers },
  "Mutation.setCohortApplicationSettings": { expect: managers },
  "Mutation.updateApplicationForm": { expect: managers },
  "Mutation.eraseApplicant": { expect: adminsOnly },

  // Objects fetched by id through node(id:), every field selected.
  // Organisation: partners may not select staff-only fields (members).
  "node:Organisation": { expect: [H, F, F, A, A, A, A], sample: "ods_code = 'RTH'" },
  "node:User": { expect: [H, H, H, H, H, H, A], sample: "email = 'admin@matrix.test'" },
  "node:ApiToken": { expect: [H, H, H, H, H, H, A] },
  "node:AuditEvent": { expect: [H, H, H, H, H, H, A] },
  "node:Programme": { expect: academyBOnly, sample: "title = 'Matrix draft'" },
  "node:Track": { expect: academyBOnly, sample: "name = 'Matrix track'" },
  "node:ModuleTemplate": { expect: academyBOnly, sample: "title = 'Matrix module'" },
  // The facilitator sees the cohort they facilitate, but not its staff-only fields.
  "node:Cohort": { expect: [H, H, H, F, H, A, A], sample: "name = 'Matrix planned cohort'" },
  "node:Session": { expect: [H, H, H, A, H, A, A], sample: "cohort_id = (SELECT id FROM cohort WHERE name = 'Matrix planned cohort')" },
  "node:CohortFacilitator": { expect: [H, H, H, A, H, A, A], sample: "cohort_id = (SELECT id FROM cohort WHERE name = 'Matrix planned cohort')" },
  "node:Mentor": { expect: academyBOnly, sample: "email = 'priya.shah@example.nhs.uk'" },
  // A trust A applicant to academy A's cohort (facilitated by Thresholds Ltd): its partner token may not select staff-only fields.
  "node:Application": { expect: [H, F, H, H, A, H, A], sample: "reference = 'ASC-DEMO0001'" },
  // Trust A's token sees its own staff's participation; facilitators see their cohort's participants, not the application behind them.
  "node:Participant": { expect: [H, A, H, F, A, H, A], sample: "application_id = (SELECT id FROM application WHERE reference = 'ASC-DEMO0001')" },
  "node:WresReturn": { expect: ownersOfTrustA, sample: "organisation_id = (SELECT id FROM organisation WHERE ods_code = 'RTH')" },
  "node:WresTarget": { expect: ownersOfTrustA, sample: "organisation_id = (SELECT id FROM organisation WHERE ods_code = 'RTH')" },
};
