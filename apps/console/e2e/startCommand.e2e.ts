import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** A data folder that a live process (this test's own) holds, as a running `npm start` would. */
async function heldDataDir(consoleUrl: string | null): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-start-"));
  await fs.writeFile(path.join(dir, "ascent.pid"), String(process.pid));
  if (consoleUrl) await fs.writeFile(path.join(dir, "console-url"), `${consoleUrl}\n`);
  return dir;
}

function secondStart(dataDir: string) {
  return spawnSync(process.execPath, ["scripts/ascent.mjs", "start"], {
    cwd: ROOT,
    env: { ...process.env, ASCENT_DATA_DIR: dataDir, ASCENT_CONSOLE_PORT: "5173" },
    encoding: "utf8",
    timeout: 30_000,
  });
}

describe("a second npm start from the same folder", () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await fs.rm(dir, { recursive: true, force: true });
  });

  it("is refused, naming the console address the running one uses, not the default", async () => {
    const dir = await heldDataDir("http://localhost:6123");
    dirs.push(dir);
    const result = secondStart(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Ascent is already running from this folder (process ${process.pid})`);
    expect(result.stderr).toContain("Use it at http://localhost:6123");
    expect(result.stderr).not.toContain("5173");
  });

  it("names no address when it cannot know it", async () => {
    const dir = await heldDataDir(null);
    dirs.push(dir);
    const result = secondStart(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Stop it first");
    expect(result.stderr).not.toContain("localhost");
  });
});
