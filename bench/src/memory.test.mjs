// The memory section's arithmetic (no servers): `cd bench && npm test`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describeMemory, FLAT_KIB_PER_10K, NOISE_KIB, memoryVerdict, parseMemoryMetrics, secondHalf, slopeKibPer10k } from "./memory.mjs";

const MIB = 1024 * 1024;
/** Eleven readings (start, every 10%) of a run of `total` requests whose heap grows by `bytesPerRequest`, with `noise` added. */
const run = (total, bytesPerRequest, noise = () => 0) =>
  Array.from({ length: 11 }, (_, i) => {
    const requests = (total * i) / 10;
    return { requests, heapUsed: 60 * MIB + requests * bytesPerRequest + noise(i), rss: 200 * MIB, forced: true };
  });

test("the slope is in KiB per 10,000 requests", () => {
  assert.equal(slopeKibPer10k([{ requests: 0, bytes: 0 }, { requests: 10_000, bytes: 1024 }]), 1);
  assert.equal(slopeKibPer10k([{ requests: 0, bytes: 5 * MIB }, { requests: 50_000, bytes: 5 * MIB }]), 0);
  assert.ok(Number.isNaN(slopeKibPer10k([{ requests: 0, bytes: 1 }])));
});

test("the verdict looks at the second half: a warm-up rise before it is not a leak", () => {
  const readings = run(100_000, 0);
  readings[1].heapUsed += 8 * MIB; // caches filling early on
  readings[2].heapUsed += 8 * MIB;
  assert.deepEqual(secondHalf(readings).map((r) => r.requests), [50_000, 60_000, 70_000, 80_000, 90_000, 100_000]);
  assert.equal(memoryVerdict(readings).flat, true);
});

test("compiled code growing is not a leak; data growing is", () => {
  const jit = run(100_000, 100).map((r) => ({ ...r, code: 2 * MIB + r.requests * 100 }));
  const verdict = memoryVerdict(jit);
  assert.equal(verdict.flat, true);
  assert.ok(verdict.heapSlope > FLAT_KIB_PER_10K);
  const leak = run(100_000, 100).map((r) => ({ ...r, code: 2 * MIB }));
  assert.equal(memoryVerdict(leak).flat, false);
});

test("a leak of 100 bytes a request is growing; alternating noise of ±1 MiB is flat", () => {
  const leak = memoryVerdict(run(100_000, 100));
  assert.equal(leak.flat, false);
  assert.ok(Math.abs(leak.slope - (100 * 10_000) / 1024) < 1e-6);
  const noisy = memoryVerdict(run(100_000, 0, (i) => (i % 2 ? MIB : -MIB)));
  assert.equal(noisy.flat, true, `slope ${noisy.slope}`);
  assert.equal(noisy.threshold, FLAT_KIB_PER_10K);
});

test("in a short run, growth within the readings' noise is flat; a leak beyond it is not", () => {
  // --quick: 10,000 requests, a second half of 5,000; 800 KiB per 10k is 400 KiB in all.
  assert.equal(memoryVerdict(run(10_000, 80)).flat, true);
  assert.ok(memoryVerdict(run(10_000, 80)).grown <= NOISE_KIB);
  assert.equal(memoryVerdict(run(10_000, 300)).flat, false);
});

test("the table's sentence names the figures, the slope and the verdict", () => {
  const text = describeMemory({ readings: run(100_000, 0), forcedGc: true, requestsPerSecond: 180, unexpected: 0 });
  assert.match(text, /^heap used 60\.0 → 60\.0 → 60\.0 MiB \(after a forced GC; less V8's compiled code 60\.0 → 60\.0 → 60\.0 MiB\), slope of the latter \+0 KiB per 10k over the second half \(of heap used \+0 KiB\): \*\*flat\*\* \(≤ 256 KiB per 10k, or ≤ 512 KiB over the second half\)/);
  assert.match(text, /180 req\/s; unexpected answers 0$/);
  assert.match(describeMemory({ readings: run(100_000, 200), forcedGc: true, requestsPerSecond: 1, unexpected: 0 }), /\*\*growing\*\*/);
});

test("reads prom-client's figures from /metrics", () => {
  const text = [
    "# HELP ascent_process_resident_memory_bytes Resident memory size in bytes.",
    "ascent_process_resident_memory_bytes 209715200",
    "ascent_nodejs_heap_size_used_bytes 62914560",
    "ascent_nodejs_heap_size_total_bytes 83886080",
    "ascent_nodejs_external_memory_bytes 1048576",
    "ascent_nodejs_active_handles_total 12",
    'ascent_nodejs_heap_space_size_used_bytes{space="code"} 2097152',
    'ascent_nodejs_heap_space_size_used_bytes{space="code_large_object"} 1048576',
    'ascent_nodejs_heap_space_size_used_bytes{space="old"} 50000000',
  ].join("\n");
  assert.deepEqual(parseMemoryMetrics(text), { code: 3 * MIB, rss: 200 * MIB, heapUsed: 60 * MIB, heapTotal: 80 * MIB, external: MIB, handles: 12 });
});
