import { Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { User } from "../src/modules/user/user.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { temporaryPassword user { id email name role active organisation { name } } userErrors { field code message } } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id role organisation { name } } userErrors { field code } } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { viewer { user { id } } userErrors { code message } } }`;

let server: TestServer;
let admin: GraphQLClient;
let academyId: string;
let trustId: string;

const idOf = async (search: string) => (await admin.data(`query ($s: String) { organisations(filter: { search: $s }) { edges { node { id } } } }`, { s: search })).organisations.edges[0].node.id;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN, "root@ascent.local");
  academyId = await idOf("South East Leadership Academy");
  trustId = await idOf("RJ1");
});
afterAll(() => server.close());

describe("createUser", () => {
  it("creates a programme manager in an academy with a generated password that works once shown", async () => {
    const { createUser } = await admin.data(CREATE, { input: { email: "amara.okafor@nhs.net", name: "Amara Okafor", role: "PROGRAMME_MANAGER", organisationId: academyId } });
    expect(createUser.userErrors).toEqual([]);
    expect(createUser.user).toMatchObject({ email: "amara.okafor@nhs.net", role: "PROGRAMME_MANAGER", active: true, organisation: { name: "South East Leadership Academy" } });
    expect(createUser.temporaryPassword).toHaveLength(16);
    const login = await server.anonymous().data(LOGIN, { email: "amara.okafor@nhs.net", password: createUser.temporaryPassword });
    expect(login.login.userErrors).toEqual([]);
    const row = await server.dataSource.getRepository(User).findOneByOrFail({ email: "amara.okafor@nhs.net" });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a duplicate email (any case), a short password, and a manager without an academy", async () => {
    const before = await server.dataSource.getRepository(User).count();
    const duplicate = await admin.data(CREATE, { input: { email: "AMARA.OKAFOR@nhs.net", name: "Dup", role: "ADMIN" } });
    expect(duplicate.createUser.userErrors).toMatchObject([{ field: ["email"], code: "TAKEN" }]);
    const short = await admin.data(CREATE, { input: { email: "x@nhs.net", name: "X", role: "ADMIN", password: "short" } });
    expect(short.createUser.userErrors).toMatchObject([{ field: ["password"], code: "INVALID" }]);
    const noAcademy = await admin.data(CREATE, { input: { email: "y@nhs.net", name: "Y", role: "FACILITATOR" } });
    expect(noAcademy.createUser.userErrors).toMatchObject([{ field: ["organisationId"], code: "REQUIRED" }]);
    const trust = await admin.data(CREATE, { input: { email: "z@nhs.net", name: "Z", role: "PROGRAMME_MANAGER", organisationId: trustId } });
    expect(trust.createUser.userErrors).toMatchObject([{ field: ["organisationId"], code: "INVALID" }]);
    expect(await server.dataSource.getRepository(User).count()).toBe(before);
  });

  it("writes an audit event with the acting admin and field names only", async () => {
    const events = await server.dataSource.getRepository(AuditEvent).findBy({ operation: "createUser" });
    expect(events.length).toBeGreaterThan(0);
    const adminRow = await server.dataSource.getRepository(User).findOneByOrFail({ email: "root@ascent.local" });
    expect(events[0]).toMatchObject({ actorUserId: adminRow.id, actorRole: "ADMIN", targetType: "User" });
    expect(events[0].changedFields).toContain("password");
    expect(JSON.stringify(events)).not.toContain("amara.okafor");
  });

  it("is for administrators only", async () => {
    const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "pm2@nhs.net");
    const response = await manager.request(CREATE, { input: { email: "n@nhs.net", name: "N", role: "ADMIN" } });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("updateUser, deactivateUser, changePassword", () => {
  it("changing a role ends that user's sessions at once", async () => {
    const client = await server.signedInAs(Role.FACILITATOR, "fac@nhs.net");
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "fac@nhs.net" });
    const id = Buffer.from(`User:${user.id}`).toString("base64url");
    const { updateUser } = await admin.data(UPDATE, { input: { id, role: "PROGRAMME_MANAGER", organisationId: academyId } });
    expect(updateUser.user).toMatchObject({ role: "PROGRAMME_MANAGER", organisation: { name: "South East Leadership Academy" } });
    expect((await client.data(`query { viewer { user { id } } }`)).viewer).toBeNull();
  });

  it("an admin cannot demote or deactivate themselves", async () => {
    const self = await server.dataSource.getRepository(User).findOneByOrFail({ email: "root@ascent.local" });
    const id = Buffer.from(`User:${self.id}`).toString("base64url");
    expect((await admin.data(UPDATE, { input: { id, role: "FACILITATOR", organisationId: academyId } })).updateUser.userErrors[0]).toMatchObject({ field: ["role"], code: "FORBIDDEN" });
    const deactivate = await admin.data(`mutation ($id: ID!) { deactivateUser(input: { id: $id }) { userErrors { code } } }`, { id });
    expect(deactivate.deactivateUser.userErrors[0].code).toBe("FORBIDDEN");
  });

  it("a deactivated user is signed out and can't sign in; reactivation restores access", async () => {
    const client = await server.signedInAs(Role.PROGRAMME_MANAGER, "leaver@nhs.net");
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "leaver@nhs.net" });
    const id = Buffer.from(`User:${user.id}`).toString("base64url");
    const { deactivateUser } = await admin.data(`mutation ($id: ID!) { deactivateUser(input: { id: $id }) { user { active } userErrors { code } } }`, { id });
    expect(deactivateUser.user.active).toBe(false);
    expect((await client.data(`query { viewer { user { id } } }`)).viewer).toBeNull();
    const { users } = await admin.data(`query { users(first: 100) { edges { node { email } } } }`);
    expect(users.edges.map((e: { node: { email: string } }) => e.node.email)).not.toContain("leaver@nhs.net");
    await admin.data(`mutation ($id: ID!) { reactivateUser(input: { id: $id }) { userErrors { code } } }`, { id });
    expect((await server.signedInAs(Role.PROGRAMME_MANAGER, "leaver@nhs.net")).cookie("ascent_session")).toBeDefined();
  });

  it("changePassword checks the current password and signs out the other sessions only", async () => {
    const first = await server.signedInAs(Role.ADMIN, "changer@nhs.net");
    const second = await server.signedInAs(Role.ADMIN, "changer@nhs.net");
    const wrong = await first.data(`mutation { changePassword(input: { currentPassword: "not it at all", newPassword: "a brand new passphrase" }) { userErrors { field code } } }`);
    expect(wrong.changePassword.userErrors).toEqual([{ field: ["currentPassword"], code: "INVALID_CREDENTIALS" }]);
    const ok = await first.data(`mutation { changePassword(input: { currentPassword: "correct horse battery staple", newPassword: "a brand new passphrase" }) { userErrors { field code } } }`);
    expect(ok.changePassword.userErrors).toEqual([]);
    expect((await first.data(`query { viewer { user { email } } }`)).viewer.user.email).toBe("changer@nhs.net");
    expect((await second.data(`query { viewer { user { email } } }`)).viewer).toBeNull();
    const login = await server.anonymous().data(LOGIN, { email: "changer@nhs.net", password: "a brand new passphrase" });
    expect(login.login.userErrors).toEqual([]);
  });
});

