// The bench's memory section (bench/README.md, "api memory"): N requests of a
// mix of cheap but real requests that each go through the api's per-request
// machinery, with the api's memory read from /metrics after a forced garbage
// collection at the start, at every 10% and at the end; the slope of heap used
// over the second half decides "flat".
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Node options for the api under the bench only: a GC the bench can force over the IPC channel (memory-gc-preload.cjs). */
export const memoryApiExecArgv = () => ["--expose-gc", "--require", path.join(HERE, "memory-gc-preload.cjs")];

/**
 * Heap used less V8's code spaces (after a forced GC) may grow by at most
 * this much per 10,000 requests over the second half to be called flat:
 * 256 KiB per 10k is about 26 bytes a request. A per-request leak of JS
 * objects is more: one Map entry with a string key is 60–100 bytes (600+ KiB
 * per 10k); a DataLoader, a context or a listener hundreds of bytes (MiBs).
 * Below it stays V8's own optimising-compiler bookkeeping, which lives in old
 * space beside the data and grows until the JIT settles (deopt data,
 * dependent-code lists, feedback vectors: 110–155 KiB per 10k in the runs of
 * 2026-12-03, by heap snapshot; see bench/README.md, "api memory").
 */
export const FLAT_KIB_PER_10K = 256;
/**
 * Readings after a forced GC still move by a few hundred KiB between steps
 * (what V8 has compiled, pools, timers in flight): a fitted growth over the
 * whole second half below this is noise, whatever its slope. It only
 * matters for short runs (a --quick run's second half is 5,000 requests).
 */
export const NOISE_KIB = 512;

const MIB = 1024 * 1024;

/** Least-squares slope of bytes over requests, in KiB per 10,000 requests. */
export function slopeKibPer10k(points) {
  if (points.length < 2) return NaN;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.requests, 0) / n;
  const my = points.reduce((s, p) => s + p.bytes, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.requests - mx) * (p.bytes - my);
    sxx += (p.requests - mx) ** 2;
  }
  return sxx === 0 ? NaN : ((sxy / sxx) * 10_000) / 1024;
}

/** The readings from the middle one on (the second half of the run). */
export const secondHalf = (readings) => readings.slice(Math.floor((readings.length - 1) / 2));

/**
 * The heap a per-request leak would grow: heap used less V8's code spaces.
 * Compiled code keeps growing for a while as V8 optimises more functions
 * (bounded by the program's size); leaked objects never live there.
 */
export const dataHeap = (r) => (Number.isFinite(r.code) ? r.heapUsed - r.code : r.heapUsed);

/** "flat" when the data heap grows by at most FLAT_KIB_PER_10K per 10k requests over the second half (or by NOISE_KIB in all), else "growing". */
export function memoryVerdict(readings, threshold = FLAT_KIB_PER_10K) {
  const half = secondHalf(readings);
  const slope = slopeKibPer10k(half.map((r) => ({ requests: r.requests, bytes: dataHeap(r) })));
  const heapSlope = slopeKibPer10k(half.map((r) => ({ requests: r.requests, bytes: r.heapUsed })));
  const grown = (slope * (half.at(-1).requests - half[0].requests)) / 10_000;
  return { slope, heapSlope, grown, flat: slope <= threshold || grown <= NOISE_KIB, threshold };
}

const mib = (bytes) => (bytes / MIB).toFixed(1);

/** The table's sentence: heap used start → half → end, the slope and the verdict, RSS beside. */
export function describeMemory(m) {
  const r = m.readings;
  const [first, middle, last] = [r[0], r[Math.floor((r.length - 1) / 2)], r.at(-1)];
  const { slope, heapSlope, flat, threshold } = memoryVerdict(r);
  const signed = (kib) => `${kib >= 0 ? "+" : "−"}${Math.abs(kib).toFixed(0)} KiB`;
  const gc = m.forcedGc ? "after a forced GC" : "no forced GC";
  const three = (f) => `${mib(f(first))} → ${mib(f(middle))} → ${mib(f(last))} MiB`;
  return (
    `heap used ${three((x) => x.heapUsed)} (${gc}; less V8's compiled code ${three(dataHeap)}), ` +
    `slope of the latter ${signed(slope)} per 10k over the second half (of heap used ${signed(heapSlope)}): **${flat ? "flat" : "growing"}** (≤ ${threshold} KiB per 10k, or ≤ ${NOISE_KIB} KiB over the second half); ` +
    `RSS ${three((x) => x.rss)}; active handles ${first.handles} → ${last.handles}; ${fmtRate(m.requestsPerSecond)} req/s; unexpected answers ${m.unexpected}`
  );
}
const os1 = () => os.loadavg()[0].toFixed(1);
const fmtRate = (x) => (Number.isFinite(x) ? x.toFixed(0) : "?");

