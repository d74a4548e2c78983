import "reflect-metadata";
import { DisclosureLevel, NhsRegion, OrganisationKind } from "@ascent/domain";
import { benchmarkWres, computeWres } from "@ascent/metrics";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { loadCurrentWresReturns, type CurrentWresReturn } from "../src/modules/wres/wres.loaders";
import { sumByRegion, WresService } from "../src/modules/wres/wres.service";
import { generateDemoWresReturns } from "../src/seed/demo-wres";
import { benchWresHttp } from "./bench-wres-http";
import { withScratchDatabase } from "./with-scratch-database";

/**
 * How long England and the seven regional WRES benchmarks take over 215
 * organisations x 6 years of returns (the acceptance target is <= 100 ms
 * server-side). Usage: npm run bench:wres   (or: --in-memory to skip PostgreSQL)
 *
 * Measures, in one run:
 * 1. in memory: England + 7 regions for each year, from returns already loaded;
 * 2. baselines: benchmarkWres straight over the individual returns (England
 *    and each region separately), and every organisation's own report for
 *    the year (what a naive average-of-ratios "benchmark" would need);
 * 3. the database path: load the year's current returns from PostgreSQL
 *    (jsonb) and compute England + 7 regions, as the year cache does when a
 *    year's version moved;
 * 4. over HTTP: wresReport, wresTrends and wresBenchmark on 215 trusts x 10
 *    years, with the per-process year cache off and on (bench-wres-http.ts).
 */

