#!/usr/bin/env node
// The two commands a newcomer needs, with nothing but Node 20 and npm:
//   npm start   installs what is missing, then runs PostgreSQL, the api and the console
//   npm test    installs what is missing, then runs every check
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PNPM = ["-y", "pnpm@10.34.8"];
const DATA_DIR = path.resolve(process.env.ASCENT_DATA_DIR ?? path.join(ROOT, ".ascent"));
const DEFAULT_ADMIN = { email: "admin@ascent.local", password: "ascent-local-admin" };
/** Where a running `npm start` notes its console's address, so a refused second one can point to it. */
const CONSOLE_URL_FILE = path.join(DATA_DIR, "console-url");

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const pnpm = (...args) => run("npx", [...PNPM, ...args]);

/** Installs dependencies unless node_modules already matches the lockfile. */
function ensureInstalled() {
  const installed = path.join(ROOT, "node_modules", ".pnpm", "lock.yaml");
  const lockfile = path.join(ROOT, "pnpm-lock.yaml");
  if (existsSync(installed) && readFileSync(installed, "utf8") === readFileSync(lockfile, "utf8")) return;
  console.log("▸ installing dependencies (pnpm, from the lockfile)");
  pnpm("install", "--frozen-lockfile");
}

/** Our parent and, where /proc tells, its parent: `npm start` runs us through a shell. */
function launcherChain() {
  const parent = process.ppid;
  try {
    const stat = readFileSync(`/proc/${parent}/stat`, "utf8");
    return [parent, Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1], 10)];
  } catch {
    return [parent];
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function refuseIfRunning() {
  const lockFile = path.join(DATA_DIR, "ascent.pid");
  if (!existsSync(lockFile)) return;
  const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
  if (Number.isFinite(pid) && isAlive(pid)) {
    console.error(`✖ Ascent is already running from this folder (process ${pid}).`);
    const consoleUrl = existsSync(CONSOLE_URL_FILE) ? readFileSync(CONSOLE_URL_FILE, "utf8").trim() : null;
    console.error(`  ${consoleUrl ? `Use it at ${consoleUrl}, or stop` : "Stop"} it first (Ctrl-C in its terminal, or \`kill ${pid}\`).`);
    process.exit(1);
  }
}

async function start() {
  const startedAt = Date.now();
  refuseIfRunning();
  ensureInstalled();
  const apiPort = process.env.PORT ?? "4000";
  const consolePort = Number.parseInt(process.env.ASCENT_CONSOLE_PORT ?? "5173", 10);
  const admin = {
    email: process.env.ASCENT_ADMIN_EMAIL ?? DEFAULT_ADMIN.email,
    password: process.env.ASCENT_ADMIN_PASSWORD ?? DEFAULT_ADMIN.password,
  };
  console.log(process.env.DATABASE_URL ? "▸ using the PostgreSQL at DATABASE_URL" : `▸ starting embedded PostgreSQL in ${path.relative(ROOT, DATA_DIR)}/`);

  const api = spawn(process.execPath, ["--conditions=source", "-r", "@swc-node/register", "src/main.ts"], {
    cwd: path.join(ROOT, "apps", "api"),
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? "development",
      PORT: apiPort,
      ASCENT_DATA_DIR: DATA_DIR,
      ASCENT_DEMO_DATA: process.env.ASCENT_DEMO_DATA ?? "1",
      ASCENT_ADMIN_EMAIL: admin.email,
      ASCENT_ADMIN_PASSWORD: admin.password,
    },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });

  let vite;
  let stopping = false;
  const stop = async (reason, code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n▸ stopping (${reason})`);
    rmSync(CONSOLE_URL_FILE, { force: true });
    await vite?.close().catch(() => undefined);
    if (api.exitCode === null) {
      api.kill("SIGTERM");
      await new Promise((resolve) => api.once("exit", resolve));
    }
    process.exit(code);
  };
  process.on("SIGINT", () => stop("Ctrl-C"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // If whatever launched us (npm, and the shell it runs us in) is killed hard,
  // we are orphaned: shut down rather than linger and hold the ports.
  const launchers = launcherChain();
  setInterval(() => launcherChain().join() !== launchers.join() && stop("launcher gone"), 1000).unref();
  api.once("exit", (code) => stop("the api exited", code ?? 1));

  const ready = await new Promise((resolve) => api.on("message", (message) => message?.type === "ready" && resolve(message)));
  const apiUrl = ready.url;
  // Without SMTP_URL the api runs a development mailbox; the console's Mail page shows what it received.
  const mail = ready.devSmtpUrl
    ? `development mailbox at ${ready.devSmtpUrl}; read it in the console under Mail (admin): http://localhost:${consolePort}/mail`
    : "sent through SMTP_URL";

  const consoleDir = path.join(ROOT, "apps", "console");
  const { createServer } = await import(pathToFileURL(path.join(consoleDir, "node_modules", "vite", "dist", "node", "index.js")).href);
  process.env.ASCENT_API_URL = `http://localhost:${apiPort}`;
  try {
    vite = await createServer({ root: consoleDir, configFile: path.join(consoleDir, "vite.config.ts"), server: { port: consolePort, strictPort: true }, logLevel: "warn" });
    await vite.listen();
    writeFileSync(CONSOLE_URL_FILE, `http://localhost:${consolePort}\n`);
  } catch (error) {
    console.error(`✖ the console could not start: ${error.message}`);
    if (error.code === "EADDRINUSE" || /port .* in use/i.test(error.message)) console.error(`  Port ${consolePort} is taken; stop what uses it or set ASCENT_CONSOLE_PORT.`);
    await stop("console failed", 1);
    return;
  }
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
  Ascent is running (ready in ${seconds} s)

    Console   http://localhost:${consolePort}
    API       ${apiUrl}   (GraphiQL: http://localhost:${apiPort}/graphiql)
    Mail      ${mail}

    Sign in as ${admin.email} with password ${process.env.ASCENT_ADMIN_PASSWORD ? "(your ASCENT_ADMIN_PASSWORD)" : admin.password}
    (the first admin is created only when the database has no users)

  Ctrl-C stops everything.
`);
}

function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
  if (candidates.some((candidate) => existsSync(candidate))) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("▸ installing Debian's chromium for the console tests");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    return;
  }
  console.error("✖ The console tests need Chromium: install it (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH.");
  process.exit(1);
}

function test() {
  ensureInstalled();
  ensureChromium();
  const started = Date.now();
  console.log("▸ drift gates: schema, client, (migrations run with the api tests)");
  run(process.execPath, ["scripts/check-drift.mjs"]);
  console.log("▸ lint");
  pnpm("exec", "eslint", ".", "--max-warnings=0");
  // --only: the drift gates above have just regenerated the schema and the client (and failed on any
  // difference), so turbo need not run emit-schema and codegen again before these (on a clean clone, uncached).
  console.log("▸ typecheck");
  pnpm("exec", "turbo", "run", "typecheck", "--only", "--concurrency=2", "--output-logs=errors-only");
  console.log("▸ unit and api tests (real PostgreSQL, real HTTP)");
  pnpm("exec", "turbo", "run", "test", "--only", "--concurrency=1");
  console.log("▸ console tests in Chromium");
  pnpm("--filter", "@ascent/console", "e2e");
  console.log(`\n✔ every check passed in ${Math.round((Date.now() - started) / 1000)} s`);
}

const command = process.argv[2];
if (command === "start") await start();
else if (command === "test") test();
else {
  console.error("usage: node scripts/ascent.mjs start|test");
  process.exit(2);
}
