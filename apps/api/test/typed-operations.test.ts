import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Tests send the console's and partners' own typed operations from @ascent/client (see
 * test/support/graphql-client.ts). A GraphQL string is only for what no client would write on
 * purpose; the files that hold one say why here. A file not listed may not send a query string.
 */
const ALLOWED: Record<string, string> = {
  "fuzz.test.ts": "fuzzing: generated and mangled documents",
  "support/fuzz-operations.ts": "fuzzing: the documents the fuzzer mangles",
  "http.test.ts": "hand-made HTTP bodies: malformed JSON, depth, aliases, tokens, persisted queries",
  "metrics.test.ts": "deliberately broken, anonymous and over-long operation names",
  "api-tokens.test.ts": "query cost computed on hand-written documents",
  "users.test.ts": "introspection",
  "authorization-matrix.test.ts": "authorization probes of every operation and field (its setup is not yet typed)",
  "support/operation-probe.ts": "builds one probe document per type for the authorization matrix",
  "academy-scoping.test.ts": "authorization probe: every programme's cohorts in one list",
  "application-flows.test.ts": "partner-contract probes: the fields a partner token may read",
  "auth.test.ts": "a cross-site simple request (CSRF), sent by hand",
  "sign-in.test.ts": "raw HTTP with forwarded-for headers, for the sign-in throttle",
  "wres-disclosure.test.ts": "disclosure probe: trend points with their England counts",
  "wres-report.test.ts": "disclosure probe: every trend figure with its counts",
  "read-replica.test.ts": "routing probes: each document names exactly the root fields whose pool is tested (one more field would change the pool)",
  "shutdown.test.ts": "raw load loops against a spawned api process, built once and resent thousands of times",
  "catalogue-cache.test.ts": "the partner read exactly as the benchmark sends it: the cache must serve that document, word for word",
  "n-plus-one.test.ts": "statement counting of the partner read exactly as the benchmark sends it; column probes: selections through fragments and repeated fields",
};

/** A string literal that starts a GraphQL document: `query …{`, `mutation …{`, `subscription …{` or the `{ field(`/`{ field {` shorthand. */
const GRAPHQL_STRING = /[`"']\s*(?:(?:query|mutation|subscription)\b[^`"'{]*\{|\{\s*[_A-Za-z]\w*\s*[({])/;

const TEST_DIR = __dirname;
const SRC_DIR = path.resolve(__dirname, "..", "src");

/** Files under test/ (as `support/x.ts`) and the features' own tests under src/modules/<feature>/test/ (as `modules/<feature>/test/x.ts`). */
function testFiles(dir = TEST_DIR, base = TEST_DIR): string[] {
  const files = fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full, base);
    return entry.name.endsWith(".ts") ? [path.relative(base, full).split(path.sep).join("/")] : [];
  });
  if (dir !== TEST_DIR) return files;
  const modules = path.join(SRC_DIR, "modules");
  const featureTests = fs
    .readdirSync(modules)
    .map((feature) => path.join(modules, feature, "test"))
    .filter((folder) => fs.existsSync(folder))
    .flatMap((folder) => testFiles(folder, SRC_DIR));
  return [...files, ...featureTests];
}

const fullPath = (file: string) => (file.startsWith("modules/") ? path.join(SRC_DIR, file) : path.join(TEST_DIR, file));

describe("api tests send typed operations", () => {
  it("finds a GraphQL string only in the files allowed one, each with its reason", () => {
    const offending = testFiles()
      .filter((file) => file !== "typed-operations.test.ts" && !ALLOWED[file])
      .flatMap((file) =>
        fs
          .readFileSync(fullPath(file), "utf8")
          .split("\n")
          .flatMap((line, index) => (GRAPHQL_STRING.test(line) ? [`${file}:${index + 1}: ${line.trim().slice(0, 120)}`] : [])),
      );
    expect(offending, "send a typed operation from @ascent/client, or list the file in ALLOWED with the reason").toEqual([]);
  });

  it("recognises query strings, and not SQL or typed operations", () => {
    expect(GRAPHQL_STRING.test("await client.data(`query ($id: ID!) { cohort(id: $id) { id } }`)")).toBe(true);
    expect(GRAPHQL_STRING.test('client.request("mutation { logout { userErrors { code } } }")')).toBe(true);
    expect(GRAPHQL_STRING.test("admin.data(`{ organisations(first: 5) { edges { node { id } } } }`)")).toBe(true);
    expect(GRAPHQL_STRING.test("server.dataSource.query(`SELECT id FROM organisation WHERE name = $1`, [name])")).toBe(false);
    expect(GRAPHQL_STRING.test("admin.data(organisationsQuery, { first: 5 })")).toBe(false);
  });

  it("lists no file that has gone or no longer needs its exception", () => {
    const files = new Set(testFiles());
    const stale = Object.keys(ALLOWED).filter(
      (file) => !files.has(file) || !fs.readFileSync(fullPath(file), "utf8").split("\n").some((line) => GRAPHQL_STRING.test(line)),
    );
    expect(stale).toEqual([]);
  });
});
