import {
  closeCohortMutation,
  cohortCalendarQuery,
  cohortQuery,
  cohortsQuery,
  createCohortMutation,
  createProgrammeMutation,
  facilitatorOrganisationOptionsQuery,
  openCohortMutation,
  programmeQuery,
  programmesQuery,
  scheduleCohortMutation,
  updateCohortMutation,
  updateSessionMutation,
  type CreateCohortInput,
  type ScheduleCohortInput,
  type UpdateCohortInput,
  type UpdateSessionInput,
} from "@ascent/client";
import { addDaysToLocalDate, AllocationPolicy, CohortStatus, DeliveryMode, ModuleKind, Role, toLondon } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromGlobalId } from "../src/graphql/relay/global-id";
import { CohortSession } from "../src/modules/cohort/cohort-session.entity";
import { Cohort } from "../src/modules/cohort/cohort.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import type { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

const create = (input: CreateCohortInput) => manager.data(createCohortMutation, { input });
const created = async (input: CreateCohortInput) => (await create(input)).createCohort.cohort!;
const update = (input: UpdateCohortInput) => manager.data(updateCohortMutation, { input });
const open = (id: string) => manager.data(openCohortMutation, { input: { id } });
const schedule = (input: ScheduleCohortInput) => manager.data(scheduleCohortMutation, { input });
const updateSession = (input: UpdateSessionInput) => manager.data(updateSessionMutation, { input });
const get = async (id: string) => (await manager.data(cohortQuery, { id, canManage: true })).cohort!;

let server: TestServer;
let manager: GraphQLClient;
let steppingUp: { id: string; tracks: Array<{ id: string; name: string }> };
let draftProgrammeId: string;
let thresholdsId: string;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "manager@leadershipacademy.test", "NHS Leadership Academy");
  const { programmes } = await manager.data(programmesQuery, { filter: { search: "Stepping" } });
  const { programme } = await manager.data(programmeQuery, { id: programmes.edges[0].node.id });
  steppingUp = programme!;
  const draft = await manager.data(createProgrammeMutation, {
    input: { academyId: programme!.academy.id, title: "Draft", summary: "Draft.", duration: "1 month", deliveryModes: [DeliveryMode.ONLINE], modules: [{ title: "M", kind: ModuleKind.MODULE, lengthDays: 1 }] },
  });
  draftProgrammeId = draft.createProgramme.programme!.id;
  const { organisations } = await manager.data(facilitatorOrganisationOptionsQuery, { search: "Thresholds", first: 10 });
  thresholdsId = organisations.edges[0].node.id;
});
afterAll(() => server.close());

const cohortCount = () => server.dataSource.getRepository(Cohort).count();
const band7 = () => steppingUp.tracks.find((t) => t.name === "Band 7")?.id;
const validInput = (): CreateCohortInput => ({
  programmeId: steppingUp.id,
  trackId: band7(),
  name: "Spring 2027, band 7",
  capacity: 20,
  allocationPolicy: AllocationPolicy.FIRST_COME_FIRST_SERVED,
  // opens in GMT, closes in BST: 10:00 London is 09:00Z after the clocks go forward on 28 March 2027
  applicationsOpenAt: { date: "2026-12-01", time: "09:00" },
  applicationsCloseAt: { date: "2027-04-14", time: "10:00" },
  startsOn: "2027-05-03",
  endsOn: "2027-07-30",
  facilitators: [{ organisationId: thresholdsId, role: "Workshop facilitator" }, { name: "Sandie Dunn", role: "Action Learning Sets facilitator" }],
});

