import { ChildProcess, spawn } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, AlreadyRunningError } from "../src/db/data-dir-lock";
import { findFreePort, startEmbeddedPostgres } from "../src/db/embedded-postgres";

const scratchDirs: string[] = [];
const scratch = async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-embedded-"));
  scratchDirs.push(dir);
  return dir;
};
afterAll(async () => {
  for (const dir of scratchDirs) await fs.rm(dir, { recursive: true, force: true });
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("embedded PostgreSQL", () => {
  it("adopts a server left running by an earlier process instead of failing", async () => {
    const dataDir = await scratch();
    const first = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
    const second = await startEmbeddedPostgres({ dataDir, preferredPort: 0 });
    expect(second.adopted).toBe(true);
    expect(second.port).toBe(first.port);
    await second.stop();
  });

  it("moves to a free port when the preferred one is taken", async () => {
    const blocker = net.createServer();
    const taken = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(taken, "127.0.0.1", resolve));
    try {
      const server = await startEmbeddedPostgres({ dataDir: await scratch(), preferredPort: taken });
      expect(server.port).not.toBe(taken);
      await server.stop();
    } finally {
      blocker.close();
    }
  });
});

describe("data folder lock", () => {
  it("refuses a second owner while the first is alive, and takes over a dead one's lock", async () => {
    const dataDir = await scratch();
    const sleeper = spawn("sleep", ["30"]);
    try {
      await fs.writeFile(path.join(dataDir, "ascent.pid"), String(sleeper.pid));
      expect(() => acquireDataDirLock(dataDir)).toThrow(AlreadyRunningError);
    } finally {
      sleeper.kill("SIGKILL");
    }
    await new Promise((resolve) => sleeper.once("exit", resolve));
    const release = acquireDataDirLock(dataDir);
    expect(await fs.readFile(path.join(dataDir, "ascent.pid"), "utf8")).toBe(String(process.pid));
    release();
  });
});

describe("the api process", () => {
  const startApi = (dataDir: string, port: number): ChildProcess =>
    spawn(process.execPath, ["--conditions=source", "-r", "@swc-node/register", "src/main.ts"], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, DATABASE_URL: "", PORT: String(port), ASCENT_DATA_DIR: dataDir, ASCENT_PG_PORT: "0", NODE_ENV: "development", LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
    });

  const waitReady = async (port: number) => {
    const deadline = Date.now() + 45_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("api did not become ready");
  };

  const postmasterPid = async (dataDir: string) => Number.parseInt((await fs.readFile(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8")).split("\n")[0], 10);

  it("starts again without clean-up after SIGKILL, refuses a second copy, and stops everything on SIGTERM", { timeout: 120_000 }, async () => {
    const dataDir = await scratch();
    const port = await findFreePort();
    const killed = startApi(dataDir, port);
    await waitReady(port);
    killed.kill("SIGKILL");
    await new Promise((resolve) => killed.once("exit", resolve));

    const restarted = startApi(dataDir, port);
    await waitReady(port);

    const second = startApi(dataDir, await findFreePort());
    const secondExit = await new Promise<number | null>((resolve) => second.once("exit", resolve));
    expect(secondExit).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).ok).toBe(true);

    const databasePid = await postmasterPid(dataDir);
    restarted.kill("SIGTERM");
    const exitCode = await new Promise<number | null>((resolve) => restarted.once("exit", resolve));
    expect(exitCode).toBe(0);
    expect(isAlive(databasePid)).toBe(false);
  });
});