/** Parses the prom-client figures the section reads from /metrics' text format. */
export function parseMemoryMetrics(text) {
  const value = (name) => {
    const line = text.split("\n").find((l) => l.startsWith(`${name} `));
    return line ? Number(line.split(" ")[1]) : NaN;
  };
  // V8's code spaces ("code", "code_large_object"): compiled code, not data.
  const codeLines = text.split("\n").filter((l) => l.startsWith('ascent_nodejs_heap_space_size_used_bytes{space="code'));
  return {
    code: codeLines.length ? codeLines.reduce((s, l) => s + Number(l.split(" ").at(-1)), 0) : NaN,
    rss: value("ascent_process_resident_memory_bytes"),
    heapUsed: value("ascent_nodejs_heap_size_used_bytes"),
    heapTotal: value("ascent_nodejs_heap_size_total_bytes"),
    external: value("ascent_nodejs_external_memory_bytes"),
    handles: value("ascent_nodejs_active_handles_total"),
  };
}

const LOGIN = `mutation BenchLogin($input: LoginInput!) { login(input: $input) { viewer { user { id } } userErrors { message } } }`;
const SUBMIT = `mutation BenchSubmit($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { replayed application { reference status } userErrors { field code message } }
}`;
const CATALOGUE = `query BenchCatalogue { cohorts(first: 5, filter: { openForApplications: true }) { edges { node { id name capacity placesRemaining programme { title academy { name } } } } } }`;
const PARTNER_PAGE = `query BenchPartnerPage { cohorts(first: 5, filter: { openForApplications: true }) { edges { node { id name placesRemaining waitlistLength sessionCount programme { title } } } } }`;
const VIEWER = `query BenchViewer { viewer { user { id name role } organisation { name } scopes } }`;
const BAD_ID = `query BenchBadId($id: ID!) { cohort(id: $id) { id name } }`;
const INVALID = `query BenchInvalid { cohorts(first: 5) { edges { node { id noSuchField } } } }`;

const json = (body) => {
  try {
    return JSON.parse(String(body));
  } catch {
    return undefined;
  }
};
const errorCode = (b) => b?.errors?.[0]?.extensions?.code;

/**
 * Signs in, finds an open cohort and submits one application, then returns
 * the mix: autocannon requests (each connection cycles through them in order,
 * so each kind is an equal share) with a check of every answer, counted per kind.
 */
