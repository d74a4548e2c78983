// The generated data set: every NHS trust, academies with 10 years of
// programmes and cohorts, applications, participants and WRES returns.
// Generated in PostgreSQL with generate_series (a full set takes seconds).
import { createHash, randomBytes } from "node:crypto";
import { createRequire } from "node:module";

export const SIZES = {
  /** What the issue calls realistic: every NHS trust, 10 years, 200,000 applications, 20,000 participants, 215 x 10 WRES returns. */
  full: { trusts: 215, academies: 7, programmesPerAcademy: 6, years: 10, cohortsPerProgrammeYear: 5, sessionsPerCohort: 5, applications: 200_000, participants: 20_000, wresYears: 10 },
  /** A smoke run: enough open cohorts for a page of 100, little else. */
  quick: { trusts: 20, academies: 7, programmesPerAcademy: 3, years: 2, cohortsPerProgrammeYear: 6, sessionsPerCohort: 5, applications: 5_000, participants: 500, wresYears: 2 },
};

const REGIONS = ["EAST_OF_ENGLAND", "LONDON", "MIDLANDS", "NORTH_EAST_AND_YORKSHIRE", "NORTH_WEST", "SOUTH_EAST", "SOUTH_WEST"];

/** Counts the size gives (what the bench prints beside its table). */
export function expectedCounts(size) {
  const programmes = size.academies * size.programmesPerAcademy;
  const cohorts = programmes * size.years * size.cohortsPerProgrammeYear;
  return { trusts: size.trusts, programmes, cohorts, sessions: cohorts * size.sessionsPerCohort, applications: size.applications, participants: size.participants, wresReturns: size.trusts * size.wresYears };
}

const LONG_TEXT = "This programme develops leaders who can make change happen across organisational boundaries. ".repeat(30);

/**
 * Fills an empty, migrated Ascent database. The last year's cohorts start in
 * the future and take applications now: those are the partner read's page.
 */
export async function generate(client, size, { thisYear = new Date().getUTCFullYear() } = {}) {
  const firstYear = thisYear - size.years + 2; // the last year is next year's
  await client.query("BEGIN");
  await client.query(
    `INSERT INTO organisation (name, kind, ods_code, region)
     SELECT 'Bench NHS Trust ' || n, 'TRUST', 'R' || lpad(n::text, 4, '0'), ($2::text[])[1 + n % 7]::nhs_region
       FROM generate_series(1, $1) n`,
    [size.trusts, REGIONS],
  );
  await client.query(
    `INSERT INTO organisation (name, kind, region)
     SELECT ($2::text[])[n] || ' Leadership Academy', 'ACADEMY', ($2::text[])[n]::nhs_region FROM generate_series(1, $1) n`,
    [size.academies, REGIONS],
  );
  await client.query(
    `INSERT INTO programme (academy_id, title, summary, description, aims, learning_outcomes, benefits, delivery_modes, duration, commitments, target_roles, status, eligibility, published_at)
     SELECT a.id, a.name || ' programme ' || p, 'A leadership programme for aspiring senior leaders.', $2,
            '["Lead change","Build inclusive teams","Use data well"]', '["Plan a service change","Coach others"]', '["A national network"]',
            '["IN_PERSON","ONLINE"]', '9 months', '["Six workshops","An action learning set"]', '["Band 7 leads","Consultants"]',
            'PUBLISHED', '{"bands":["BAND_7","BAND_8A","BAND_8B"],"memberOrganisationsOnly":false}', now() - interval '5 years'
       FROM organisation a CROSS JOIN generate_series(1, $1) p WHERE a.kind = 'ACADEMY'`,
    [size.programmesPerAcademy, LONG_TEXT],
  );
  // Past cohorts are completed; next year's are open now (window: a month ago to two months on).
  await client.query(
    `INSERT INTO cohort (programme_id, name, capacity, allocation_policy, starts_on, ends_on, status, applications_open_at, applications_close_at)
     SELECT p.id, 'Cohort ' || y || '-' || k, 20 + (k * 7) % 30, 'FIRST_COME_FIRST_SERVED',
            make_date(y, 1 + (k * 2) % 12, 1), make_date(y, 1 + (k * 2) % 12, 1) + 180,
            CASE WHEN y > $2 THEN 'OPEN' ELSE 'COMPLETED' END::cohort_status,
            CASE WHEN y > $2 THEN now() - interval '30 days' ELSE make_date(y - 1, 10, 1)::timestamptz END,
            CASE WHEN y > $2 THEN now() + interval '60 days' ELSE make_date(y - 1, 11, 1)::timestamptz END
       FROM programme p CROSS JOIN generate_series($1::int, $2::int + 1) y CROSS JOIN generate_series(1, $3) k`,
    [firstYear, thisYear, size.cohortsPerProgrammeYear],
  );
  await client.query(
    `INSERT INTO cohort_session (cohort_id, title, kind, day_number, starts_at, ends_at)
     SELECT c.id, 'Workshop ' || d, 'WORKSHOP', d, c.starts_on + (d - 1) * 14 + time '09:00', c.starts_on + (d - 1) * 14 + time '16:30'
       FROM cohort c CROSS JOIN generate_series(1, $1) d`,
    [size.sessionsPerCohort],
  );
  // Applications spread over the cohorts; open cohorts get a mix of offers, holds and a waiting list.
  await client.query(
    `WITH cohorts AS (SELECT id, status, capacity, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM cohort),
          trusts AS (SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM organisation WHERE kind = 'TRUST'),
          numbered AS (SELECT g, (SELECT n FROM cohorts LIMIT 1) AS cn, (SELECT n FROM trusts LIMIT 1) AS tn FROM generate_series(0, $1 - 1) g)
     INSERT INTO application (reference, cohort_id, receipt_number, received_at, idempotency_key, status, eligible, applicant_name, applicant_email,
                              organisation_id, organisation_name, job_title, staff_group, band, endorsement_status)
     SELECT 'B' || lpad(g::text, 9, '0'), c.id, 1 + g / cn, now() - interval '40 days' + (g % 1000) * interval '1 minute', 'bench-' || g,
            (CASE WHEN c.status = 'OPEN' THEN (ARRAY['OFFERED','WAITLISTED','AWAITING_ENDORSEMENT','SUBMITTED','WAITLISTED'])[1 + (g / cn) % 5]
                  ELSE (ARRAY['ACCEPTED','DECLINED','REJECTED','WITHDRAWN','LAPSED'])[1 + (g / cn) % 5] END)::application_status,
            true, 'Applicant ' || g, 'applicant' || g || '@bench.nhs.uk', t.id, t.name, 'Ward manager', 'NURSING_AND_MIDWIFERY', 'BAND_7',
            (CASE WHEN (g / cn) % 5 = 2 AND c.status = 'OPEN' THEN 'PENDING' ELSE 'ENDORSED' END)::endorsement_status
       FROM numbered JOIN cohorts c ON c.i = g % cn JOIN trusts t ON t.i = g % tn`,
    [size.applications],
  );
  await client.query(
    `INSERT INTO participant (cohort_id, application_id, status)
     SELECT cohort_id, id, 'ENROLLED' FROM application WHERE status = 'ACCEPTED' ORDER BY reference LIMIT $1`,
    [size.participants],
  );
  await insertWresReturns(client, size);
  await client.query("COMMIT");
  await client.query("ANALYZE");
  const [{ rows }] = [await client.query(`SELECT (SELECT count(*) FROM cohort)::int AS cohorts, (SELECT count(*) FROM cohort WHERE status = 'OPEN')::int AS open,
      (SELECT count(*) FROM cohort_session)::int AS sessions, (SELECT count(*) FROM application)::int AS applications,
      (SELECT count(*) FROM participant)::int AS participants, (SELECT count(*) FROM wres_return)::int AS wres_returns,
      (SELECT count(*) FROM organisation WHERE kind = 'TRUST')::int AS trusts`)];
  return rows[0];
}

