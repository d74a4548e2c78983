import { loginMutation, logoutMutation, organisationsQuery, viewerQuery, type LoginInput } from "@ascent/client";
import { Role } from "@ascent/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "../src/modules/auth/session.entity";
import { User } from "../src/modules/user/user.entity";
import { ensureFirstAdmin } from "../src/modules/user/first-admin";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TEST_PASSWORD, TestServer } from "./support/test-server";

const login = (input: LoginInput, client = server.anonymous()) => client.request(loginMutation, { input });

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

describe("first administrator", () => {
  it("is created from the configured email only when no user exists, with an argon2id hash", async () => {
    await server.dataSource.createQueryBuilder().delete().from(User).execute();
    expect(await ensureFirstAdmin(server.dataSource, undefined)).toBe("not-configured");
    const admin = { email: "first@ascent.local", password: "a long local password", name: "First Admin" };
    expect(await ensureFirstAdmin(server.dataSource, admin)).toBe("created");
    expect(await ensureFirstAdmin(server.dataSource, { ...admin, email: "second@ascent.local" })).toBe("exists");
    const users = await server.dataSource.getRepository(User).find();
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({ email: "first@ascent.local", role: Role.ADMIN });
    expect(users[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(users[0].passwordHash).not.toContain(admin.password);
  });
});

describe("login and logout", () => {
  it("signs in with the right password, case-insensitive email, and sets an httpOnly SameSite=Lax cookie", async () => {
    await server.createUser(Role.PROGRAMME_MANAGER, "Manager@Example.NHS.uk");
    const client = server.anonymous();
    const response = await login({ email: " manager@example.nhs.uk ", password: TEST_PASSWORD }, client);
    expect(response.data?.login).toMatchObject({ viewer: { user: { email: "Manager@Example.NHS.uk", role: "PROGRAMME_MANAGER" } }, userErrors: [] });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith("ascent_session="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http in tests; Secure is set in production
    expect((await client.data(viewerQuery)).viewer?.user?.email).toBe("Manager@Example.NHS.uk");
  });

  it("stores only a hash of the session token", async () => {
    const client = await server.signedInAs(Role.FACILITATOR);
    const token = client.cookie("ascent_session") as string;
    const sessions = await server.dataSource.getRepository(Session).find();
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) expect(session.tokenHash).not.toBe(token);
  });

  it("refuses a wrong password and an unknown email with the same message, and sets no cookie", async () => {
    await server.createUser(Role.ADMIN, "someone@example.nhs.uk");
    const wrong = await login({ email: "someone@example.nhs.uk", password: "wrong password!!" });
    const unknown = await login({ email: "nobody@example.nhs.uk", password: "wrong password!!" });
    expect(wrong.data?.login.viewer).toBeNull();
    expect(wrong.data?.login.userErrors).toEqual(unknown.data?.login.userErrors);
    expect(wrong.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it("refuses a deactivated user", async () => {
    const user = await server.createUser(Role.PROGRAMME_MANAGER, "gone@example.nhs.uk");
    await server.dataSource.getRepository(User).update(user.id, { deactivatedAt: new Date() });
    const response = await login({ email: "gone@example.nhs.uk", password: TEST_PASSWORD });
    expect(response.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
  });

  it("logout ends the session on the server, so the old cookie no longer works", async () => {
    const client = await server.signedInAs(Role.ADMIN, "logout@example.nhs.uk");
    const token = client.cookie("ascent_session") as string;
    await client.data(logoutMutation);
    expect(client.cookie("ascent_session")).toBeUndefined();
    const replay = new GraphQLClient(server.url);
    replay.setCookie("ascent_session", token);
    expect((await replay.data(viewerQuery)).viewer).toBeNull();
  });

  it("clears a user's ended sessions when they sign in again", async () => {
    await server.signedInAs(Role.ADMIN, "tidy@example.nhs.uk");
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "tidy@example.nhs.uk" });
    await server.dataSource.getRepository(Session).update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    await server.signedInAs(Role.ADMIN, "tidy@example.nhs.uk");
    const sessions = await server.dataSource.getRepository(Session).findBy({ userId: user.id });
    expect(sessions).toHaveLength(1);
    expect(sessions[0].expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("treats an expired session as signed out", async () => {
    const client = await server.signedInAs(Role.ADMIN, "expired@example.nhs.uk");
    const user = await server.dataSource.getRepository(User).findOneByOrFail({ email: "expired@example.nhs.uk" });
    await server.dataSource.getRepository(Session).update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await client.data(viewerQuery)).viewer).toBeNull();
    const response = await client.request(organisationsQuery);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a cookie-authenticated mutation sent as a simple (CSRF-able) request", async () => {
    const client = await server.signedInAs(Role.ADMIN, "csrf@example.nhs.uk");
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: `ascent_session=${client.cookie("ascent_session")}` },
      // A hand-made simple request, as a cross-site form would send it: not something a client sends.
      body: JSON.stringify({ query: `mutation { createOrganisation(input: { name: "CSRF", kind: OTHER }) { userErrors { code } } }` }),
    });
    expect(response.status).toBe(400);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE name = 'CSRF'`)).toEqual([{ n: 0 }]);
  });
});