export async function prepareMemoryMix({ apiUrl, token, admin }) {
  const post = (body, headers = {}) => fetch(apiUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const login = await post({ query: LOGIN, variables: { input: admin } });
  const loginBody = await login.json();
  const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).find((c) => c.startsWith("ascent_session="));
  if (!cookie || loginBody.data?.login?.userErrors?.length) throw new Error(`memory: sign-in failed: ${JSON.stringify(loginBody).slice(0, 300)}`);

  const page = await (await post({ query: CATALOGUE })).json();
  const cohortId = page.data?.cohorts?.edges?.[0]?.node?.id;
  if (!cohortId) throw new Error(`memory: no open cohort in the catalogue: ${JSON.stringify(page).slice(0, 300)}`);
  const submission = {
    cohortId,
    idempotencyKey: `bench-memory-${randomBytes(8).toString("hex")}`,
    applicant: { name: "Bench Applicant", email: "bench.applicant@bench.nhs.uk", organisationName: "Bench NHS Trust 1", jobTitle: "Ward manager", staffGroup: "NURSING_AND_MIDWIFERY", band: "BAND_7" },
  };
  const first = await (await post({ query: SUBMIT, variables: { input: submission } })).json();
  if (first.errors || !first.data?.submitApplication?.application) throw new Error(`memory: the first submission failed: ${JSON.stringify(first).slice(0, 400)}`);

  const json200 = { "content-type": "application/json" };
  const badToken = () => `ascpat_${randomBytes(16).toString("hex")}_${randomBytes(32).toString("base64url")}`;
  const kinds = [
    {
      name: "partner page",
      about: "a partner token's page of 5 open cohorts (token lookup, budget ledger, loaders)",
      headers: { ...json200, authorization: `Bearer ${token}` },
      body: { query: PARTNER_PAGE },
      ok: (status, b) => status === 200 && !b?.errors && b?.data?.cohorts?.edges?.length === 5,
    },
    {
      name: "session viewer",
      about: "the signed-in administrator's viewer query (session cookie)",
      headers: { ...json200, cookie },
      body: { query: VIEWER },
      ok: (status, b) => status === 200 && !b?.errors && !!b?.data?.viewer?.user?.id,
    },
    {
      name: "public catalogue",
      about: "an anonymous page of 5 open cohorts with places and programme",
      headers: json200,
      body: { query: CATALOGUE },
      ok: (status, b) => status === 200 && !b?.errors && b?.data?.cohorts?.edges?.length === 5,
    },
    {
      name: "bad id",
      about: "cohort(id:) with a different garbled id each time: BAD_USER_INPUT",
      headers: json200,
      body: () => ({ query: BAD_ID, variables: { id: randomBytes(12).toString("base64url") } }),
      ok: (_status, b) => errorCode(b) === "BAD_USER_INPUT",
    },
    {
      name: "invalid query",
      about: "a query naming a field that does not exist: 400 GRAPHQL_VALIDATION_FAILED",
      headers: json200,
      body: { query: INVALID },
      ok: (status, b) => status === 400 && errorCode(b) === "GRAPHQL_VALIDATION_FAILED",
    },
    {
      name: "unknown token",
      about: "a well-formed partner token that does not exist, a different one each time: 401 UNAUTHENTICATED",
      headers: json200,
      body: { query: VIEWER },
      setHeaders: () => ({ ...json200, authorization: `Bearer ${badToken()}` }),
      ok: (status, b) => status === 401 && errorCode(b) === "UNAUTHENTICATED",
    },
    {
      name: "repeated submission",
      about: "submitApplication with an idempotency key already used: replayed, nothing written",
      headers: json200,
      body: { query: SUBMIT, variables: { input: submission } },
      ok: (status, b) => status === 200 && b?.data?.submitApplication?.replayed === true,
    },
  ];
  const counts = Object.fromEntries(kinds.map((k) => [k.name, { answered: 0, unexpected: 0, sample: undefined }]));
  const requests = kinds.map((kind) => {
    const fixedBody = typeof kind.body === "function" ? undefined : JSON.stringify(kind.body);
    const request = {
      method: "POST",
      path: new URL(apiUrl).pathname,
      headers: kind.headers,
      body: fixedBody ?? JSON.stringify(kind.body()),
      onResponse: (status, body) => {
        const count = counts[kind.name];
        count.answered += 1;
        if (!kind.ok(status, json(body))) {
          count.unexpected += 1;
          count.sample ??= `${status} ${String(body).slice(0, 300)}`;
        }
      },
    };
    if (typeof kind.body === "function" || kind.setHeaders) {
      request.setupRequest = (req) => ({
        ...req,
        ...(typeof kind.body === "function" ? { body: JSON.stringify(kind.body()) } : {}),
        ...(kind.setHeaders ? { headers: kind.setHeaders() } : {}),
      });
    }
    return request;
  });
  return { kinds: kinds.map(({ name, about }) => ({ name, about })), requests, counts };
}

/** Forces a full GC in the api (memory-gc-preload.cjs); false when the api was not started for it. */
function forceGc(child, heapSnapshot, timeoutMs = 120_000) {
  if (!child?.connected) return Promise.resolve(false);
  const id = Date.now() + Math.random();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("message", onMessage);
      resolve(false);
    }, timeoutMs);
    const onMessage = (message) => {
      if (message?.benchGcDone !== id) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(true);
    };
    child.on("message", onMessage);
    child.send({ benchGc: id, ...(heapSnapshot ? { heapSnapshot } : {}) });
  });
}

