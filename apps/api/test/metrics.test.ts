import { viewerQuery } from "@ascent/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, TestServer } from "./support/test-server";

/** GET /metrics: what an operator's Prometheus scrapes (issue 14's benchmarks read it too). */
let open: TestServer;
let guarded: TestServer;

const scrape = async (server: TestServer, headers: Record<string, string> = {}) => {
  const response = await fetch(`${server.baseUrl}/metrics`, { headers });
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() };
};

/** The value of one sample line, e.g. sample(text, 'ascent_graphql_requests_total{operation="Viewer"}'). */
const sample = (text: string, series: string): number | undefined => {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

beforeAll(async () => {
  open = await createTestServer();
  guarded = await createTestServer({ metricsToken: "scrape-secret", environment: "production" });
});
afterAll(async () => {
  await open?.close();
  await guarded?.close();
});

describe("/metrics", () => {
  it("counts requests and latency by operation name, and errors by code", async () => {
    const client = open.anonymous();
    for (let i = 0; i < 3; i += 1) await client.request(viewerQuery);
    // Deliberately broken and anonymous operations: the metrics must count them too.
    await client.request(`query Broken { nope }`);
    await client.request(`{ viewer { user { id } } }`);
    const { status, type, text } = await scrape(open);
    expect(status).toBe(200);
    expect(type).toContain("text/plain");
    expect(sample(text, 'ascent_graphql_requests_total{operation="Viewer"}')).toBe(3);
    expect(sample(text, 'ascent_graphql_request_duration_seconds_count{operation="Viewer"}')).toBe(3);
    expect(sample(text, 'ascent_graphql_requests_total{operation="anonymous"}')).toBe(1);
    expect(sample(text, 'ascent_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
  });

  it("never lets callers grow the metrics without bound through operation names", async () => {
    const client = open.anonymous();
    // A hand-made operation name no client would send.
    await client.request(`query ${"x".repeat(80)} { viewer { user { id } } }`);
    const { text } = await scrape(open);
    expect(text).not.toContain("x".repeat(80));
    expect(sample(text, 'ascent_graphql_requests_total{operation="other"}')).toBeGreaterThanOrEqual(1);
  });

  it("reports the database pool, the job queue and the outbox", async () => {
    const { text } = await scrape(open);
    expect(sample(text, 'ascent_db_pool_connections{state="waiting"}')).toBe(0);
    expect(sample(text, 'ascent_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(0);
    expect(text).toContain("# TYPE ascent_job_queue_jobs gauge");
    expect(text).toContain("# TYPE ascent_job_queue_oldest_waiting_seconds gauge");
    expect(sample(text, 'ascent_outbox_unsent_messages{status="pending"}')).toBe(0);
    expect(text).toContain("ascent_process_resident_memory_bytes");
  });

  it("answers only a scraper with the token when ASCENT_METRICS_TOKEN is set, and never says why", async () => {
    expect((await scrape(guarded)).status).toBe(404);
    expect((await scrape(guarded, { authorization: "Bearer wrong" })).status).toBe(404);
    const allowed = await scrape(guarded, { authorization: "Bearer scrape-secret" });
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain("ascent_graphql_requests_total");
  });
});
