import {
  apiTokensQuery,
  createApiTokenMutation,
  createOrganisationMutation,
  organisationsQuery,
  partnerOpenCohortsQuery,
  partnerWhoAmIQuery,
  revokeApiTokenMutation,
  usersQuery,
  viewerQuery,
  type ApiScope,
  type CreateApiTokenInput,
} from "@ascent/client";
import { OrganisationKind, Role } from "@ascent/domain";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PARTNER_BUDGET, loadConfig } from "../src/config";
import { calculateQueryCost } from "../src/graphql/query-cost";
import { issueToken, parseToken } from "../src/modules/api-token/token-secret";
import { tokenCacheFor } from "../src/modules/api-token/token-cache";
import { buildAppSchema } from "../src/composition";
import { ApiToken } from "../src/modules/api-token/api-token.entity";
import { AuditEvent } from "../src/modules/audit/audit-event.entity";
import { seedDemoData } from "../src/seed/seed-demo-data";
import { GraphQLClient } from "./support/graphql-client";
import { createTestServer, TestServer } from "./support/test-server";

let server: TestServer;
let admin: GraphQLClient;
let trustId: string;
let academyId: string;

const idOf = async (search: string) => (await admin.data(organisationsQuery, { filter: { search } })).organisations.edges[0].node.id;

beforeAll(async () => {
  server = await createTestServer();
  await seedDemoData(server.dataSource);
  admin = await server.signedInAs(Role.ADMIN);
  trustId = await idOf("RJ1");
  academyId = await idOf("HPMA London Academy");
});
afterAll(() => server.close());

/** The secret part of `ascpat_<id>_<secret>` (the secret itself may contain "_"). */
const secretOf = (token: string) => token.slice("ascpat_".length + 32 + 1);

const partner = (token: string) => new GraphQLClient(server.url, { authorization: `Bearer ${token}` });

const issue = async (scopes: ApiScope[] = ["CATALOGUE_READ"]) => {
  const { createApiToken } = await admin.data(createApiTokenMutation, { input: { organisationId: trustId, scopes, label: "Analytics" } });
  expect(createApiToken.userErrors).toEqual([]);
  const { token, apiToken } = createApiToken;
  if (!token || !apiToken) throw new Error("no token issued");
  return { token, apiToken };
};
const revoke = (id: string) => admin.data(revokeApiTokenMutation, { input: { id } });

