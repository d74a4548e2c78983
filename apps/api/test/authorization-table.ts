import { getNamedType, GraphQLField, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from "graphql";

/**
 * Who may do what: the one table the authorization matrix test checks.
 *
 * Every outcome is one letter per persona, in PERSONAS order:
 *
 *   anonymous · partner tokens of trust A holding one scope each (catalogue:read, wres:read, wres:write,
 *   applications:read) · a facilitator of Thresholds Ltd · a programme manager of academy A · an administrator
 *
 * An operation that names an object is called twice: on "own" objects (academy A; trust A, a member of
 * academy A and the partners' organisation; a cohort Thresholds Ltd facilitates) and, after a space, on
 * "other" objects (academy B, its member trust B, a cohort Thresholds Ltd doesn't facilitate). Every field
 * of every Node type is its own row, read through node(id:) on its own and on the other side's object.
 *
 *   A allowed (no auth refusal; the input may still be refused as invalid)   U UNAUTHENTICATED
 *   F FORBIDDEN (error or userErrors)   N NOT_FOUND (error or userErrors: the object is invisible)
 *   H hidden (node(id:) or the query answers null, as for an id that doesn't exist)
 *   E internal error (never expected)   I the probe itself is invalid (never expected)
 *
 * Adding an operation: add its row here (a test fails without one). Required ID arguments are filled with
 * the side's real objects: organisationId is the trust, academyId the academy, programmeId, cohortId as
 * named, and `id` the row's `subject`.
 */
export const PERSONAS = ["anonymous", "partnerCatalogue", "partnerWresRead", "partnerWresWrite", "partnerApplications", "facilitator", "managerA", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];
export const SIDES = ["own", "other"] as const;
export type Side = (typeof SIDES)[number];
export type Outcome = "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "HIDDEN" | "ERROR" | "INVALID_PROBE";
export const OUTCOME_LETTERS: Record<Outcome, string> = { ALLOWED: "A", UNAUTHENTICATED: "U", FORBIDDEN: "F", NOT_FOUND: "N", HIDDEN: "H", ERROR: "E", INVALID_PROBE: "I" };

/** The real objects the matrix creates or finds on each side, and the GraphQL type of their ids. */
export const SUBJECT_TYPE = {
  Academy: "Organisation",
  Trust: "Organisation",
  Programme: "Programme",
  Track: "Track",
  ModuleTemplate: "ModuleTemplate",
  Cohort: "Cohort",
  Session: "Session",
  CohortFacilitator: "CohortFacilitator",
  Mentor: "Mentor",
  Application: "Application",
  Participant: "Participant",
  CareerOutcome: "CareerOutcome",
  MentoringRelationship: "MentoringRelationship",
  User: "User",
  ApiToken: "ApiToken",
  AuditEvent: "AuditEvent",
  WresReturn: "WresReturn",
  WresTarget: "WresTarget",
  Questionnaire: "Questionnaire",
  LearningSet: "LearningSet",
} as const;
export type Subject = keyof typeof SUBJECT_TYPE;

export interface OperationRow {
  /** Letters per persona; for operations that name an object, own and other separated by a space. */
  expect: string;
  /** What a required `id` argument names. */
  subject?: Subject;
  /** Operations that delete what they act on get a fresh copy of it for every call. */
  fresh?: Subject;
  /** SQL run after every call, undoing what the call changed that later rows depend on. */
  after?: string;
  /**
   * Values beyond the placeholders: valid ones where a placeholder would be refused before any ownership check,
   * and optional arguments that name an object (`id(subject)` is the side's object).
   */
  variables?: (placeholders: Record<string, any>, id: (subject: Subject) => string) => Record<string, unknown>;
}

const BY_NAME: Record<string, Subject> = {
  organisationId: "Trust",
  academyId: "Academy",
  programmeId: "Programme",
  cohortId: "Cohort",
  applicationId: "Application",
  participantId: "Participant",
  mentorId: "Mentor",
  relationshipId: "MentoringRelationship",
  questionnaireId: "Questionnaire",
  learningSetId: "LearningSet",
  sessionId: "Session",
};

/** The required ID arguments of an operation (paths into its variables) and the subject each names. */
export function idSubjects(field: GraphQLField<unknown, unknown>, row: Partial<OperationRow>): Record<string, Subject> {
  const found: Record<string, Subject> = {};
  const visit = (type: GraphQLInputType, path: string[]) => {
    if (!isNonNullType(type)) return;
    const inner = type.ofType;
    if (isListType(inner)) return;
    if (isInputObjectType(inner)) {
      for (const f of Object.values(inner.getFields())) visit(f.type, [...path, f.name]);
      return;
    }
    if (getNamedType(inner).name !== "ID") return;
    const name = path[path.length - 1];
    const subject = BY_NAME[name] ?? (name === "id" ? row.subject : undefined);
    if (!subject) throw new Error(`${field.name}: say what ${path.join(".")} names (subject) in authorization-table.ts`);
    found[path.join(".")] = subject;
  };
  for (const arg of field.args) visit(arg.type, [arg.name]);
  return found;
}

const restoreMemberships = `INSERT INTO academy_membership (academy_id, member_id)
  SELECT a.id, t.id FROM organisation a, organisation t
  WHERE (a.name, t.ods_code) IN (('South East Leadership Academy', 'RTH'), ('HPMA London Academy', 'RJ1')) ON CONFLICT DO NOTHING`;

//  anonymous | partner catalogue · wres read · wres write · applications | facilitator | manager A | admin
export const AUTHORIZATION_TABLE: Record<string, OperationRow> = {
  // Who is calling, and signing in
  "Query.viewer": { expect: "HAAAAAAA" },
  "Query.node": { expect: "HHHHHAAA HHHHHHHA", subject: "Cohort" },
  "Mutation.login": { expect: "AAAAAAAA" },
  "Mutation.logout": { expect: "AAAAAAAA" },
  "Mutation.changePassword": { expect: "UFFFFAAA" },

  // Reference data: organisations and academy membership (organisations are catalogue data for partners)
  "Query.organisations": { expect: "UAFFFAAA" },
  "Query.organisation": { expect: "UFFFFAAA UFFFFAAA", subject: "Trust" },
  "Mutation.createOrganisation": { expect: "UFFFFFFA" },
  "Mutation.updateOrganisation": { expect: "UFFFFFFA UFFFFFFA", subject: "Trust" },
  "Mutation.addAcademyMember": { expect: "UFFFFFFA UFFFFFFA" },
  "Mutation.removeAcademyMember": { expect: "UFFFFFFA UFFFFFFA", after: restoreMemberships },
  "Query.employerChoices": { expect: "AAAAAAAA" },

  // People, tokens, audit, the development mailbox: administrators
  "Query.users": { expect: "UFFFFFFA" },
  "Mutation.createUser": { expect: "UFFFFFFA" },
  "Mutation.updateUser": { expect: "UFFFFFFA UFFFFFFA", subject: "User" },
  "Mutation.deactivateUser": { expect: "UFFFFFFA UFFFFFFA", subject: "User" },
  "Mutation.reactivateUser": { expect: "UFFFFFFA UFFFFFFA", subject: "User" },
  "Query.apiTokens": { expect: "UFFFFFFA" },
  "Mutation.createApiToken": { expect: "UFFFFFFA UFFFFFFA" },
  "Mutation.revokeApiToken": { expect: "UFFFFFFA UFFFFFFA", subject: "ApiToken" },
  "Query.auditEvents": { expect: "UFFFFFFA" },
  "Query.devMailbox": { expect: "UFFFFFFA" },
  "Query.devMail": { expect: "UFFFFFFH" },

  // The catalogue is public; another academy's drafts are absent (N), its published work visible but not theirs (F)
  "Query.programmes": { expect: "AAAAAAAA" },
  "Query.programme": { expect: "HHHHHHAA HHHHHHHA", subject: "Programme" },
  "Query.cohorts": { expect: "AAAAAAAA" },
  "Query.cohort": { expect: "HHHHHFAA HHHHHHHA", subject: "Cohort" },
  "Query.checkEligibility": { expect: "NNNNNNAA NNNNNNNA" },
  "Mutation.createProgramme": { expect: "UFFFFFAA UFFFFFFA" },
  "Mutation.updateProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
  "Mutation.publishProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
  "Mutation.archiveProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
  "Mutation.redraftProgramme": { expect: "UFFFFFAA UFFFFFNA", subject: "Programme" },
  "Mutation.createTrack": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.updateTrack": { expect: "UFFFFFAA UFFFFFNA", subject: "Track" },
  "Mutation.createCohort": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.updateCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  "Mutation.openCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  "Mutation.closeCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  "Mutation.startCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  "Mutation.completeCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  "Mutation.cancelCohort": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },
  "Mutation.scheduleCohort": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.addSession": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.updateSession": { expect: "UFFFFFAA UFFFFFNA", subject: "Session" },
  "Mutation.deleteSession": { expect: "UFFFFFAA UFFFFFNA", subject: "Session", fresh: "Session" },

  // Mentors and coaches: each academy's own directory
  "Query.mentors": { expect: "UFFFFFAA" },
  "Mutation.addMentor": { expect: "UFFFFFAA UFFFFFNA", variables: (p, id) => ({ input: { ...p.input, academyId: id("Academy") } }) },
  "Mutation.updateMentor": { expect: "UFFFFFAA UFFFFFNA", subject: "Mentor" },
  "Mutation.retireMentor": { expect: "UFFFFFAA UFFFFFNA", subject: "Mentor", after: "UPDATE mentor SET retired_at = NULL" },
  // Pairing: the academy running the participant's programme; another academy's participant or pairing is absent (N)
  "Mutation.pairMentor": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.endMentoring": {
    expect: "UFFFFFAA UFFFFFNA",
    subject: "MentoringRelationship",
    variables: (p) => ({ input: { ...p.input, endedOn: new Date().toISOString().slice(0, 10), reason: "Matrix probe" } }),
    after: "UPDATE mentoring_relationship SET ended_on = NULL, end_reason = NULL WHERE end_reason = 'Matrix probe'",
  },
  "Mutation.recordMentoringCheckIn": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.setProgrammeMentoringRules": { expect: "UFFFFFAA UFFFFFNA" },

  // Action Learning Sets: the academy running the programme manages them; the cohort's facilitators only read them (fields
  // below); another academy's set, cohort or participant is absent (N)
  "Mutation.setActionLearningSetSize": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.createLearningSet": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.renameLearningSet": { expect: "UFFFFFAA UFFFFFNA", subject: "LearningSet" },
  "Mutation.setLearningSetFacilitator": { expect: "UFFFFFAA UFFFFFNA", subject: "LearningSet" },
  "Mutation.deleteLearningSet": { expect: "UFFFFFAA UFFFFFNA", subject: "LearningSet", fresh: "LearningSet" },
  "Mutation.assignLearningSetMember": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.unassignLearningSetMember": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.formLearningSets": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.scheduleLearningSetMeetings": { expect: "UFFFFFAA UFFFFFNA" },

  // WRES: partners with a WRES scope, academy staff and admins (controlled unless owner), never facilitators; raw returns and writes for owners
  "Query.wresReport": { expect: "UFAFFFAA UFAFFFAA", variables: () => ({ year: 2024 }) },
  "Query.wresBenchmark": { expect: "UFAFFFAA", variables: () => ({ year: 2024 }) },
  "Query.wresTrend": { expect: "UFAFFFAA UFAFFFAA" },
  "Query.wresTargets": { expect: "UFAFFFAA UFAFFFAA" },
  "Query.wresCsvTemplate": { expect: "UFAAFFAA" },
  "Query.wresLatestYear": { expect: "UFAFFFAA" },
  "Query.wresReturns": { expect: "UFAAFFAA UFFFFFFA" },
  "Query.previewWresReturnCsv": { expect: "UFFAFFAA" },
  "Mutation.submitWresReturn": { expect: "UFFAFFAA UFFFFFFA" },
  "Mutation.setWresTarget": { expect: "UFFAFFAA UFFFFFFA" },
  "Mutation.removeWresTarget": { expect: "UFFAFFAA UFFNFFNA", subject: "WresTarget", fresh: "WresTarget" },

  // Applications: anyone applies and acts through their private link (a bad token is bad input, not an auth error); academy staff decide; applications:read tokens read their own staff's; erasure is for administrators
  "Query.applications": { expect: "UFFFAFAA" },
  "Query.applicationStatus": { expect: "AAAAAAAA" },
  "Query.endorsementRequest": { expect: "AAAAAAAA" },
  "Mutation.submitApplication": { expect: "NNNNNAAA NNNNNNNA" },
  "Mutation.withdrawApplication": { expect: "AAAAAAAA" },
  "Mutation.acceptOffer": { expect: "AAAAAAAA" },
  "Mutation.declineOffer": { expect: "AAAAAAAA" },
  "Mutation.endorseApplication": { expect: "AAAAAAAA" },
  "Mutation.withdrawApplicationForApplicant": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
  "Mutation.rejectApplication": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
  "Mutation.offerPlace": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
  "Mutation.waitlistApplication": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
  "Mutation.resendEndorsementRequest": { expect: "UFFFFFAA UFFFFFNA", subject: "Application" },
  "Mutation.setCohortApplicationSettings": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.updateApplicationForm": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.eraseApplicant": { expect: "UFFFFFFA UFFFFFFA", subject: "Application" },
  // Staff screens: bulk actions (every application must be the caller's, else nothing is done) and panel scores (scores: [] is refused as input, so nothing is saved)
  "Mutation.actOnApplications": { expect: "UFFFFFAA UFFFFFNA", variables: (_p, id) => ({ input: { ids: [id("Application")], action: "RESEND_ENDORSEMENT_REQUEST" } }) },
  "Mutation.scoreApplication": { expect: "UFFFFFAA UFFFFFNA", variables: (p, id) => ({ input: { ...p.input, applicationId: id("Application"), scores: [] } }) },

  // Equality monitoring: the applicant answers, or takes the answers back, through their private link (a bad token is bad
  // input); fair selection is for the owning academy's staff and administrators. No type carries an answer: no field rows.
  "Mutation.submitEqualityMonitoring": { expect: "AAAAAAAA" },
  "Mutation.withdrawEqualityMonitoring": { expect: "AAAAAAAA" },
  "Query.fairSelection": { expect: "UFFFFFAA UFFFFFNA", subject: "Cohort" },

  // Career outcomes: academy staff and administrators; a partner token reads its own staff's (applications:read) and records
  // them with outcomes:write (no persona holds it: see career-outcomes.test.ts); the person reports through their link (a bad
  // token is bad input). Programme impact: exact for the owning academy, controlled for others; invisible programmes are null.
  "Query.careerOutcomes": { expect: "UFFFAFAA" },
  "Query.careerOutcomesCsv": { expect: "UFFFFFAA" },
  "Query.cohortOutcomePeople": { expect: "UFFFNFAA UFFFNFNA" },
  "Mutation.recordCareerOutcome": { expect: "UFFFFFAA UFFFFFNA" },
  "Query.careerFollowUp": { expect: "AAAAAAAA" },
  "Mutation.reportCareerOutcome": { expect: "AAAAAAAA" },
  "Query.programmeImpact": { expect: "UFFFHFAA UFFFHFHA" },
  "Mutation.setProgrammeImpactBaseline": { expect: "UFFFFFAA UFFFFFNA" },
  // Evaluations: the owning academy's staff and administrators build, send and read (results always disclosure-controlled);
  // participants answer through their private link (a bad token is bad input). Questionnaires are not nodes.
  "Query.questionTemplates": { expect: "UFFFFFAA" },
  "Mutation.createQuestionTemplate": { expect: "UFFFFFAA" },
  "Mutation.createQuestionnaire": { expect: "UFFFFFAA UFFFFFNA", variables: (p) => ({ input: { ...p.input, questions: [] } }) },
  "Mutation.sendEvaluation": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.closeEvaluation": { expect: "UFFFFFAA UFFFFFNA" },
  "Query.evaluationResults": { expect: "UFFFFFAA UFFFFFNA" },
  "Query.evaluationForm": { expect: "AAAAAAAA" },
  // Delivery: the owning academy's staff keep the roster and the completion rule; registers are theirs and the cohort's
  // facilitators' (another cohort's session is absent); a partner token lists its own staff's participants (applications:read).
  "Query.participants": { expect: "UFFFAAAA" },
  "Mutation.addParticipant": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.withdrawParticipant": {
    expect: "UFFFFFAA UFFFFFNA",
    variables: (p) => ({ input: { ...p.input, reason: "Matrix probe" } }),
    after: "UPDATE participant SET status = 'ENROLLED', withdrawn_reason = NULL WHERE withdrawn_reason = 'Matrix probe'",
  },
  "Mutation.completeParticipant": {
    expect: "UFFFFFAA UFFFFFNA",
    after: "UPDATE participant SET status = 'ENROLLED', completed_at = NULL WHERE id IN (SELECT participant_id FROM participant_transition WHERE reason LIKE 'Completion rule met%')",
  },
  "Mutation.recordAttendance": { expect: "UFFFFAAA UFFFFNNA" },
  "Mutation.setProgrammeCompletionRule": { expect: "UFFFFFAA UFFFFFNA" },
  "Mutation.submitEvaluation": { expect: "AAAAAAAA" },
};

