import "reflect-metadata";
import { loginMutation, submitWresReturnMutation, wresBenchmarkQuery, wresReportQuery, wresTrendsQuery } from "@ascent/client";
import { NhsRegion, OrganisationKind, Role } from "@ascent/domain";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Kind, print } from "graphql";
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { type AscentApp, createApp } from "../src/app";
import { loadConfig } from "../src/config";
import { createLogger } from "../src/logger";
import { hashPassword } from "../src/modules/auth/password";
import { toGlobalId } from "../src/graphql/relay/global-id";
import { generateDemoWresReturns } from "../src/seed/demo-wres";
import { withScratchDatabase } from "./with-scratch-database";

/**
 * The WRES dashboard's queries over real HTTP on a realistic data set:
 * 215 trusts x 10 years of returns (generateDemoWresReturns), read by a
 * programme manager whose academy has 5 member trusts (so every benchmark
 * goes through disclosure control for others' trusts).
 *
 * Two api instances on the same database in the same run: one with the
 * per-process year cache switched off (ASCENT_WRES_CACHE=off: every request
 * loads and sums the year's returns, as before the cache) and one with it on;
 * their requests are interleaved, and the ratio is taken within the run.
 * Server time = the HTTP round trip on loopback (the client does nothing else).
 *
 * Usage: npm run bench:wres   (this is its HTTP part; alone: --http-only)
 */

const TRUSTS = 215;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);
const LATEST = YEARS.at(-1) as number;
const REGIONS = Object.values(NhsRegion);
const ROUNDS = Number(process.env.BENCH_WRES_ROUNDS ?? 15);
const PASSWORD = "bench wres password";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