const ORGANISATIONS = 215;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const RUNS = 15;
const REGIONS = Object.values(NhsRegion);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(1)} ms`;

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function timeAsync(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function generate(): Map<number, CurrentWresReturn[]> {
  const organisations = Array.from({ length: ORGANISATIONS }, (_, i) => ({ key: `BENCH${String(i).padStart(3, "0")}`, region: REGIONS[i % REGIONS.length] }));
  const generated = generateDemoWresReturns(organisations, YEARS);
  const byYear = new Map<number, CurrentWresReturn[]>(YEARS.map((year) => [year, []]));
  for (const organisation of organisations) {
    for (const [year, input] of generated.get(organisation.key) ?? []) {
      byYear.get(year)?.push({ organisationId: organisation.key, region: organisation.region, input });
    }
  }
  return byYear;
}

/** What the api does for a year: sum the returns per region once, then England and each region from the sums. */
function allBenchmarks(service: WresService, returns: readonly CurrentWresReturn[], year: number): void {
  const sums = sumByRegion(returns);
  service.computeBenchmark(returns, year, null, sums);
  for (const region of REGIONS) service.computeBenchmark(returns, year, region, sums);
}

/** The same figures straight from benchmarkWres over the individual returns (no shared sums). */
function allBenchmarksDirect(returns: readonly CurrentWresReturn[]): void {
  benchmarkWres(returns.map((r) => r.input), { disclosure: { level: DisclosureLevel.NATIONAL } });
  for (const region of REGIONS) {
    benchmarkWres(returns.filter((r) => r.region === region).map((r) => r.input), { disclosure: { level: DisclosureLevel.SUBNATIONAL } });
  }
}

async function main() {
  const inMemoryOnly = process.argv.includes("--in-memory");
  const service = new WresService();
  const byYear = generate();
  console.log(`WRES benchmarks: ${ORGANISATIONS} organisations x ${YEARS.length} years (${YEARS[0]}-${YEARS.at(-1)}), England + ${REGIONS.length} regions`);
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}; median of ${RUNS} runs after warm-up\n`);

  // Warm up the JIT.
  for (const year of YEARS) allBenchmarks(service, byYear.get(year) ?? [], year);

  console.log("1. in memory (returns already loaded)");
  const perYear: number[] = [];
  for (const year of YEARS) {
    const returns = byYear.get(year) ?? [];
    const runs = Array.from({ length: RUNS }, () => time(() => allBenchmarks(service, returns, year)));
    perYear.push(median(runs));
    console.log(`   ${year}: England + ${REGIONS.length} regions over ${returns.length} returns  ${ms(median(runs))}`);
  }
  const allYears = median(Array.from({ length: RUNS }, () => time(() => YEARS.forEach((year) => allBenchmarks(service, byYear.get(year) ?? [], year)))));
  console.log(`   all ${YEARS.length} years: ${ms(allYears)}`);

  console.log("\n2. baselines in the same run, for one year");
  const baselineYear = YEARS.at(-1) as number;
  const baselineReturns = byYear.get(baselineYear) ?? [];
  const oneYear = perYear.at(-1) as number;
  const direct = median(Array.from({ length: RUNS }, () => time(() => allBenchmarksDirect(baselineReturns))));
  console.log(`   benchmarkWres over the individual returns (England + regions, no shared sums): ${ms(direct)}; api path is ${(direct / oneYear).toFixed(1)}x faster`);
  const baseline = median(Array.from({ length: RUNS }, () => time(() => baselineReturns.forEach((r) => computeWres(r.input)))));
  console.log(`   every organisation's own report (what averaging ratios would need): ${ms(baseline)}; api path is ${(baseline / oneYear).toFixed(1)}x faster`);

  if (inMemoryOnly) return;
  console.log("\n3. database path: load the year's current returns from PostgreSQL (jsonb), then England + regions");
  await withScratchDatabase(async (dataSource) => {
    await dataSource.runMigrations({ transaction: "each" });
    const ids: string[] = [];
    for (let i = 0; i < ORGANISATIONS; i += 1) {
      const [row] = await dataSource.query(`INSERT INTO organisation (name, kind, region) VALUES ($1, $2, $3) RETURNING id`, [`Bench trust ${i}`, OrganisationKind.TRUST, REGIONS[i % REGIONS.length]]);
      ids.push(row.id);
    }
    const idByKey = new Map([...byYear.values()][0].map((r, i) => [r.organisationId, ids[i]]));
    for (const [year, returns] of byYear) {
      for (const r of returns) {
        await dataSource.query(`INSERT INTO wres_return (organisation_id, year, version, input, source) VALUES ($1, $2, 1, $3, 'DEMO')`, [idByKey.get(r.organisationId), year, JSON.stringify(r.input)]);
      }
    }
    await dataSource.query("ANALYZE");
    const db = dataSource.manager;
    for (const year of YEARS) await loadCurrentWresReturns(db, [year]); // warm up
    const dbPerYear: number[] = [];
    for (const year of YEARS) {
      const runs: number[] = [];
      let loadOnly = 0;
      for (let run = 0; run < RUNS; run += 1) {
        let loaded: CurrentWresReturn[] = [];
        runs.push(
          await timeAsync(async () => {
            const start = performance.now();
            [loaded] = await loadCurrentWresReturns(db, [year]);
            loadOnly = performance.now() - start;
            allBenchmarks(service, loaded, year);
          }),
        );
      }
      dbPerYear.push(median(runs));
      console.log(`   ${year}: load + England + ${REGIONS.length} regions  ${ms(median(runs))}  (last load alone ${ms(loadOnly)})`);
    }
    const allRuns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      allRuns.push(
        await timeAsync(async () => {
          const loaded = await loadCurrentWresReturns(db, YEARS);
          YEARS.forEach((year, i) => allBenchmarks(service, loaded[i], year));
        }),
      );
    }
    const allFromDb = median(allRuns);
    console.log(`   all ${YEARS.length} years in one query + England + regions for each: ${ms(allFromDb)}`);
  });
  console.log("\ntarget: <= 100 ms server-side for England + all regions over 215 organisations x 6 years");

  // 4. The dashboard's queries over HTTP, year cache off vs on in the same run (scripts/bench-wres-http.ts).
  console.log("\n4. over HTTP\n");
  await benchWresHttp();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
