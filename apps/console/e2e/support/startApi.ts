import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { E2E_ADMIN } from "./e2eSettings";
import { findFreePort } from "./freePort";

const API_DIR = fileURLToPath(new URL("../../../api/", import.meta.url));
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export interface RunningApi {
  url: string;
  stop: () => Promise<void>;
}

async function waitUntilReady(url: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The api exited with code ${child.exitCode} before it was ready; see ${logPath}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The api was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${logPath}`);
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the api from source with a fresh embedded PostgreSQL in a temporary
 * directory, demo data and a known admin. DATABASE_URL, when set, is passed
 * through so the same tests can run against an external PostgreSQL.
 */
export async function startApi(logPath: string): Promise<RunningApi> {
  const port = await findFreePort();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-e2e-"));
  // As root the embedded PostgreSQL runs as the `postgres` user, which must be able to reach its data directory.
  await fs.chmod(dataDir, 0o755);
  const log = createWriteStream(logPath);

  const child = spawn(process.execPath, ["--conditions=source", "-r", "@swc-node/register", "src/main.ts"], {
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(port),
      ASCENT_DATA_DIR: dataDir,
      // Not the default port, so a developer's own running api is left alone.
      ASCENT_PG_PORT: String(await findFreePort()),
      ASCENT_DEMO_DATA: "1",
      ASCENT_ADMIN_EMAIL: E2E_ADMIN.email,
      ASCENT_ADMIN_PASSWORD: E2E_ADMIN.password,
      ASCENT_ADMIN_NAME: E2E_ADMIN.name,
      // Every test signs in from 127.0.0.1; the production limit (30 in 10 minutes) would throttle the suite.
      ASCENT_LOGIN_ATTEMPTS_PER_ADDRESS: "10000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // SIGTERM lets the api finish requests and stop its PostgreSQL; SIGKILL would leave PostgreSQL running.
      child.kill("SIGTERM");
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill("SIGKILL");
        await waitForExit(child, 5_000);
      }
    }
    log.end();
    await fs.rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, child, logPath);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