class Client {
  private cookie = "";
  constructor(private readonly url: string) {}
  async data<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
    const operationName = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query: print(document), operationName, variables }),
    });
    const cookies = response.headers.getSetCookie().map((line) => line.split(";")[0]).filter((pair) => !pair.endsWith("="));
    if (cookies.length) this.cookie = cookies.join("; ");
    const body = (await response.json()) as { data?: R; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export interface HttpFigures {
  [label: string]: { before: number; after: number };
}

export async function benchWresHttp(): Promise<HttpFigures> {
  console.log(`WRES dashboard over HTTP: ${TRUSTS} trusts x ${YEARS.length} years (${YEARS[0]}-${LATEST}), as a programme manager; median of ${ROUNDS} interleaved rounds`);
  console.log(`machine: ${os.cpus().length} x ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}`);
  return withScratchDatabase(async (dataSource) => {
    await dataSource.runMigrations({ transaction: "each" });
    const academyRows: Array<{ id: string }> = await dataSource.query(`INSERT INTO organisation (name, kind, region) VALUES ('Bench academy', $1, $2) RETURNING id`, [OrganisationKind.ACADEMY, REGIONS[0]]);
    const academyId = academyRows[0].id;
    const trustRows: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO organisation (name, kind, region) SELECT 'Bench trust ' || i, $1, (ARRAY[${REGIONS.map((_, i) => `$${i + 2}`).join(",")}]::nhs_region[])[1 + i % ${REGIONS.length}]
         FROM generate_series(0, ${TRUSTS - 1}) AS i ORDER BY i RETURNING id`,
      [OrganisationKind.TRUST, ...REGIONS],
    );
    const trusts = trustRows.map((row, i) => ({ key: row.id, region: REGIONS[i % REGIONS.length] }));
    // The demo generator is calibrated on 2016-2024's national figures; 2015 repeats 2016's counts.
    const generated = generateDemoWresReturns(trusts, YEARS.filter((year) => year >= 2016));
    for (const byYear of generated.values()) {
      const first = byYear.get(2016);
      if (first) byYear.set(2015, { ...first, year: 2015 });
    }
    const rows = trusts.flatMap((t) => [...(generated.get(t.key) ?? new Map())].map(([year, input]) => ({ organisation_id: t.key, year, input })));
    // A year at a time (the statement timeout applies to scripts too).
    for (const year of YEARS) {
      await dataSource.query(
        `INSERT INTO wres_return (organisation_id, year, version, input, source) SELECT r.organisation_id, r.year, 1, r.input, 'DEMO' FROM jsonb_to_recordset($1::jsonb) AS r(organisation_id uuid, year int, input jsonb)`,
        [JSON.stringify(rows.filter((row) => row.year === year))],
      );
    }
    // The academy's own members: the manager owns these 5 trusts (all in the academy's region).
    const members = trusts.filter((t) => t.region === REGIONS[0]).slice(0, 5);
    for (const member of members) await dataSource.query(`INSERT INTO academy_membership (academy_id, member_id) VALUES ($1, $2)`, [academyId, member.key]);
    await dataSource.query(`INSERT INTO user_account (email, name, role, organisation_id, password_hash) VALUES ('pm@bench.local', 'Bench manager', $1, $2, $3)`, [
      Role.PROGRAMME_MANAGER,
      academyId,
      await hashPassword(PASSWORD),
    ]);
    await dataSource.query("ANALYZE");
    console.log(`data: ${rows.length} returns`);

    const log = createLogger("silent");
    const base = { ...loadConfig({ NODE_ENV: "test" }), port: 0, host: "127.0.0.1" };
    const start = async (wresYearCache: boolean) => {
      const app: AscentApp = await createApp({ ...base, wresYearCache }, dataSource, log);
      await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
      const { port } = app.httpServer.address() as { port: number };
      const client = new Client(`http://127.0.0.1:${port}/graphql`);
      const login = await client.data(loginMutation, { input: { email: "pm@bench.local", password: PASSWORD } });
      if (login.login.userErrors.length) throw new Error(JSON.stringify(login.login.userErrors));
      return { app, client };
    };
    // BENCH_WRES_CACHE_ONLY=1: only the cached instance (both columns), e.g. under --cpu-prof.
    const after = await start(true);
    const before = process.env.BENCH_WRES_CACHE_ONLY ? after : await start(false);
    const trust = toGlobalId("Organisation", members[0].key);
    const otherTrust = toGlobalId("Organisation", trusts[trusts.length - 1].key);
    const queries: Record<string, (client: Client) => Promise<unknown>> = {
      "wresReport (own trust, with England + region)": (c) => c.data(wresReportQuery, { organisationId: trust, year: LATEST }),
      "wresReport (another trust: controlled)": (c) => c.data(wresReportQuery, { organisationId: otherTrust, year: LATEST }),
      [`wresTrends (9 indicators x ${YEARS.length} years)`]: (c) => c.data(wresTrendsQuery, { organisationId: trust, fromYear: YEARS[0], toYear: LATEST }),
      "wresBenchmark (England, one year)": (c) => c.data(wresBenchmarkQuery, { year: LATEST, region: null }),
      [`wresBenchmark x ${1 + REGIONS.length} (England + regions, one year, in parallel)`]: (c) =>
        Promise.all([null, ...REGIONS].map((region) => c.data(wresBenchmarkQuery, { year: LATEST, region }))),
    };
    const figures: HttpFigures = {};
    try {
      // Warm-up (JIT, and the cache's first fill).
      for (const run of Object.values(queries)) for (const side of [before, after]) for (let i = 0; i < 3; i += 1) await run(side.client);
      // BENCH_WRES_PROFILE=<file>: a CPU profile of the measured requests only (node bench/src/profile-summary.mjs <file>).
      const profiler = process.env.BENCH_WRES_PROFILE ? new Session() : undefined;
      if (profiler) {
        profiler.connect();
        await profiler.post("Profiler.enable");
        await profiler.post("Profiler.start");
      }
      for (const [label, run] of Object.entries(queries)) {
        const times = { before: [] as number[], after: [] as number[] };
        for (let round = 0; round < ROUNDS; round += 1) {
          const order = round % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const);
          for (const side of order) times[side].push(await timed(() => run(side === "before" ? before.client : after.client)));
        }
        figures[label] = { before: median(times.before), after: median(times.after) };
      }
      if (profiler) {
        const { profile } = await profiler.post("Profiler.stop");
        fs.writeFileSync(process.env.BENCH_WRES_PROFILE as string, JSON.stringify(profile));
        profiler.disconnect();
      }
      // The first report after a submission: the cache sees the version move and recomputes that year once.
      const bumps: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        const input = generated.get(members[1].key)?.get(LATEST);
        if (!input) throw new Error("no return to resubmit");
        const { year: _year, ...counts } = input;
        const submitted = await after.client.data(submitWresReturnMutation, { input: { organisationId: toGlobalId("Organisation", members[1].key), year: LATEST, ...counts } as never });
        if (submitted.submitWresReturn.userErrors.length) throw new Error(JSON.stringify(submitted.submitWresReturn.userErrors));
        bumps.push(await timed(() => queries["wresReport (own trust, with England + region)"](after.client)));
      }
      figures["wresReport, first request after a submission (cache refills the year)"] = { before: figures["wresReport (own trust, with England + region)"].before, after: median(bumps) };
    } finally {
      await after.app.stop({ idleMs: 0 });
      if (before !== after) await before.app.stop({ idleMs: 0 });
    }
    const width = Math.max(...Object.keys(figures).map((label) => label.length));
    console.log(`\n${"query".padEnd(width)}  cache off   cache on   ratio`);
    for (const [label, { before: b, after: a }] of Object.entries(figures)) {
      console.log(`${label.padEnd(width)}  ${`${b.toFixed(1)} ms`.padStart(9)}  ${`${a.toFixed(1)} ms`.padStart(9)}  ${(b / a).toFixed(1).padStart(5)}x`);
    }
    console.log("\ntarget: each query <= 100 ms server time");
    return figures;
  });
}

if (require.main === module) {
  benchWresHttp().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
