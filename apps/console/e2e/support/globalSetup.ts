import fs from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { ARTIFACTS_DIR } from "./e2eSettings";
import { startApi } from "./startApi";
import { startConsole } from "./startConsole";

/** Starts the api and the console once for all e2e files, and stops both afterwards. */
export default async function setup(project: TestProject) {
  await fs.mkdir(ARTIFACTS_DIR, { recursive: true });
  const apiLog = fileURLToPath(new URL("api.log", ARTIFACTS_DIR));

  const api = await startApi(apiLog);
  let consoleServer;
  try {
    consoleServer = await startConsole(api.url);
  } catch (error) {
    await api.stop();
    throw error;
  }

  project.provide("apiUrl", api.url);
  project.provide("consoleUrl", consoleServer.url);

  return async () => {
    await consoleServer.stop();
    await api.stop();
  };
}
