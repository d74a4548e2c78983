import "reflect-metadata";
import { createStampedeCohort, fire, stampedeInput, startApiProcesses, summary } from "./stampede-harness";
import { withScratchDatabase } from "./with-scratch-database";

/**
 * The stampede as a benchmark (not a test): APPLICANTS (default 2000)
 * submitApplication calls at once over HTTP to a PLACES-place (default 12)
 * first-come-first-served cohort served by PROCESSES (default 2) api
 * processes on one scratch database; prints p50/p99 latency and throughput.
 *   npm run bench:stampede
 *   APPLICANTS=500 PROCESSES=1 npm run bench:stampede
 */
const int = (name: string, fallback: number) => Number.parseInt(process.env[name] ?? "", 10) || fallback;

async function main() {
  const applicants = int("APPLICANTS", 2000);
  const places = int("PLACES", 12);
  const processes = int("PROCESSES", 2);
  await withScratchDatabase(async (dataSource) => {
    await dataSource.runMigrations({ transaction: "each" });
    const databaseUrl = (dataSource.options as { url: string }).url;
    const apis = await startApiProcesses(databaseUrl, processes);
    try {
      const cohortId = await createStampedeCohort(dataSource, places);
      const inputs = Array.from({ length: applicants }, (_, i) => stampedeInput(cohortId, i + 1));
      const transactions = async () =>
        Number((await dataSource.query("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()"))[0].n);
      const transactionsBefore = await transactions();
      const { submissions, wallMs } = await fire(apis.urls, inputs);
      // Statements outside a transaction count one each: a count that does not drift with the machine's load.
      const transactionsPerApplication = ((await transactions()) - transactionsBefore) / applicants;
      const figures = summary(submissions, wallMs);
      const [counts] = await dataSource.query(
        "SELECT count(*)::int AS stored, count(*) FILTER (WHERE status = 'OFFERED')::int AS offered, count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted FROM application",
      );
      console.log(`stampede: ${applicants} applications at once, ${places} places, ${processes} api processes`);
      console.log(`  latency p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms`);
      console.log(`  throughput ${figures.perSecond} applications/s (all answered in ${figures.wallMs} ms); errors ${figures.errors}`);
      console.log(`  database transactions per application ${transactionsPerApplication.toFixed(2)} (a statement outside a transaction counts as one)`);
      console.log(`  stored ${counts.stored}: ${counts.offered} offered, ${counts.waitlisted} waitlisted`);
    } finally {
      await apis.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
