// The raw floor for the stampede: node:http + pg (a pool), no framework, no
// GraphQL execution. It accepts the harness's submitApplication POST (the
// GraphQL body; only the JSON variables are read) and does the least correct
// work for an exact first-come-first-served allocation in PostgreSQL: in one
// transaction, lock the cohort row (SELECT … FOR UPDATE), count the places
// taken, insert the application with its receipt number and status (OFFERED
// while places are free, then WAITLISTED) and answer with Ascent's payload
// shape (reference, status, waitlistPosition).
//
//   FLOOR_BATCH=0 (default): one transaction per request (per-request floor).
//   FLOOR_HTTP_ONLY=1: no PostgreSQL at all (see inMemory): HTTP's and the client's share alone.
//   FLOOR_BATCH=1: group commit like Ascent's Arrivals: requests to a cohort that
//     arrive while its previous transaction runs wait for the next one (up to
//     FLOOR_MAX_BATCH, default 200), and each batch is ONE transaction.
// Both run the same SQL (one statement for the state and the insert, over arrays).
import { randomBytes } from "node:crypto";
import http from "node:http";
import pg from "pg";

/** Place-taking statuses, as in @ascent/domain's PLACE_TAKING_STATUSES. */
const TAKING = "'{AWAITING_ENDORSEMENT,OFFERED,ACCEPTED}'::application_status[]";

/** The cohort's row lock, its capacity and whether it takes applications now. */
export const LOCK_SQL = `SELECT id, capacity, status = 'OPEN' AND applications_open_at <= now() AND applications_close_at > now() AS open
  FROM cohort WHERE id = $1 FOR UPDATE`;

/**
 * The cohort's state under the lock (a fresh snapshot: read committed) and the
 * arrivals inserted in their order: receipt numbers after the last, OFFERED
 * while places are free, then WAITLISTED at the end of the waitlist.
 * $1 cohort, $2 capacity, $3.. arrays in arrival order.
 */
export const ARRIVE_SQL = `WITH s AS (
    SELECT (SELECT count(*) FROM application WHERE cohort_id = $1 AND status = ANY(${TAKING}))::int AS taken,
           (SELECT count(*) FROM application WHERE cohort_id = $1 AND status = 'WAITLISTED')::int AS waiting,
           (SELECT coalesce(max(receipt_number), 0) FROM application WHERE cohort_id = $1)::int AS last
  ), arriving AS (
    SELECT a.*, (s.last + a.ord)::int AS receipt_number, s.taken + a.ord <= $2 AS offered,
           (CASE WHEN s.taken + a.ord > $2 THEN s.waiting + a.ord - greatest(0, $2 - s.taken) END)::int AS waitlist_position
      FROM s, unnest($3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[], $9::varchar[], $10::varchar[])
           WITH ORDINALITY AS a(reference, idempotency_key, applicant_name, applicant_email, organisation_name, job_title, staff_group, band, ord)
  ), inserted AS (
    INSERT INTO application (reference, cohort_id, receipt_number, received_at, idempotency_key, status, eligible, applicant_name, applicant_email,
                             organisation_name, job_title, staff_group, band, endorsement_status, offer_expires_at)
    SELECT reference, $1, receipt_number, clock_timestamp(), idempotency_key,
           (CASE WHEN offered THEN 'OFFERED' ELSE 'WAITLISTED' END)::application_status, true, applicant_name, applicant_email,
           organisation_name, job_title, staff_group, band, 'NOT_REQUIRED', CASE WHEN offered THEN clock_timestamp() + interval '7 days' END
      FROM arriving ORDER BY ord
    RETURNING reference
  )
  SELECT (SELECT count(*) FROM inserted)::int AS inserted, arriving.reference, arriving.offered, arriving.waitlist_position
    FROM arriving ORDER BY ord`;