/** Rows `Type.field` → letters for each of the fields named (space-separated). */
function fields(type: string, expect: string, names: string): Record<string, string> {
  return Object.fromEntries(names.split(" ").map((name) => [`${type}.${name}`, expect]));
}

/** Every field of every Node type: `Type.field` → letters (own, space, other), each field probed on its own. */
export const FIELD_TABLE: Record<string, string> = {
  ...fields("AuditEvent", "HHHHHHHA HHHHHHHA", "id occurredAt actorRole operation targetType changedFields requestId actor targetId"),
  ...fields("Programme", "HHHHHHAA HHHHHHHA", "id title summary description aims learningOutcomes benefits deliveryModes duration commitments targetRoles status applicationQuestions selectionCriteria positiveActionDeclaration publishedAt createdAt updatedAt academy eligibility eligibilitySummary tracks modules cohorts openCohorts mentoringRules actionLearningSetSize"),
  ...fields("Track", "HHHHHHAA HHHHHHHA", "id name description position createdAt updatedAt programme modules eligibility effectiveEligibility eligibilitySummary"),
  ...fields("ModuleTemplate", "HHHHHHAA HHHHHHHA", "id title kind lengthDays deliveryMode description position"),
  ...fields("User", "HHHHHHHA HHHHHHHA", "id email name role createdAt organisation active"),
  ...fields("ApiToken", "HHHHHHHA HHHHHHHA", "id label scopes prefix createdAt expiresAt revokedAt lastUsedAt organisation"),
  ...fields("Session", "HHHHHAAA HHHHHHHA", "id title kind dayNumber startsAt endsAt venue onlineUrl date startTime endTime facilitator learningSet"),
  ...fields("CohortFacilitator", "HHHHHAAA HHHHHHHA", "id role displayName organisation user"),
  ...fields("Mentor", "HHHHHHAA HHHHHHHA", "id name email band offers expertise capacity createdAt organisation retiredAt runningPairings"),
  ...fields("MentoringRelationship", "HHHHHHAA HHHHHHHA", "id kind startsOn plannedEndOn endedOn endReason sameOrganisationReason createdAt mentor participant length checkIns"),
  ...fields("Organisation", "HAHHHAAA HAHHHAAA", "id name kind odsCode region createdAt updatedAt parent"),
  ...fields("Organisation", "HFHHHAAA HFHHHAAA", "memberOrganisations mentorCount"),
  ...fields("WresTarget", "HHAAHHAA HHHHHHHA", "id group year share createdAt updatedAt"),
  ...fields("WresTarget", "HHFFHHAA HHHHHHHA", "organisation"),
  ...fields("Participant", "HHHHAAAA HHHHHHHA", "id status createdAt name"),
  ...fields("CareerOutcome", "HHHHAHAA HHHHHHHA", "id group kind effectiveOn bandBefore bandAfter source recordedAt name"),
  ...fields("CareerOutcome", "HHHHFHAA HHHHHHHA", "application cohort"),
  ...fields("Participant", "HHHHFFAA HHHHHHHA", "cohort application mentoring mentoringHistory mentorSuggestions"),
  ...fields("WresReturn", "HHAAHHAA HHHHHHHA", "id year version source submittedAt supersededAt current report csv splitByGroup"),
  ...fields("WresReturn", "HHFFHHAA HHHHHHHA", "organisation"),
  ...fields("Application", "HHHHAHAA HHHHHHHA", "id reference receiptNumber receivedAt status eligible staffGroup band medicalGrade holdExpiresAt offerExpiresAt erasedAt updatedAt applicantName jobTitle organisationName waitlistPosition participant"),
  ...fields("Application", "HHHHFHAA HHHHHHHA", "cohort organisation applicantEmail answers eligibilityReasons endorsement transitions panelScores meanScore"),
  ...fields("Cohort", "HHHHHAAA HHHHHHHA", "id name capacity allocationPolicy applicationsOpenAt applicationsCloseAt startsOn endsOn createdAt updatedAt placesRemaining waitlistLength applicationSettings participants programme track status openForApplications applicationsOpenAtLondon applicationsCloseAtLondon eligibility eligibilitySummary sessions sessionCount facilitators calendarIcs learningSets participantsWithoutLearningSet"),
  ...fields("LearningSet", "HHHHHAAA HHHHHHHA", "id name createdAt updatedAt facilitator members memberCount maxMembers meetings"),
  // (every leaf of Cohort is asked for, staff-only ones such as availableTransitions included: facilitators are refused those)
  ...fields("LearningSet", "HHHHHFAA HHHHHHHA", "cohort"),
  ...fields("Cohort", "HHHHHFAA HHHHHHHA", "placeCounts availableTransitions mentoringGate mentoringBoard applicationsCsv"),
  ...fields("Programme", "HHHHHHAA HHHHHHHA", "questionnaires managesEvaluations"),
  ...fields("Programme", "HHHHHHAA HHHHHHHA", "completionRule"),
  // email and the reasons answer null to anyone but the academy's staff (they are leaves of application { participant { … } })
  ...fields("Participant", "HHHHAAAA HHHHHHHA", "completedAt employer jobTitle band addedByHand attendance email addedReason withdrawnReason"),
  ...fields("Participant", "HHHHFFAA HHHHHHHA", "completion transitions"),
  ...fields("Session", "HHHHHAAA HHHHHHHA", "register attendanceSummary"),
};

