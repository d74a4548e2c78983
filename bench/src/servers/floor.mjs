// The raw floor: node:http + pg, one SQL statement per request, the same JSON
// as Ascent's partner read (a page of open cohorts with programme title,
// academy name, capacity, places remaining, waitlist length, session count).
import http from "node:http";
import pg from "pg";

export const FLOOR_SQL = `
SELECT c.id, c.name, c.capacity, p.title, a.name AS academy,
       greatest(0, c.capacity - coalesce(counts.taken, 0))::int AS places_remaining,
       coalesce(counts.waitlisted, 0)::int AS waitlist_length,
       (SELECT count(*)::int FROM cohort_session s WHERE s.cohort_id = c.id) AS session_count
  FROM cohort c
  JOIN programme p ON p.id = c.programme_id
  JOIN organisation a ON a.id = p.academy_id
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE status IN ('AWAITING_ENDORSEMENT', 'OFFERED', 'ACCEPTED')) AS taken,
           count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted
      FROM application WHERE cohort_id = c.id
  ) counts ON true
 WHERE p.status = 'PUBLISHED' AND c.status = 'OPEN'
   AND c.applications_open_at <= now() AND c.applications_close_at > now()
 ORDER BY c.starts_on, c.id
 LIMIT $1`;

/** Rows to the response Ascent gives (same field names and nesting). */
export function floorBody(rows) {
  return {
    data: {
      cohorts: {
        edges: rows.map((r) => ({
          node: { id: r.id, name: r.name, capacity: r.capacity, placesRemaining: r.places_remaining, waitlistLength: r.waitlist_length, sessionCount: r.session_count, programme: { title: r.title, academy: { name: r.academy } } },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const server = http.createServer(async (req, res) => {
    try {
      const first = Math.min(100, Number.parseInt(new URL(req.url, "http://x").searchParams.get("first") ?? "50", 10) || 50);
      const { rows } = await pool.query({ name: "floor", text: FLOOR_SQL, values: [first] });
      const body = JSON.stringify(floorBody(rows));
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ ready: true }));
}