const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
let randomPool = Buffer.alloc(0);
let randomAt = 0;
/** ASC- and 8 Crockford base32 characters, as Ascent's references. */
function newReference() {
  if (randomAt + 8 > randomPool.length) {
    randomPool = randomBytes(4096);
    randomAt = 0;
  }
  let reference = "ASC-";
  for (let i = 0; i < 8; i++) reference += REFERENCE_ALPHABET[randomPool[randomAt++] % 32];
  return reference;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The request body's variables to a draft, or a problem (bad input: a GraphQL error with a code). */
export function parseSubmission(text) {
  let input;
  try {
    input = JSON.parse(text)?.variables?.input;
  } catch {
    return { problem: "The body is not JSON." };
  }
  const decoded = typeof input?.cohortId === "string" ? Buffer.from(input.cohortId, "base64url").toString("utf8") : "";
  const cohortId = decoded.startsWith("Cohort:") ? decoded.slice(7) : "";
  const a = input?.applicant ?? {};
  const str = (v, max) => (typeof v === "string" && v.length > 0 && v.length <= max ? v : null);
  const draft = {
    cohortId,
    idempotencyKey: str(input?.idempotencyKey, 100),
    applicantName: str(a.name, 200),
    applicantEmail: str(a.email, 320),
    organisationName: str(a.organisationName, 200),
    jobTitle: str(a.jobTitle, 200),
    staffGroup: str(a.staffGroup, 40),
    band: str(a.band, 10),
  };
  if (!UUID.test(cohortId) || !draft.idempotencyKey || !draft.applicantName || !draft.applicantEmail?.includes("@")) return { problem: "Invalid submitApplication input." };
  return { draft };
}

/** One transaction for the drafts (all to one cohort), in their order: one answer each. */
export async function arrive(pool, cohortId, drafts) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows: [cohort] } = await client.query({ name: "floor_lock", text: LOCK_SQL, values: [cohortId] });
    if (!cohort || !cohort.open) {
      await client.query("ROLLBACK");
      return drafts.map(() => ({ userErrors: [{ field: ["cohortId"], code: "INVALID", message: "This cohort has stopped taking applications." }] }));
    }
    const columns = ["idempotencyKey", "applicantName", "applicantEmail", "organisationName", "jobTitle", "staffGroup", "band"].map((k) => drafts.map((d) => d[k]));
    const { rows } = await client.query({ name: "floor_arrive", text: ARRIVE_SQL, values: [cohortId, cohort.capacity, drafts.map(newReference), ...columns] });
    await client.query("COMMIT");
    return rows.map((r) => ({ application: { reference: r.reference, status: r.offered ? "OFFERED" : "WAITLISTED", waitlistPosition: r.waitlist_position }, userErrors: [] }));
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Group commit: per cohort, what arrives while a transaction runs goes in the next one. */
function batcher(pool, maxBatch) {
  const queues = new Map();
  const draining = new Set();
  async function drain(cohortId) {
    draining.add(cohortId);
    try {
      for (;;) {
        const queue = queues.get(cohortId) ?? [];
        if (queue.length === 0) break;
        const batch = queue.splice(0, maxBatch);
        try {
          const answers = await arrive(pool, cohortId, batch.map((w) => w.draft));
          batch.forEach((w, i) => w.resolve(answers[i]));
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      draining.delete(cohortId);
      queues.delete(cohortId);
    }
  }
  return (draft) =>
    new Promise((resolve, reject) => {
      const queue = queues.get(draft.cohortId) ?? [];
      queue.push({ draft, resolve, reject });
      queues.set(draft.cohortId, queue);
      if (!draining.has(draft.cohortId)) void drain(draft.cohortId);
    });
}

/**
 * FLOOR_HTTP_ONLY=1: no PostgreSQL, the allocation counted in this process's memory (nothing stored, one process only). Not a
 * floor for the stampede (it is not durable), only the bound that node:http and the client set on their own.
 */
function inMemory(places = Number(process.env.PLACES) || 12) {
  const cohorts = new Map();
  return async (draft) => {
    const receipt = (cohorts.get(draft.cohortId) ?? 0) + 1;
    cohorts.set(draft.cohortId, receipt);
    const offered = receipt <= places;
    return { application: { reference: newReference(), status: offered ? "OFFERED" : "WAITLISTED", waitlistPosition: offered ? null : receipt - places }, userErrors: [] };
  };
}

function send(res, status, payload) {
  const body = JSON.stringify(payload);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** The floor's HTTP server: POST (any path) with the submitApplication body. */
export function createStampedeFloor(pool, { batch = false, maxBatch = 200, httpOnly = false } = {}) {
  const submit = httpOnly ? inMemory() : batch ? batcher(pool, maxBatch) : async (draft) => (await arrive(pool, draft.cohortId, [draft]))[0];
  return http.createServer((req, res) => {
    if (req.method !== "POST") return send(res, 405, { errors: [{ message: "POST only" }] });
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", async () => {
      const { draft, problem } = parseSubmission(Buffer.concat(chunks).toString("utf8"));
      if (problem) return send(res, 200, { errors: [{ message: problem, extensions: { code: "BAD_USER_INPUT" } }], data: null });
      try {
        const answer = await submit(draft);
        send(res, 200, { data: { submitApplication: { replayed: false, application: answer.application ?? null, userErrors: answer.userErrors } } });
      } catch (error) {
        send(res, 200, { errors: [{ message: String(error?.message ?? error), extensions: { code: "INTERNAL_SERVER_ERROR" } }], data: null });
      }
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.FLOOR_POOL) || 10 });
  pool.on("error", (error) => console.error("stampede floor: idle connection lost:", error.message));
  const server = createStampedeFloor(pool, { batch: process.env.FLOOR_BATCH === "1", maxBatch: Number(process.env.FLOOR_MAX_BATCH) || 200, httpOnly: process.env.FLOOR_HTTP_ONLY === "1" });
  // The same listen backlog as Ascent's api (boot.ts), so 2,000 connections at once are queued, not dropped.
  server.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? "127.0.0.1", backlog: 4096 }, () => process.send?.({ type: "ready" }));
  process.on("SIGTERM", () => {
    setTimeout(() => process.exit(0), 2000).unref();
    server.close(() => pool.end().then(() => process.exit(0)));
  });
}
