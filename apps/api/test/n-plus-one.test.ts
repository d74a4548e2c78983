import { AllocationPolicy, CohortStatus, ModuleKind, Role } from "@ascent/domain";
import { PostgresQueryRunner } from "typeorm/driver/postgres/PostgresQueryRunner.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CohortSession } from "../src/modules/cohort/cohort-session.entity";
import { Cohort } from "../src/modules/cohort/cohort.entity";
import { ProgrammeTrack } from "../src/modules/programme/programme-track.entity";
import { Programme } from "../src/modules/programme/programme.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let admin: GraphQLClient;

const PAGE = `query ($first: Int!) {
  cohorts(first: $first) {
    totalCount
    edges { node { id name capacity placesRemaining status sessionCount programme { title academy { name } } track { name } } }
  }
}`;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  // 60 more cohorts spread over every programme and track, each with a session.
  const programmes = await server.dataSource.getRepository(Programme).find();
  const tracks = await server.dataSource.getRepository(ProgrammeTrack).find();
  for (let i = 0; i < 60; i += 1) {
    const programme = programmes[i % programmes.length];
    const track = tracks.find((t) => t.programmeId === programme.id && i % 2 === 0) ?? null;
    const cohort = await server.dataSource.getRepository(Cohort).save({
      programmeId: programme.id,
      trackId: track?.id ?? null,
      name: `Load cohort ${i}`,
      capacity: 10 + i,
      allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
      applicationsOpenAt: null,
      applicationsCloseAt: null,
      startsOn: "2028-01-03",
      endsOn: "2028-03-31",
      status: CohortStatus.PLANNED,
    });
    await server.dataSource.getRepository(CohortSession).save({
      cohortId: cohort.id,
      moduleTemplateId: null,
      facilitatorId: null,
      title: "Day",
      kind: ModuleKind.WORKSHOP,
      dayNumber: 1,
      startsAt: new Date("2028-01-04T09:00:00Z"),
      endsAt: new Date("2028-01-04T16:30:00Z"),
      venue: null,
      onlineUrl: null,
    });
  }
});
afterAll(() => server.close());

async function statementsFor(first: number): Promise<{ count: number; edges: number }> {
  const spy = vi.spyOn(PostgresQueryRunner.prototype, "query");
  try {
    const { cohorts } = await admin.data(PAGE, { first });
    return { count: spy.mock.calls.length, edges: cohorts.edges.length };
  } finally {
    spy.mockRestore();
  }
}

describe("cohorts page with programme, academy, track and session count", () => {
  it("runs the same number of SQL statements for 50 cohorts as for 10", async () => {
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    expect(ten.edges).toBe(10);
    expect(fifty.edges).toBe(50);
    expect(fifty.count).toBe(ten.count);
    // session lookup, count, page, programmes, tracks, academies, session counts (plus the session touch)
    expect(fifty.count).toBeLessThanOrEqual(9);
    console.info(`cohorts page: ${ten.count} statements for 10 cohorts, ${fifty.count} for 50`);
  });
});
