import { cohortsQuery, createCohortMutation, createProgrammeMutation, organisationsQuery, type CohortsQuery } from "@ascent/client";
import { AllocationPolicy, CohortStatus, DeliveryMode, ModuleKind, Role } from "@ascent/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Cohort } from "../src/modules/cohort/cohort.entity";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
});
afterAll(() => server.close());

it("lists current and upcoming cohorts first by start date, then finished ones, latest first, across pages", async () => {
  const { organisations } = await admin.data(organisationsQuery, { first: 5, filter: { search: "NHS Leadership Academy" } });
  const { createProgramme } = await admin.data(createProgrammeMutation, {
    input: {
      academyId: organisations.edges[0].node.id,
      title: "Ordering test",
      summary: "Cohorts in the order people need them.",
      duration: "1 month",
      deliveryModes: [DeliveryMode.ONLINE],
      modules: [{ title: "Workshop", kind: ModuleKind.WORKSHOP, lengthDays: 1 }],
    },
  });
  const programmeId = createProgramme.programme!.id;
  const ids: Record<string, string> = {};
  for (const [name, startsOn, endsOn] of [
    ["Finished 2029", "2029-01-10", "2029-02-10"],
    ["Cancelled 2032", "2032-01-10", "2032-02-10"],
    ["Upcoming 2031", "2031-01-10", "2031-02-10"],
    ["Upcoming 2030", "2030-01-10", "2030-02-10"],
  ]) {
    const { createCohort } = await admin.data(createCohortMutation, {
      input: { programmeId, name, capacity: 10, allocationPolicy: AllocationPolicy.PANEL_SELECTION, startsOn, endsOn },
    });
    expect(createCohort.userErrors).toEqual([]);
    ids[name] = createCohort.cohort!.id;
  }
  const repository = server.dataSource.getRepository(Cohort);
  await repository.update({ id: fromGlobalId(ids["Finished 2029"])!.id }, { status: CohortStatus.COMPLETED });
  await repository.update({ id: fromGlobalId(ids["Cancelled 2032"])!.id }, { status: CohortStatus.CANCELLED });

  const names: string[] = [];
  let after: string | null = null;
  do {
    const { cohorts }: CohortsQuery = await admin.data(cohortsQuery, { first: 3, after, filter: { programmeId } });
    names.push(...cohorts.edges.map(({ node }) => node.name));
    after = cohorts.pageInfo.hasNextPage ? (cohorts.pageInfo.endCursor ?? null) : null;
  } while (after);
  expect(names).toEqual(["Upcoming 2030", "Upcoming 2031", "Cancelled 2032", "Finished 2029"]);
});