async function insertWresReturns(client, size) {
  const require = createRequire(import.meta.url);
  const { generateDemoWresReturns, DEMO_WRES_YEARS } = require("../../apps/api/dist/src/seed/demo-wres.js");
  const { rows: trusts } = await client.query("SELECT id, region FROM organisation WHERE kind = 'TRUST' ORDER BY name");
  // The demo generator is calibrated on published years (2016-2024); years past its last repeat the last one's figures.
  const calibrated = DEMO_WRES_YEARS.slice(-Math.min(size.wresYears, DEMO_WRES_YEARS.length));
  const lastYear = calibrated.at(-1);
  const generated = generateDemoWresReturns(trusts.map((t) => ({ key: t.id, region: t.region })), calibrated);
  const rows = [];
  for (const [organisationId, byYear] of generated) {
    for (const [year, input] of byYear) rows.push([organisationId, year, JSON.stringify(input)]);
    for (let extra = 1; extra <= size.wresYears - calibrated.length; extra += 1) rows.push([organisationId, lastYear + extra, JSON.stringify({ ...byYear.get(lastYear), year: lastYear + extra })]);
  }
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await client.query(
      `INSERT INTO wres_return (organisation_id, year, version, input, source) SELECT o, y, 1, i::jsonb, 'DEMO' FROM unnest($1::uuid[], $2::int[], $3::text[]) AS t(o, y, i)`,
      [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2])],
    );
  }
}

/** A partner token for the first trust with the catalogue scope; returns the bearer token. */
export async function createPartnerToken(client) {
  const id = (await client.query("SELECT gen_random_uuid() AS id")).rows[0].id;
  const secret = randomBytes(32).toString("base64url");
  const token = `ascpat_${id.replace(/-/g, "")}_${secret}`;
  await client.query(
    `INSERT INTO api_token (id, label, organisation_id, scopes, secret_hash, prefix, expires_at)
     SELECT $1, 'bench', id, ARRAY['catalogue:read','applications:read','wres:read'], $2, $3, now() + interval '30 days'
       FROM organisation WHERE kind = 'TRUST' ORDER BY name LIMIT 1`,
    [id, createHash("sha256").update(secret).digest("hex"), token.slice(0, 15)],
  );
  return token;
}