/**
 * Runs `total` requests of the mix in 10 steps, reading /metrics after a forced
 * GC before the first (after an untimed warm-up) and after each step.
 */
export async function measureMemory({ api, apiUrl, metricsUrl, metricsToken, token, admin, total, connections, log, snapshotDir, perKindSeconds = 0 }) {
  const mix = await prepareMemoryMix({ apiUrl, token, admin });
  log(`  mix, in equal shares (${mix.kinds.length} kinds, each connection cycles through them):`);
  for (const kind of mix.kinds) log(`    - ${kind.name}: ${kind.about}`);
  // --memory-snapshots: heap snapshots at the half and at the end, for memory-heap-diff.mjs.
  const read = async (requests, snapshot) => {
    const file = snapshot && snapshotDir ? path.join(snapshotDir, `api-${snapshot}-${requests}.heapsnapshot`) : undefined;
    if (file) log(`  heap snapshot: ${file}`);
    const forced = await forceGc(api, file);
    const metrics = parseMemoryMetrics(await (await fetch(metricsUrl, { headers: { authorization: `Bearer ${metricsToken}` } })).text());
    return { requests, forced, ...metrics };
  };
  const run = (amount) => autocannon({ url: apiUrl, connections, pipelining: 1, requests: mix.requests, amount });

  // Warm-up, untimed: JIT, pools, prepared statements and caches fill before the first reading.
  const warmUp = Math.min(2000, Math.max(mix.requests.length * connections, Math.floor(total / 20)));
  await run(warmUp);
  // --memory-per-kind S: each kind alone for S seconds after the warm-up, to see what the mix's rate is made of.
  if (perKindSeconds > 0) {
    for (const [i, kind] of mix.kinds.entries()) {
      const alone = await autocannon({ url: apiUrl, connections, pipelining: 1, requests: [mix.requests[i]], duration: perKindSeconds });
      log(`    ${kind.name.padEnd(20)} alone: ${fmtRate(alone.requests.average)} req/s, p50 ${alone.latency.p50} ms`);
    }
  }

  for (const count of Object.values(mix.counts)) Object.assign(count, { answered: 0, unexpected: 0, sample: undefined });

  const steps = 10;
  const readings = [await read(0)];
  log(`  0%: heap used ${mib(readings[0].heapUsed)} MiB (code ${mib(readings[0].code)}), RSS ${mib(readings[0].rss)} MiB (after ${warmUp} warm-up requests${readings[0].forced ? ", forced GC" : ", no forced GC"})`);
  let done = 0;
  let seconds = 0;
  let transportErrors = 0;
  for (let step = 1; step <= steps; step += 1) {
    const amount = Math.round((total * step) / steps) - done;
    const started = performance.now();
    const result = await run(amount);
    seconds += (performance.now() - started) / 1000;
    done += amount;
    transportErrors += result.errors + result.timeouts;
    const reading = await read(done, step === steps / 2 ? "half" : step === steps ? "end" : undefined);
    readings.push(reading);
    log(`  ${step * 10}% (${done}): heap used ${mib(reading.heapUsed)} MiB (code ${mib(reading.code)}), RSS ${mib(reading.rss)} MiB, external ${mib(reading.external)} MiB, handles ${reading.handles}; ${fmtRate(amount / ((performance.now() - started) / 1000))} req/s; load average ${os1()}`);
  }
  const unexpected = Object.values(mix.counts).reduce((s, c) => s + c.unexpected, 0) + transportErrors;
  for (const [name, count] of Object.entries(mix.counts)) {
    if (count.unexpected) log(`  ${name}: ${count.unexpected} unexpected of ${count.answered}, e.g. ${count.sample}`);
  }
  const result = { total, readings, kinds: mix.kinds, counts: mix.counts, unexpected, transportErrors, seconds, requestsPerSecond: total / seconds, forcedGc: readings.every((r) => r.forced), warmUp };
  log(`  ${describeMemory(result).replaceAll("**", "")}`);
  return result;
}