describe("sessions", () => {
  it("ends a session left idle for two hours", async () => {
    const client = await server.signedInAs(Role.ADMIN, "idle@nhs.net");
    await server.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '121 minutes' WHERE user_id = (SELECT id FROM user_account WHERE email = 'idle@nhs.net')`);
    expect((await client.data(`query { viewer { user { id } } }`)).viewer).toBeNull();
  });
});

describe("audit trail", () => {
  it("is searchable by actor and target, and can't be changed even with SQL", async () => {
    const self = await server.dataSource.getRepository(User).findOneByOrFail({ email: "root@ascent.local" });
    const actorId = Buffer.from(`User:${self.id}`).toString("base64url");
    const { auditEvents } = await admin.data(`query ($actorId: ID) { auditEvents(first: 50, filter: { actorId: $actorId }) { totalCount edges { node { operation actorRole targetId actor { email } changedFields } } } }`, { actorId });
    expect(auditEvents.totalCount).toBeGreaterThan(0);
    for (const { node } of auditEvents.edges) expect(node.actor.email).toBe("root@ascent.local");
    const target = auditEvents.edges[0].node.targetId;
    const byTarget = await admin.data(`query ($t: ID) { auditEvents(filter: { targetId: $t }) { edges { node { targetId } } } }`, { t: target });
    for (const { node } of byTarget.auditEvents.edges) expect(node.targetId).toBe(target);
    await expect(server.dataSource.query(`UPDATE audit_event SET operation = 'tampered'`)).rejects.toThrow(/cannot be changed/);
    await expect(server.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/cannot be changed/);
    const schema = await admin.data(`query { __schema { mutationType { fields { name } } } }`);
    expect(schema.__schema.mutationType.fields.map((f: { name: string }) => f.name).filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});