describe("createApiToken", () => {
  it("shows the secret once and stores only its hash", async () => {
    const { token, apiToken } = await issue();
    expect(token).toMatch(/^ascpat_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ label: "Analytics", scopes: ["CATALOGUE_READ"], organisation: { name: "Guy's and St Thomas' NHS Foundation Trust" }, revokedAt: null });
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const rows = await server.dataSource.query(`SELECT * FROM api_token`);
    const secret = secretOf(token);
    for (const row of rows) expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await admin.data(apiTokensQuery);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it("writes an audit event naming the admin, without the secret", async () => {
    const { apiToken, token } = await issue();
    const events = await server.dataSource.getRepository(AuditEvent).findBy({ operation: "createApiToken" });
    const mine = events.find((e) => Buffer.from(apiToken.id, "base64url").toString().endsWith(e.targetId as string));
    expect(mine).toMatchObject({ actorRole: "ADMIN", targetType: "ApiToken" });
    expect(JSON.stringify(events)).not.toContain(secretOf(token));
  });

  it("refuses no scopes, a blank label, a past expiry and an academy, naming each field", async () => {
    const before = await server.dataSource.getRepository(ApiToken).count();
    const input: CreateApiTokenInput = { organisationId: academyId, scopes: [], label: " ", expiresAt: "2001-01-01T00:00:00Z" };
    const { createApiToken } = await admin.data(createApiTokenMutation, { input });
    expect(createApiToken.userErrors.map((e) => e.field?.[0]).sort()).toEqual(["expiresAt", "label", "organisationId", "scopes"]);
    expect(createApiToken.token).toBeNull();
    expect(await server.dataSource.getRepository(ApiToken).count()).toBe(before);
  });

  it("is for administrators only", async () => {
    const manager = await server.signedInAs(Role.PROGRAMME_MANAGER, "pm@academy.nhs.uk").catch(async () => {
      await server.createUser(Role.PROGRAMME_MANAGER, "pm@academy.nhs.uk");
      return server.signedInAs(Role.PROGRAMME_MANAGER, "pm@academy.nhs.uk");
    });
    const response = await manager.request(createApiTokenMutation, { input: { organisationId: trustId, scopes: ["WRES_READ"], label: "x" } });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("Bearer authentication", () => {
  it("works within the token's scopes and records last use", async () => {
    const { token, apiToken } = await issue(["CATALOGUE_READ"]);
    const client = partner(token);
    const { viewer } = await client.data(partnerWhoAmIQuery);
    expect(viewer).toMatchObject({ organisation: { name: "Guy's and St Thomas' NHS Foundation Trust" }, scopes: ["CATALOGUE_READ"] });
    expect((await client.data(viewerQuery)).viewer).toEqual({ user: null });
    const { apiTokens } = await admin.data(apiTokensQuery, { first: 100 });
    expect(apiTokens.edges.find((e) => e.node.id === apiToken.id)!.node.lastUsedAt).not.toBeNull();
  });

  it("is FORBIDDEN outside its scopes and for console-only operations", async () => {
    const { token } = await issue(["CATALOGUE_READ"]);
    const response = await partner(token).request(usersQuery);
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const mutation = await partner(token).request(createOrganisationMutation, { input: { name: "x", kind: OrganisationKind.OTHER } });
    expect(mutation.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses revoked (immediately), expired, malformed and forged tokens alike with UNAUTHENTICATED", async () => {
    const { token, apiToken } = await issue(["CATALOGUE_READ"]);
    expect((await partner(token).request(partnerWhoAmIQuery)).errors).toBeUndefined();
    const { revokeApiToken } = await revoke(apiToken.id);
    expect(revokeApiToken.apiToken!.revokedAt).not.toBeNull();
    const revoked = await partner(token).request(partnerWhoAmIQuery);

    const expiring = await issue(["CATALOGUE_READ"]);
    await server.dataSource.getRepository(ApiToken).update({ prefix: expiring.apiToken.prefix }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await partner(expiring.token).request(partnerWhoAmIQuery);

    const forged = `${token.slice(0, -4)}AAAA`;
    const answers = [revoked, expired, await partner("nonsense").request(organisationsQuery, { first: 1 }), await partner(forged).request(organisationsQuery, { first: 1 })];
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(new Set(answers.map((a) => a.errors?.[0].message)).size).toBe(1);
    expect((await revoke(apiToken.id)).revokeApiToken.userErrors[0].code).toBe("INVALID_TRANSITION");
  });
});

describe("the token cache (ASCENT_TOKEN_CACHE_SECONDS)", () => {
  it("is read from the settings: 5 s by default, 0 turns it off", () => {
    expect(loadConfig({}).tokenCacheSeconds).toBe(5);
    expect(loadConfig({ ASCENT_TOKEN_CACHE_SECONDS: "0" }).tokenCacheSeconds).toBe(0);
    expect(loadConfig({ ASCENT_TOKEN_CACHE_SECONDS: "1.5" }).tokenCacheSeconds).toBe(1.5);
  });

  it("refuses a token revoked behind this process's back (another api process, or by hand) once the cache time has passed", async () => {
    const short = await createTestServer({ tokenCacheSeconds: 1 });
    try {
      const [organisation] = await short.dataSource.query(`INSERT INTO organisation (name, kind) VALUES ('Cache Trust', 'TRUST') RETURNING id`);
      const [row] = await short.dataSource.query(
        `INSERT INTO api_token (label, organisation_id, scopes, secret_hash, prefix, expires_at) VALUES ('t', $1, ARRAY['catalogue:read'], 'x', 'x', now() + interval '1 day') RETURNING id`,
        [organisation.id],
      );
      const issued = issueToken(row.id);
      await short.dataSource.query(`UPDATE api_token SET secret_hash = $2, prefix = $3 WHERE id = $1`, [row.id, issued.secretHash, issued.prefix]);
      const client = new GraphQLClient(short.url, { authorization: `Bearer ${issued.token}` });
      expect((await client.request(partnerWhoAmIQuery)).errors).toBeUndefined();
      // A forged secret for the cached token id is still refused.
      const forged = new GraphQLClient(short.url, { authorization: `Bearer ${issued.token.slice(0, -4)}AAAA` });
      expect((await forged.request(partnerWhoAmIQuery)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

      await short.dataSource.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1`, [row.id]);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const refused = await client.request(partnerWhoAmIQuery);
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    } finally {
      await short.close();
    }
  });

  it("refuses a cached token once it expires, without asking the database", async () => {
    const { token, apiToken } = await issue(["CATALOGUE_READ"]);
    const client = partner(token);
    expect((await client.request(partnerWhoAmIQuery)).errors).toBeUndefined();
    // The expiry brought to 300 ms from now (and the cache told, as an expiry change never happens behind its back in practice): once reached, the cached token is refused.
    await server.dataSource.getRepository(ApiToken).update({ prefix: apiToken.prefix }, { expiresAt: new Date(Date.now() + 300) });
    tokenCacheFor(server.dataSource).drop(parseToken(token)!.tokenId);
    expect((await client.request(partnerWhoAmIQuery)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const expired = await client.request(partnerWhoAmIQuery);
    expect(expired.status).toBe(401);
  });
});

describe("query cost for partners", () => {
  it("reports each query's cost and the remaining budget in extensions", async () => {
    const { token } = await issue(["CATALOGUE_READ"]);
    const client = partner(token);
    // viewer and its organisation: two objects, scalars are free.
    const first = await client.request(partnerWhoAmIQuery);
    const cost = first.extensions?.cost as { requestedQueryCost: number; throttleStatus: { currentlyAvailable: number; maximumAvailable: number; restoreRate: number } };
    expect(cost.requestedQueryCost).toBe(2);
    expect(cost.throttleStatus).toMatchObject(DEFAULT_PARTNER_BUDGET);
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(DEFAULT_PARTNER_BUDGET.maximumAvailable - 2);
    const consoleCall = await admin.request(viewerQuery);
    expect(consoleCall.extensions?.cost).toBeUndefined();
  });

  it("answers THROTTLED with a retry hint once the budget is spent, and refills over time", async () => {
    const { token, apiToken } = await issue(["CATALOGUE_READ"]);
    await server.dataSource.getRepository(ApiToken).update({ prefix: apiToken.prefix }, { costBudget: 0, budgetUpdatedAt: new Date() });
    // 50 open cohorts cost 203 points, four seconds of refill: the request cannot outlast its own charge.
    const openCohorts = () => partner(token).request(partnerOpenCohortsQuery, { first: 50 });
    const throttled = await openCohorts();
    expect(throttled.status).toBe(429);
    expect(throttled.errors?.[0].extensions?.code).toBe("THROTTLED");
    expect(throttled.errors?.[0].extensions?.cost).toMatchObject({ requestedQueryCost: 203 });
    expect(throttled.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    await server.dataSource.getRepository(ApiToken).update({ prefix: apiToken.prefix }, { budgetUpdatedAt: new Date(Date.now() - 60_000) });
    // A minute's refill written by hand: this process sees it once its token cache lets go (here at once; by itself within 5 s).
    tokenCacheFor(server.dataSource).drop(parseToken(token)!.tokenId);
    expect((await openCohorts()).errors).toBeUndefined();
  });

  it("fits a partner reading a page of 50 open cohorts every second, and a burst of them", async () => {
    const schema = await buildAppSchema();
    const pageOf50 = calculateQueryCost(schema, partnerOpenCohortsQuery, undefined, { first: 50 });
    expect(pageOf50).toBe(203);
    expect(DEFAULT_PARTNER_BUDGET.restoreRate).toBeGreaterThanOrEqual(pageOf50);
    const { token } = await issue(["CATALOGUE_READ"]);
    for (let i = 0; i < 10; i += 1) expect((await partner(token).request(partnerOpenCohortsQuery, { first: 50 })).errors).toBeUndefined();
  });

  it("is one model: a query over 5000 points is QUERY_TOO_COMPLEX for anyone, before any budget", async () => {
    // 11 aliases x (1 + 1 + 100 x (node + 5 parents)) = 6622 points, within the depth and alias limits.
    const nested = "parent { parent { parent { parent { parent { name } } } } }";
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: organisations(first: 100) { edges { node { ${nested} } } }`).join(" ")} }`;
    const { token } = await issue(["CATALOGUE_READ"]);
    const callers: Array<Record<string, string>> = [{ authorization: `Bearer ${token}` }, {}];
    for (const headers of callers) {
      const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string; cost?: { requestedQueryCost: number } } }> };
      expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", cost: { requestedQueryCost: 6622 } });
    }
  });

  it("takes its budget from the settings (ASCENT_PARTNER_BUDGET, ASCENT_PARTNER_RESTORE_RATE)", async () => {
    expect(loadConfig({ ASCENT_PARTNER_BUDGET: "300", ASCENT_PARTNER_RESTORE_RATE: "100" }).partnerBudget).toEqual({ maximumAvailable: 300, restoreRate: 100 });
    expect(loadConfig({}).partnerBudget).toEqual(DEFAULT_PARTNER_BUDGET);
    const small = await createTestServer({ partnerBudget: { maximumAvailable: 300, restoreRate: 10 } });
    try {
      const [organisation] = await small.dataSource.query(`INSERT INTO organisation (name, kind) VALUES ('Budget Trust', 'TRUST') RETURNING id`);
      const [row] = await small.dataSource.query(
        `INSERT INTO api_token (label, organisation_id, scopes, secret_hash, prefix, expires_at, cost_budget) VALUES ('t', $1, ARRAY['catalogue:read'], 'x', 'x', now() + interval '1 day', 300) RETURNING id`,
        [organisation.id],
      );
      const issued = issueToken(row.id);
      await small.dataSource.query(`UPDATE api_token SET secret_hash = $2, prefix = $3 WHERE id = $1`, [row.id, issued.secretHash, issued.prefix]);
      const client = new GraphQLClient(small.url, { authorization: `Bearer ${issued.token}` });
      const first = await client.request(partnerOpenCohortsQuery, { first: 50 });
      expect(first.errors).toBeUndefined();
      expect(first.extensions?.cost).toMatchObject({ requestedQueryCost: 203, throttleStatus: { maximumAvailable: 300, restoreRate: 10 } });
      // 97 points left, 10 a second back: the same page again must wait about 11 s (less what refilled meanwhile).
      const second = await client.request(partnerOpenCohortsQuery, { first: 50 });
      expect(second.status).toBe(429);
      expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(11);
    } finally {
      await small.close();
    }
  });

  it("multiplies a connection's selection by its page size", async () => {
    // Selections written to show the arithmetic, priced without sending them.
    const schema = await buildAppSchema();
    const cost = (query: string, variables = {}) => calculateQueryCost(schema, parse(query), undefined, variables);
    expect(cost(`{ organisations(first: 10) { totalCount edges { node { name parent { name } } } } }`)).toBe(1 + 10 * 2 + 1);
    expect(cost(`query ($n: Int) { organisations(first: $n) { edges { node { parent { name } } } } }`, { n: 50 })).toBe(1 + 50 * 2 + 1);
    expect(cost(`{ organisations { edges { node { name } } } }`)).toBe(1 + 25 * 1 + 1);
  });
});