describe("createCohort", () => {
  it("creates a planned cohort with its window in London time, right across the clock change", async () => {
    const { createCohort } = await create(validInput());
    expect(createCohort.userErrors).toEqual([]);
    expect(createCohort.cohort).toMatchObject({
      capacity: 20,
      placesRemaining: 20,
      waitlistLength: 0,
      status: "PLANNED",
      openForApplications: false,
      applicationsOpenAtLondon: { date: "2026-12-01", time: "09:00" },
      applicationsCloseAtLondon: { date: "2027-04-14", time: "10:00", text: "10:00 on Wednesday 14 April 2027" },
      track: { name: "Band 7" },
      facilitators: [{ displayName: "Thresholds Ltd", role: "Workshop facilitator" }, { displayName: "Sandie Dunn" }],
    });
    // The instants stored (the console's operations ask only for the London wall-clock times).
    const row = await server.dataSource.getRepository(Cohort).findOneByOrFail({ id: fromGlobalId(createCohort.cohort!.id)!.id });
    expect([row.applicationsOpenAt?.toISOString(), row.applicationsCloseAt?.toISOString()]).toEqual(["2026-12-01T09:00:00.000Z", "2027-04-14T09:00:00.000Z"]);
  });

  it.each<[string, Partial<CreateCohortInput>, string[][]]>([
    ["a window closing before it opens", { applicationsCloseAt: { date: "2026-11-30", time: "09:00" } }, [["applicationsCloseAt", "INVALID"]]],
    ["capacity 0", { capacity: 0 }, [["capacity", "INVALID"]]],
    ["a negative capacity", { capacity: -3 }, [["capacity", "INVALID"]]],
    ["an end before the start", { endsOn: "2027-05-01" }, [["endsOn", "INVALID"]]],
    ["an impossible date", { startsOn: "2027-02-30" }, [["startsOn", "INVALID"]]],
    ["a time skipped by the clocks", { applicationsCloseAt: { date: "2027-03-28", time: "01:30" } }, [["applicationsCloseAt.time", "INVALID"]]],
    ["a malformed time", { applicationsOpenAt: { date: "2026-12-01", time: "9am" } }, [["applicationsOpenAt.time", "INVALID"]]],
    ["half a window", { applicationsOpenAt: null }, [["applicationsOpenAt", "REQUIRED"]]],
    ["a window closing after the start", { applicationsCloseAt: { date: "2027-05-03", time: "10:00" } }, [["applicationsCloseAt", "INVALID"]]],
    ["a track of another programme", { trackId: "VHJhY2s6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw" }, [["trackId", "NOT_FOUND"]]],
    ["no track when the curriculum is in tracks", { trackId: null }, [["trackId", "REQUIRED"]]],
    ["a facilitator given two ways", { facilitators: [{ name: "X", organisationId: "T3Jn" }] }, [["facilitators.0", "INVALID"]]],
  ])("refuses %s, naming the field, and saves nothing", async (_what, change, expected) => {
    const before = await cohortCount();
    const { createCohort } = await create({ ...validInput(), ...change });
    expect(createCohort.cohort).toBeNull();
    expect(createCohort.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual(expected);
    expect(await cohortCount()).toBe(before);
  });
});

/** A window around today, for cohorts that are opened: an open window must not have passed. */
const inDays = (days: number) => addDaysToLocalDate(toLondon(new Date()).date, days);
const currentWindow = (opensInDays: number) => ({
  applicationsOpenAt: { date: inDays(opensInDays), time: "09:00" },
  applicationsCloseAt: { date: inDays(60), time: "10:00" },
  startsOn: inDays(90),
  endsOn: inDays(150),
});

/** A planned cohort with its sessions generated, ready to open. */
async function scheduledCohort(input: CreateCohortInput): Promise<{ id: string }> {
  const { createCohort } = await create(input);
  expect(createCohort.userErrors).toEqual([]);
  expect((await schedule({ cohortId: createCohort.cohort!.id })).scheduleCohort.userErrors).toEqual([]);
  return createCohort.cohort!;
}

describe("opening and closing", () => {
  it("opens only a cohort of a published programme with a window and sessions", async () => {
    const draftCohort = await scheduledCohort({ ...validInput(), ...currentWindow(10), programmeId: draftProgrammeId, trackId: null });
    expect((await open(draftCohort.id)).openCohort.userErrors).toMatchObject([{ field: ["id"], code: "INVALID_TRANSITION" }]);
    const noWindow = await scheduledCohort({ ...validInput(), ...currentWindow(10), applicationsOpenAt: null, applicationsCloseAt: null });
    expect((await open(noWindow.id)).openCohort.userErrors).toMatchObject([{ field: ["applicationsCloseAt"], code: "REQUIRED" }]);
    const noSessions = await created({ ...validInput(), ...currentWindow(10) });
    expect((await open(noSessions.id)).openCohort).toMatchObject({ cohort: null, userErrors: [{ field: ["id"], code: "INVALID" }] });
    expect((await get(noSessions.id)).status).toBe("PLANNED");
  });

  it("opens, shows in openForApplications, closes by itself when the window passes, and can't be closed twice", async () => {
    const later = await scheduledCohort({ ...validInput(), ...currentWindow(10) });
    // open, but its window (from ten days' time) has not started yet
    expect((await open(later.id)).openCohort).toMatchObject({ cohort: { status: "OPEN", openForApplications: false }, userErrors: [] });
    const cohort = await scheduledCohort({ ...validInput(), ...currentWindow(-10) });
    expect((await open(cohort.id)).openCohort).toMatchObject({ cohort: { status: "OPEN", openForApplications: true }, userErrors: [] });
    const opened = await manager.data(cohortsQuery, { first: 100, filter: { programmeId: steppingUp.id, openForApplications: true } });
    expect(opened.cohorts.edges.map((e) => e.node.id)).toContain(cohort.id);

    // The window passes: no timer, no mutation.
    const rawId = fromGlobalId(cohort.id)?.id as string;
    await server.dataSource.getRepository(Cohort).update(rawId, { applicationsCloseAt: new Date(Date.now() - 1000) });
    expect(await get(cohort.id)).toMatchObject({ status: "CLOSED", openForApplications: false });
    const closed = await manager.data(cohortsQuery, { first: 100, filter: { programmeId: steppingUp.id, status: [CohortStatus.CLOSED] } });
    expect(closed.cohorts.edges.map((e) => e.node.id)).toContain(cohort.id);
    expect((await manager.data(closeCohortMutation, { input: { id: cohort.id } })).closeCohort.userErrors).toMatchObject([{ code: "INVALID_TRANSITION" }]);
    expect((await open(cohort.id)).openCohort.userErrors).toMatchObject([{ field: ["applicationsCloseAt"], code: "INVALID" }]);
  });

  it("lets a manager update the window, refusing a bad one", async () => {
    const cohort = await created(validInput());
    const bad = await update({ id: cohort.id, capacity: 0, applicationsCloseAt: { date: "2026-11-01", time: "09:00" } });
    expect(bad.updateCohort.userErrors.map((e) => e.field?.join("."))).toEqual(["capacity", "applicationsCloseAt"]);
    const good = await update({ id: cohort.id, capacity: 16 });
    expect(good.updateCohort.cohort).toMatchObject({ capacity: 16, placesRemaining: 16 });
  });
});

describe("changing a cohort's track", () => {
  const otherTrack = () => steppingUp.tracks.find((t) => t.name !== "Band 7")?.id;

  it("moves a planned cohort with no sessions to another track, and refuses none when the curriculum is in tracks", async () => {
    const cohort = await created(validInput());
    const moved = await update({ id: cohort.id, trackId: otherTrack() });
    expect(moved.updateCohort.userErrors).toEqual([]);
    expect(moved.updateCohort.cohort?.track?.name).not.toBe("Band 7");
    const none = await update({ id: cohort.id, trackId: null, name: "Renamed at the same time" });
    expect(none.updateCohort).toMatchObject({ cohort: null, userErrors: [{ field: ["trackId"], code: "REQUIRED" }] });
    expect(await get(cohort.id)).toMatchObject({ name: "Spring 2027, band 7", track: { name: moved.updateCohort.cohort?.track?.name } });
  });

  it("keeps the track once sessions were generated from it, or once the cohort has opened", async () => {
    const scheduled = await scheduledCohort(validInput());
    const withSessions = await update({ id: scheduled.id, trackId: otherTrack() });
    expect(withSessions.updateCohort.userErrors).toMatchObject([{ field: ["trackId"], code: "INVALID", message: expect.stringMatching(/delete them first/) }]);
    // Deleting the sessions frees it.
    await server.dataSource.getRepository(CohortSession).delete({ cohortId: fromGlobalId(scheduled.id)?.id });
    expect((await update({ id: scheduled.id, trackId: otherTrack() })).updateCohort.userErrors).toEqual([]);

    const opened = await scheduledCohort({ ...validInput(), ...currentWindow(-1) });
    expect((await open(opened.id)).openCohort.userErrors).toEqual([]);
    await server.dataSource.getRepository(CohortSession).delete({ cohortId: fromGlobalId(opened.id)?.id });
    const afterOpening = await update({ id: opened.id, trackId: otherTrack() });
    expect(afterOpening.updateCohort.userErrors).toMatchObject([{ field: ["trackId"], code: "INVALID", message: expect.stringMatching(/opened/) }]);
    // Naming the track it already has is not a change.
    expect((await update({ id: opened.id, trackId: band7() })).updateCohort.userErrors).toEqual([]);
  });
});

describe("sessions", () => {
  it("generates the band 7 track's 3-day and 2-day workshops on weekdays, then edits them within the cohort's dates", async () => {
    const cohort = await created(validInput());
    const { scheduleCohort } = await schedule({ cohortId: cohort.id, firstDate: "2027-05-06", weeksBetweenModules: 3, venue: "Leeds; Room 1, Quarry House" });
    expect(scheduleCohort.userErrors).toEqual([]);
    expect(scheduleCohort.sessions.map((s) => [s.title, s.date, s.startTime, s.endTime])).toEqual([
      ["Workshop 1, day 1 of 3", "2027-05-06", "09:00", "16:30"],
      ["Workshop 1, day 2 of 3", "2027-05-07", "09:00", "16:30"],
      ["Workshop 1, day 3 of 3", "2027-05-10", "09:00", "16:30"], // Saturday and Sunday skipped
      ["Workshop 2, day 1 of 2", "2027-05-27", "09:00", "16:30"],
      ["Workshop 2, day 2 of 2", "2027-05-28", "09:00", "16:30"],
    ]);
    expect(scheduleCohort.sessions[0].startsAt).toBe("2027-05-06T08:00:00.000Z"); // BST
    const again = await schedule({ cohortId: cohort.id });
    expect(again.scheduleCohort.userErrors).toMatchObject([{ field: ["replaceExisting"] }]);

    const session = scheduleCohort.sessions[3];
    const before = await server.dataSource.getRepository(CohortSession).findOneByOrFail({ id: fromGlobalId(session.id)?.id as string });
    const outside = await updateSession({ id: session.id, date: "2027-08-02" });
    expect(outside.updateSession).toMatchObject({ session: null, userErrors: [{ field: ["date"], code: "INVALID" }] });
    const backwards = await updateSession({ id: session.id, startTime: "17:00" });
    expect(backwards.updateSession.userErrors).toMatchObject([{ field: ["endTime"], code: "INVALID" }]);
    const after = await server.dataSource.getRepository(CohortSession).findOneByOrFail({ id: before.id });
    expect(after.startsAt).toEqual(before.startsAt);

    const { facilitators } = await get(cohort.id);
    const moved = await updateSession({ id: session.id, date: "2027-06-01", startTime: "10:00", endTime: "15:00", venue: "Online", facilitatorId: facilitators[0].id });
    expect(moved.updateSession).toMatchObject({ session: { date: "2027-06-01", startTime: "10:00", endTime: "15:00", venue: "Online", facilitator: { displayName: "Thresholds Ltd" } }, userErrors: [] });
  });

  it("refuses a schedule that would run past the cohort's end", async () => {
    const cohort = await created({ ...validInput(), endsOn: "2027-05-20" });
    const { scheduleCohort } = await schedule({ cohortId: cohort.id, weeksBetweenModules: 4 });
    expect(scheduleCohort.userErrors).toMatchObject([{ field: ["weeksBetweenModules"], code: "INVALID" }]);
    expect((await get(cohort.id)).sessionCount).toBe(0);
  });

  it("exports the sessions as iCalendar (RFC 5545): UTC times, CRLF, escaped text", async () => {
    const cohort = await created(validInput());
    await schedule({ cohortId: cohort.id, venue: "Leeds; Room 1, Quarry House" });
    const ics = (await manager.data(cohortCalendarQuery, { id: cohort.id })).cohort!.calendarIcs;
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.split("\r\n").every((line) => !line.includes("\n") && Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain("DTSTART:20270503T080000Z\r\nDTEND:20270503T153000Z");
    expect(ics).toContain("LOCATION:Leeds\\; Room 1\\, Quarry House");
    expect(ics).toMatch(/UID:[0-9a-f-]{36}@ascent/);
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  });
});

describe("GET /calendar/cohorts/<id>.ics", () => {
  it("downloads a public cohort's sessions for anyone, and hides planned cohorts from outsiders", async () => {
    const { cohorts } = await server.anonymous().data(cohortsQuery, { first: 1, filter: { openForApplications: true } });
    const { cohort: open } = await server.anonymous().data(cohortCalendarQuery, { id: cohorts.edges[0].node.id });
    if (!open) throw new Error("no open cohort");
    const response = await fetch(`${server.baseUrl}/calendar/cohorts/${open.id}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="cohort-.+\.ics"/);
    expect(await response.text()).toBe(open.calendarIcs);

    const [planned] = await server.dataSource.query(`SELECT id FROM cohort WHERE status = 'PLANNED' LIMIT 1`);
    const plannedId = Buffer.from(`Cohort:${planned.id}`).toString("base64url");
    expect((await fetch(`${server.baseUrl}/calendar/cohorts/${plannedId}.ics`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/calendar/cohorts/not-an-id.ics`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/calendar/cohorts/${open.id}.ics`, { headers: { authorization: "Bearer nonsense" } })).status).toBe(401);
  });
});
