#!/usr/bin/env node
// Measures `npm start` from installed to serving: the time until the api
// answers /readyz and the console answers its first page. Runs it twice:
// cold (a new data folder: initdb, migrations, demo data) and warm (again).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function until(url, deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer in time`);
}

async function measure(dataDir) {
  const [apiPort, consolePort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/ascent.mjs", "start"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", ASCENT_DATA_DIR: dataDir, ASCENT_PG_PORT: "0", PORT: String(apiPort), ASCENT_CONSOLE_PORT: String(consolePort), LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  const deadline = Date.now() + 60_000;
  await Promise.all([until(`http://127.0.0.1:${apiPort}/readyz`, deadline), until(`http://127.0.0.1:${consolePort}/`, deadline)]);
  const seconds = (performance.now() - started) / 1000;
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  return seconds;
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "ascent-bench-"));
try {
  const cold = await measure(dataDir);
  const warm = await measure(dataDir);
  console.log(`cold start (new data folder: initdb, migrations, demo data): ${cold.toFixed(2)} s`);
  console.log(`warm start (existing data folder):                          ${warm.toFixed(2)} s`);
  console.log(`target: 10 s or less; cold/target ratio ${(cold / 10).toFixed(2)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
