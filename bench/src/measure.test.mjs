// A fast smoke test of the bench's pieces (no database, no servers): `cd bench && npm test`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { expectedCounts, SIZES } from "./dataset.mjs";
import { cpuMs, firstLoadBytes, markdownTable, median, parseStampede, parseWres, parseWresHttp, postgresCpuMs } from "./measure.mjs";
import { summariseChartTimes, wresDashboardPath } from "./wresChart.mjs";
import { floorBody } from "./servers/floor.mjs";

test("the full data set is the issue's realistic size; quick has a page of 100 open cohorts", () => {
  const full = expectedCounts(SIZES.full);
  assert.equal(full.trusts, 215);
  assert.equal(full.applications, 200_000);
  assert.equal(full.participants, 20_000);
  assert.equal(full.wresReturns, 2150);
  assert.ok(full.cohorts >= 2000);
  const quick = expectedCounts(SIZES.quick);
  // next year's cohorts are the open ones: one year of years
  assert.ok(quick.cohorts / SIZES.quick.years >= 100);
});

test("median, table and CPU helpers", () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(markdownTable(["a", "b"], [["1", "2"]]), "| a | b |\n| --- | --- |\n| 1 | 2 |");
  assert.ok(cpuMs(process.pid) >= 0);
});

test("a parent's CPU total keeps the time of children that exited (as PostgreSQL's backends do)", () => {
  const before = postgresCpuMs(process.pid);
  // A child that burns ~300 ms of CPU and exits; spawnSync waits for it, so its time lands in our reaped-children figure.
  spawnSync(process.execPath, ["-e", "const end = Date.now() + 300; while (Date.now() < end);"]);
  const after = postgresCpuMs(process.pid);
  assert.ok(after - before >= 150, `the exited child's CPU is counted (${after - before} ms)`);
});

test("parses the stampede and WRES benches' output", () => {
  const stampede = parseStampede(
    "stampede: 300 applications at once, 12 places, 2 api processes\n  latency p50 812 ms, p99 1503 ms, max 1600 ms\n  throughput 150.2 applications/s (all answered in 2000 ms); errors 0\n  stored 300: 12 offered, 288 waitlisted\n",
  );
  assert.deepEqual(stampede, { p50Ms: 812, p99Ms: 1503, perSecond: 150.2, errors: 0, offered: 12, stored: 300 });
  const wres = parseWres("   2023: load + England + 7 regions  41.5 ms  (last load alone 30.1 ms)\n   2024: load + England + 7 regions  52.0 ms  (x)\n   all 6 years in one query + England + regions for each: 180.2 ms\n");
  assert.deepEqual(wres, { perYearMaxMs: 52, allYearsMs: 180.2 });
});

test("counts the first load from index.html's scripts, preloads and stylesheets", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-test-"));
  try {
    mkdirSync(path.join(dir, "assets"));
    writeFileSync(path.join(dir, "assets", "index.js"), "console.log('x');".repeat(100));
    writeFileSync(path.join(dir, "assets", "vendor.js"), "var a = 1;".repeat(100));
    writeFileSync(path.join(dir, "assets", "lazy.js"), "never loaded first");
    writeFileSync(path.join(dir, "assets", "index.css"), "body{color:red}".repeat(100));
    writeFileSync(
      path.join(dir, "index.html"),
      '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor.js"><link rel="stylesheet" crossorigin href="/assets/index.css">',
    );
    const bytes = firstLoadBytes(dir);
    assert.equal(bytes.files.length, 3);
    assert.equal(bytes.jsRaw, 1700 + 1000);
    assert.ok(bytes.js > 0 && bytes.js < bytes.jsRaw && bytes.css > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the floor answers in the partner read's shape", () => {
  const body = floorBody([{ id: "c1", name: "Cohort", capacity: 20, title: "Programme", academy: "Academy", places_remaining: 3, waitlist_length: 2, session_count: 5 }]);
  assert.deepEqual(body.data.cohorts.edges[0].node, {
    id: "c1",
    name: "Cohort",
    capacity: 20,
    placesRemaining: 3,
    waitlistLength: 2,
    sessionCount: 5,
    programme: { title: "Programme", academy: { name: "Academy" } },
  });
});

test("parses the WRES bench's HTTP table (cache off, cache on)", () => {
  const text = [
    "query                                              cache off   cache on   ratio",
    "wresReport (own trust, with England + region)         179.0 ms    152.3 ms    1.2x",
    "wresTrends (9 indicators x 10 years)                 1767.1 ms    220.0 ms    8.0x",
    "wresReport, first request after a submission (cache refills the year)    179.0 ms    289.4 ms    0.6x",
    "",
    "target: each query <= 100 ms server time",
  ].join("\n");
  assert.deepEqual(parseWresHttp(text), [
    { query: "wresReport (own trust, with England + region)", cacheOffMs: 179, cacheOnMs: 152.3 },
    { query: "wresTrends (9 indicators x 10 years)", cacheOffMs: 1767.1, cacheOnMs: 220 },
    { query: "wresReport, first request after a submission (cache refills the year)", cacheOffMs: 179, cacheOnMs: 289.4 },
  ]);
  assert.deepEqual(parseWresHttp("no table here"), []);
});

test("the WRES dashboard's address and the chart timings' medians", () => {
  const uuid = "0b7d6a3e-1c2f-4e5a-9b8c-7d6e5f4a3b2c";
  const address = wresDashboardPath(uuid, 2024);
  const match = /^\/wres\?organisation=([^&]+)&year=2024$/.exec(address);
  assert.ok(match, address);
  assert.equal(Buffer.from(decodeURIComponent(match[1]), "base64url").toString("utf8"), `Organisation:${uuid}`);
  const summary = summariseChartTimes([900, 1200, 1000], [300, 250, 400]);
  assert.equal(summary.cold, 1000);
  assert.equal(summary.warm, 300);
  assert.deepEqual(summary.coldRange, [900, 1200]);
  assert.equal(summary.repetitions, 3);
  assert.ok(Number.isNaN(summariseChartTimes([], []).cold));
});
