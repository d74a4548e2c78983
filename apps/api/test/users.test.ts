import {
  auditEventsQuery,
  changePasswordMutation,
  createUserMutation,
  deactivateUserMutation,
  loginMutation,
  organisationsQuery,
  reactivateUserMutation,
  updateUserMutation,
  usersQuery,
  viewerQuery,
  type CreateUserInput,
} from "@ascent/client";
import { Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { User } from "../src/modules/user/user.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";


let server: TestServer;
let admin: GraphQLClient;
let academyId: string;
let trustId: string;

const idOf = async (search: string) => (await admin.data(organisationsQuery, { filter: { search } })).organisations.edges[0].node.id;
const create = (input: CreateUserInput) => admin.data(createUserMutation, { input });
const login = (email: string, password: string) => server.anonymous().data(loginMutation, { input: { email, password } });
const signedInEmail = async (client: GraphQLClient) => (await client.data(viewerQuery)).viewer?.user?.email ?? null;

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
    const { createUser } = await create({ email: "amara.okafor@nhs.net", name: "Amara Okafor", role: Role.PROGRAMME_MANAGER, organisationId: academyId });
    expect(createUser.userErrors).toEqual([]);
    expect(createUser.user).toMatchObject({ email: "amara.okafor@nhs.net", role: "PROGRAMME_MANAGER", active: true, organisation: { name: "South East Leadership Academy" } });
    expect(createUser.temporaryPassword).toHaveLength(16);
    const signIn = await login("amara.okafor@nhs.net", createUser.temporaryPassword!);
    expect(signIn.login.userErrors).toEqual([]);
    const row = await server.dataSource.getRepository(User).findOneByOrFail({ email: "amara.okafor@nhs.net" });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a duplicate email (any case), a short password, and a manager without an academy", async () => {
    const before = await server.dataSource.getRepository(User).count();
    const duplicate = await create({ email: "AMARA.OKAFOR@nhs.net", name: "Dup", role: Role.ADMIN });
    expect(duplicate.createUser.userErrors).toMatchObject([{ field: ["email"], code: "TAKEN" }]);
    const short = await create({ email: "x@nhs.net", name: "X", role: Role.ADMIN, password: "short" });
    expect(short.createUser.userErrors).toMatchObject([{ field: ["password"], code: "INVALID" }]);
    const noAcademy = await create({ email: "y@nhs.net", name: "Y", role: Role.FACILITATOR });
    expect(noAcademy.createUser.userErrors).toMatchObject([{ field: ["organisationId"], code: "REQUIRED" }]);
    const trust = await create({ email: "z@nhs.net", name: "Z", role: Role.PROGRAMME_MANAGER, organisationId: trustId });
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
    const response = await manager.request(createUserMutation, { input: { email: "n@nhs.net", name: "N", role: Role.ADMIN } });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("updateUser, deactivateUser, changePassword", () => {
  it("changing a role ends that user's sessions at once", async () => {
    const client = await server.signedInAs(Role.FACILITATOR, "fac@nhs.net");
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "fac@nhs.net" });
    const id = Buffer.from(`User:${user.id}`).toString("base64url");
    const { updateUser } = await admin.data(updateUserMutation, { input: { id, role: Role.PROGRAMME_MANAGER, organisationId: academyId } });
    expect(updateUser.user).toMatchObject({ role: "PROGRAMME_MANAGER", organisation: { name: "South East Leadership Academy" } });
    expect((await client.data(viewerQuery)).viewer).toBeNull();
  });

  it("an admin cannot demote or deactivate themselves", async () => {
    const self = await server.dataSource.getRepository(User).findOneByOrFail({ email: "root@ascent.local" });
    const id = Buffer.from(`User:${self.id}`).toString("base64url");
    expect((await admin.data(updateUserMutation, { input: { id, role: Role.FACILITATOR, organisationId: academyId } })).updateUser.userErrors[0]).toMatchObject({ field: ["role"], code: "FORBIDDEN" });
    const deactivate = await admin.data(deactivateUserMutation, { input: { id } });
    expect(deactivate.deactivateUser.userErrors[0].code).toBe("FORBIDDEN");
  });

  it("a deactivated user is signed out and can't sign in; reactivation restores access", async () => {
    const client = await server.signedInAs(Role.PROGRAMME_MANAGER, "leaver@nhs.net");
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "leaver@nhs.net" });
    const id = Buffer.from(`User:${user.id}`).toString("base64url");
    const { deactivateUser } = await admin.data(deactivateUserMutation, { input: { id } });
    expect(deactivateUser.user?.active).toBe(false);
    expect((await client.data(viewerQuery)).viewer).toBeNull();
    const { users } = await admin.data(usersQuery, { first: 100 });
    expect(users.edges.map((e) => e.node.email)).not.toContain("leaver@nhs.net");
    await admin.data(reactivateUserMutation, { input: { id } });
    expect((await server.signedInAs(Role.PROGRAMME_MANAGER, "leaver@nhs.net")).cookie("ascent_session")).toBeDefined();
  });

  it("changePassword checks the current password and signs out the other sessions only", async () => {
    const first = await server.signedInAs(Role.ADMIN, "changer@nhs.net");
    const second = await server.signedInAs(Role.ADMIN, "changer@nhs.net");
    const changePassword = (currentPassword: string) => first.data(changePasswordMutation, { input: { currentPassword, newPassword: "a brand new passphrase" } });
    const wrong = await changePassword("not it at all");
    expect(wrong.changePassword.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([{ field: ["currentPassword"], code: "INVALID_CREDENTIALS" }]);
    const ok = await changePassword("correct horse battery staple");
    expect(ok.changePassword.userErrors).toEqual([]);
    expect(await signedInEmail(first)).toBe("changer@nhs.net");
    expect((await second.data(viewerQuery)).viewer).toBeNull();
    const signIn = await login("changer@nhs.net", "a brand new passphrase");
    expect(signIn.login.userErrors).toEqual([]);
  });
});

describe("sessions", () => {
  it("ends a session left idle for two hours", async () => {
    const client = await server.signedInAs(Role.ADMIN, "idle@nhs.net");
    await server.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '121 minutes' WHERE user_id = (SELECT id FROM user_account WHERE email = 'idle@nhs.net')`);
    expect((await client.data(viewerQuery)).viewer).toBeNull();
  });
});

describe("audit trail", () => {
  it("is searchable by actor and target, and can't be changed even with SQL", async () => {
    const self = await server.dataSource.getRepository(User).findOneByOrFail({ email: "root@ascent.local" });
    const actorId = Buffer.from(`User:${self.id}`).toString("base64url");
    const { auditEvents } = await admin.data(auditEventsQuery, { first: 50, filter: { actorId } });
    expect(auditEvents.totalCount).toBeGreaterThan(0);
    for (const { node } of auditEvents.edges) expect(node.actor?.email).toBe("root@ascent.local");
    const target = auditEvents.edges[0].node.targetId;
    const byTarget = await admin.data(auditEventsQuery, { filter: { targetId: target } });
    for (const { node } of byTarget.auditEvents.edges) expect(node.targetId).toBe(target);
    await expect(server.dataSource.query(`UPDATE audit_event SET operation = 'tampered'`)).rejects.toThrow(/cannot be changed/);
    await expect(server.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/cannot be changed/);
    // Introspection, which no client operation asks for: a string is the honest way to send it.
    const schema = await admin.data(`query { __schema { mutationType { fields { name } } } }`);
    expect(schema.__schema.mutationType.fields.map((f: { name: string }) => f.name).filter((n: string) => /audit/i.test(n))).toEqual([]);
  });
});
