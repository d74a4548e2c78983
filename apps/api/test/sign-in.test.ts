import { Role } from "@ascent/domain";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trustedProxiesFrom } from "../src/config";
import { SIGN_IN_THROTTLE } from "../src/modules/auth/login-throttle";
import { User } from "../src/modules/user/user.entity";
import { createTestServer, TEST_PASSWORD, TestServer } from "./support/test-server";

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { viewer { user { email } } userErrors { field code message } } }`;

let server: TestServer;
/** Everything the api logged, to check what it says about refusals (and what it never says). */
const logged: Array<Record<string, unknown>> = [];
beforeAll(async () => {
  server = await createTestServer({}, { log: pino({ level: "info" }, { write: (line: string) => logged.push(JSON.parse(line)) }) });
});
afterAll(() => server.close());

interface Answer {
  status: number;
  body: string;
  setCookie: string[];
  ms: number;
}

/** A sign-in from `address` (the test server trusts loopback as a proxy, so X-Forwarded-For is the caller's address). */
async function signIn(address: string, email: string, password: string, target = server): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": address },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = await response.text();
  return { status: response.status, body, setCookie: response.headers.getSetCookie(), ms: performance.now() - started };
}

/**
 * Makes the delays already earned long ones, so a slow machine (argon2 under load) can't outwait a short delay
 * between two steps of a test: pairs past their free failures and accounts get the longest delay.
 */
const holdThrottles = (accountsToo = true) =>
  server.dataSource.query(`UPDATE login_throttle SET failures = 40, last_failure_at = now() WHERE ($1 AND key LIKE 'account:%') OR (key LIKE 'pair:%' AND failures >= 5)`, [accountsToo]);

const signedIn = (answer: Answer) => JSON.parse(answer.body).data.login.viewer !== null;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Spreads `count` failures over fresh addresses, two each, so no address+account budget is reached. */
async function failFromManyAddresses(email: string, count: number, prefix: string) {
  for (let i = 0; i < count; i += 1) await signIn(`${prefix}.${Math.floor(i / 2)}`, email, `wrong guess ${i}`);
}

// Each sign-in checks an argon2id hash: the tests that make dozens get more than the default 20 s on a busy machine.
describe("sign-in refusals", { timeout: 90_000 }, () => {
  it("answer unknown, wrong, deactivated and throttled (every kind) identically, and only the log tells them apart", async () => {
    await server.createUser(Role.ADMIN, "known@nhs.net");
    const gone = await server.createUser(Role.ADMIN, "gone@nhs.net");
    await server.dataSource.getRepository(User).update(gone.id, { deactivatedAt: new Date() });

    const wrong = await signIn("198.51.100.1", "known@nhs.net", "not the password");
    const unknown = await signIn("198.51.100.1", "nobody@nhs.net", "not the password");
    const deactivated = await signIn("198.51.100.1", "gone@nhs.net", TEST_PASSWORD);
    // Address+account: five failures, then the right password at once is refused.
    for (let i = 0; i < SIGN_IN_THROTTLE.pair.freeFailures; i += 1) await signIn("198.51.100.2", "known@nhs.net", `guess ${i}`);
    await holdThrottles(false);
    const pairThrottled = await signIn("198.51.100.2", "known@nhs.net", TEST_PASSWORD);
    // Account: failures spread over many addresses, then the right password from an address the account doesn't know.
    await failFromManyAddresses("known@nhs.net", SIGN_IN_THROTTLE.account.freeFailures, "203.0.113");
    await holdThrottles();
    const accountThrottled = await signIn("198.51.100.3", "known@nhs.net", TEST_PASSWORD);
    // Address ceiling: all accounts together.
    await server.dataSource.query(`UPDATE login_throttle SET failures = 100000 WHERE key LIKE 'address:%'`);
    const addressThrottled = await signIn("198.51.100.1", "known@nhs.net", TEST_PASSWORD);

    const refusals = { unknown, deactivated, pairThrottled, accountThrottled, addressThrottled };
    expect(JSON.parse(wrong.body).data.login).toEqual({
      viewer: null,
      userErrors: [{ field: null, code: "INVALID_CREDENTIALS", message: expect.stringMatching(/don't match an active account/) }],
    });
    for (const [kind, answer] of Object.entries(refusals)) {
      expect({ kind, status: answer.status, body: answer.body, setCookie: answer.setCookie }).toEqual({ kind, status: wrong.status, body: wrong.body, setCookie: [] });
    }
    // The log tells them apart, by user id, never by the email typed.
    const reasons = new Set(logged.filter((line) => line.msg === "sign-in refused").map((line) => line.reason));
    expect(reasons).toEqual(new Set(["wrong-password", "unknown-account", "throttled-address-account", "throttled-account", "throttled-address"]));
    expect(logged.find((line) => line.reason === "throttled-account")).toMatchObject({ level: 40, userId: expect.any(String) });
    expect(JSON.stringify(logged)).not.toMatch(/known@nhs\.net|nobody@nhs\.net|gone@nhs\.net|198\.51\.100/);
  });

  it("take as long as a wrong password when throttled by address+account or by account (a decoy hash is checked)", async () => {
    await server.createUser(Role.ADMIN, "timed@nhs.net");
    await failFromManyAddresses("timed@nhs.net", SIGN_IN_THROTTLE.account.freeFailures, "192.0.2");
    await holdThrottles();
    const wrong: number[] = [];
    const throttled: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      wrong.push((await signIn(`198.18.0.${i}`, "known-nobody@nhs.net", "not the password")).ms);
      throttled.push((await signIn(`198.18.1.${i}`, "timed@nhs.net", TEST_PASSWORD)).ms);
    }
    // argon2id dominates both; a throttled answer that skipped it would take a small fraction of the time.
    expect(median(throttled)).toBeGreaterThan(median(wrong) * 0.5);
  });
});

describe("throttling a stranger, not the owner", { timeout: 90_000 }, () => {
  it("lets the owner sign in from their usual address while strangers elsewhere fail on the account", async () => {
    await server.createUser(Role.PROGRAMME_MANAGER, "owner@nhs.net");
    expect(signedIn(await signIn("192.0.2.10", "owner@nhs.net", TEST_PASSWORD))).toBe(true);
    for (let i = 0; i < 6; i += 1) await signIn("198.51.100.66", "owner@nhs.net", `stranger ${i}`);
    await failFromManyAddresses("owner@nhs.net", SIGN_IN_THROTTLE.account.freeFailures, "100.64.0");
    await holdThrottles();
    // Throttled for addresses the account doesn't know ...
    expect(signedIn(await signIn("100.64.9.9", "owner@nhs.net", TEST_PASSWORD))).toBe(false);
    // ... but never at the owner's own, even after a typo or two of their own.
    await signIn("192.0.2.10", "owner@nhs.net", "typo");
    await signIn("192.0.2.10", "owner@nhs.net", "typo again");
    const owner = await signIn("192.0.2.10", "owner@nhs.net", TEST_PASSWORD);
    expect(signedIn(owner)).toBe(true);
    expect(owner.setCookie.some((c) => c.startsWith("ascent_session="))).toBe(true);
  });

  it("gives each account behind one address (one organisation's NAT) its own budget", async () => {
    await server.createUser(Role.FACILITATOR, "colleague@nhs.net");
    await server.createUser(Role.FACILITATOR, "first-time@nhs.net");
    for (let i = 0; i < 12; i += 1) await signIn("192.0.2.200", "colleague@nhs.net", `forgotten ${i}`);
    await holdThrottles();
    expect(signedIn(await signIn("192.0.2.200", "colleague@nhs.net", TEST_PASSWORD))).toBe(false);
    expect(signedIn(await signIn("192.0.2.200", "first-time@nhs.net", TEST_PASSWORD))).toBe(true);
  });

  it("grows the delay after each failure past the free ones, instead of locking", async () => {
    await server.createUser(Role.ADMIN, "patient@nhs.net");
    for (let i = 0; i < SIGN_IN_THROTTLE.pair.freeFailures + 1; i += 1) {
      await server.dataSource.query(`UPDATE login_throttle SET last_failure_at = now() - interval '1 hour' WHERE key LIKE 'pair:%'`);
      await signIn("192.0.2.50", "patient@nhs.net", `guess ${i}`);
    }
    // Six failures: the next attempt must wait 2 seconds after the last.
    await server.dataSource.query(`UPDATE login_throttle SET last_failure_at = now() - interval '0.5 seconds' WHERE key LIKE 'pair:%' AND failures = 6`);
    expect(signedIn(await signIn("192.0.2.50", "patient@nhs.net", TEST_PASSWORD))).toBe(false);
    await server.dataSource.query(`UPDATE login_throttle SET last_failure_at = now() - interval '2.5 seconds' WHERE key LIKE 'pair:%' AND failures = 6`);
    expect(signedIn(await signIn("192.0.2.50", "patient@nhs.net", TEST_PASSWORD))).toBe(true);
  });

  it("lifts the address ceiling when its ten minutes end", async () => {
    await server.createUser(Role.ADMIN, "ceiling@nhs.net");
    await signIn("192.0.2.77", "ceiling@nhs.net", "wrong");
    await server.dataSource.query(`UPDATE login_throttle SET failures = 100000 WHERE key LIKE 'address:%'`);
    expect(signedIn(await signIn("192.0.2.77", "ceiling@nhs.net", TEST_PASSWORD))).toBe(false);
    await server.dataSource.query(`UPDATE login_throttle SET window_started_at = now() - interval '11 minutes' WHERE key LIKE 'address:%'`);
    expect(signedIn(await signIn("192.0.2.77", "ceiling@nhs.net", TEST_PASSWORD))).toBe(true);
  });

  it("keeps neither addresses nor emails in the throttle table", async () => {
    const rows: Array<{ key: string }> = await server.dataSource.query(`SELECT key FROM login_throttle`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^(address:[0-9a-f]{64}|pair:[0-9a-f]{64}|account:[0-9a-f-]{36})$/);
  });
});

describe("trusted proxies", () => {
  it("are a setting: names, subnets or hops; never every address", () => {
    expect(trustedProxiesFrom(undefined)).toEqual(["loopback"]);
    expect(trustedProxiesFrom(" uniquelocal, 10.0.0.0/8 ")).toEqual(["uniquelocal", "10.0.0.0/8"]);
    expect(trustedProxiesFrom("1")).toBe(1);
    expect(() => trustedProxiesFrom("true")).toThrow(/ASCENT_TRUSTED_PROXIES/);
  });

  it("X-Forwarded-For from a caller that is not a trusted proxy is ignored", async () => {
    const direct = await createTestServer({ trustedProxies: ["10.255.255.1"] });
    try {
      await direct.createUser(Role.ADMIN, "direct@nhs.net");
      for (let i = 0; i < SIGN_IN_THROTTLE.pair.freeFailures; i += 1) await signIn(`203.0.113.${i}`, "direct@nhs.net", `guess ${i}`, direct);
      // Every attempt came from 127.0.0.1 whatever the header claimed, so one address+account budget is spent.
      expect(signedIn(await signIn("203.0.113.99", "direct@nhs.net", TEST_PASSWORD, direct))).toBe(false);
    } finally {
      await direct.close();
    }
  });
});
