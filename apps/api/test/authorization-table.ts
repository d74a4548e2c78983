import { getNamedType, GraphQLField, GraphQLInputType, isInputObjectType, isListType, isNonNullType } from "graphql";

/**
 * Who may do what: the shared part of the table the authorization matrix test checks. Each feature keeps its
 * own rows beside its code, in src/modules/<feature>/test/authorization-rows.ts (test-only: the build leaves
 * test/ folders out); support/feature-authorization-rows.ts collects them from every feature folder.
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
 * Adding an operation, or a field to a Node type: add its row to the rows file of the feature that declares
 * it (a test fails without one, or with it in another feature's file). Required ID arguments are filled with
 * the side's real objects: organisationId is the trust, academyId the academy, programmeId, cohortId as
 * named, and `id` the row's `subject`. A new kind of object to probe is a new SUBJECTS entry below, plus
 * how the matrix finds or creates one on each side (authorization-matrix.test.ts).
 */
export const PERSONAS = ["anonymous", "partnerCatalogue", "partnerWresRead", "partnerWresWrite", "partnerApplications", "facilitator", "managerA", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];
export const SIDES = ["own", "other"] as const;
export type Side = (typeof SIDES)[number];
export type Outcome = "ALLOWED" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "HIDDEN" | "ERROR" | "INVALID_PROBE";
export const OUTCOME_LETTERS: Record<Outcome, string> = { ALLOWED: "A", UNAUTHENTICATED: "U", FORBIDDEN: "F", NOT_FOUND: "N", HIDDEN: "H", ERROR: "E", INVALID_PROBE: "I" };

/**
 * The real objects the matrix creates or finds on each side (authorization-matrix.test.ts), and the GraphQL type
 * of their ids: the shared ones most features hang off. A feature's own kinds of object are declared with its
 * rows (`subjects`, below), so a new feature with a new Node type changes nothing here.
 */
export const SUBJECT_TYPE: Record<string, string> = {
  Academy: "Organisation",
  Trust: "Organisation",
  Programme: "Programme",
  Track: "Track",
  ModuleTemplate: "ModuleTemplate",
  Cohort: "Cohort",
  Session: "Session",
  CohortFacilitator: "CohortFacilitator",
  Application: "Application",
  Participant: "Participant",
  User: "User",
  ApiToken: "ApiToken",
  AuditEvent: "AuditEvent",
};
/** A shared subject (SUBJECT_TYPE) or one a feature declares in its rows file; the matrix refuses a name neither knows. */
export type Subject = string;

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

/** What a feature's subject finder gets: the test database and the ids of the subjects found before it. */
export interface SubjectSetUp {
  query: (sql: string, params?: unknown[]) => Promise<any[]>;
  /** The `id` of the first row the query answers; fails the set-up when it answers none. */
  idOf: (sql: string, params?: unknown[]) => Promise<string>;
  /** Database ids per side of the shared subjects and of the subjects of the features listed before. */
  subjects: Readonly<Record<Subject, Record<Side, string>>>;
}

/** A kind of object a feature adds: how the matrix gets a real one on each side. */
export interface FeatureSubject {
  /** The GraphQL type of its ids (default: the subject's own name). */
  type?: string;
  /** Names of ID arguments and input fields that always name it (as `mentorId` names a Mentor). */
  arguments?: string[];
  /** The side's real object: own is academy A's / trust A's / a cohort the facilitator's provider facilitates; other is B's. */
  find: (setUp: SubjectSetUp) => Promise<Record<Side, string>>;
  /** For rows with `fresh`: the table to copy the side's row in, and column values each copy needs to be unique. */
  copy?: { table: string; changes?: (n: number) => Record<string, unknown> };
}

/** Names of ID arguments that always name the same shared subject. */
export const BY_NAME: Record<string, Subject> = {
  organisationId: "Trust",
  academyId: "Academy",
  programmeId: "Programme",
  cohortId: "Cohort",
  applicationId: "Application",
  participantId: "Participant",
  sessionId: "Session",
};

/** The required ID arguments of an operation (paths into its variables) and the subject each names. */
export function idSubjects(field: GraphQLField<unknown, unknown>, row: Partial<OperationRow>, byName: Record<string, Subject> = BY_NAME): Record<string, Subject> {
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
    const subject = byName[name] ?? (name === "id" ? row.subject : undefined);
    if (!subject) throw new Error(`${field.name}: say what ${path.join(".")} names (subject) in its feature's test/authorization-rows.ts`);
    found[path.join(".")] = subject;
  };
  for (const arg of field.args) visit(arg.type, [arg.name]);
  return found;
}

/** One feature's rows: `src/modules/<feature>/test/authorization-rows.ts` exports `authorizationRows = defineAuthorizationRows({ … })`. */
export interface FeatureAuthorizationRows {
  /** `Query.<name>` and `Mutation.<name>` → the operation's row. */
  operations?: Record<string, OperationRow>;
  /** `Type.field` → letters (own, space, other), for every field the feature adds to a Node type; build them with `fields`. */
  fields?: Record<string, string>;
  /** The feature's own kinds of object, probed on each side (set up in the order of modules/index.ts, after the shared ones). */
  subjects?: Record<Subject, FeatureSubject>;
}

export const defineAuthorizationRows = (rows: FeatureAuthorizationRows): FeatureAuthorizationRows => rows;

/** Rows `Type.field` → letters for each of the fields named (space-separated). */
export function fields(type: string, expect: string, names: string): Record<string, string> {
  return Object.fromEntries(names.split(" ").map((name) => [`${type}.${name}`, expect]));
}

//  anonymous | partner catalogue · wres read · wres write · applications | facilitator | manager A | admin
/** The rows of what the infrastructure itself declares (graphql/relay: `node(id:)`); every other row is a feature's. */
export const INFRASTRUCTURE_ROWS: FeatureAuthorizationRows = {
  operations: {
    "Query.node": { expect: "HHHHHAAA HHHHHHHA", subject: "Cohort" },
  },
};
