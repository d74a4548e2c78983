import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, preview } from "vite";
import { findFreePort } from "./freePort";

const CONSOLE_DIR = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningConsole {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Builds the console once and serves the bundle, proxying /graphql to `apiUrl`.
 * Every test opens a fresh browser context with an empty cache: from the dev
 * server that meant hundreds of module requests per page; from a bundle it is
 * a handful. The build keeps development mode (NODE_ENV=development), so the
 * console behaves as `npm start` serves it (the development mailbox included).
 */
export async function startConsole(apiUrl: string): Promise<RunningConsole> {
  // vite.config.ts reads the api address from the environment when it loads.
  process.env.ASCENT_API_URL = apiUrl;
  const outDir = await fs.mkdtemp(path.join(os.tmpdir(), "ascent-console-e2e-"));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "development";
  try {
    await build({
      root: CONSOLE_DIR,
      configFile: `${CONSOLE_DIR}vite.config.ts`,
      mode: "development",
      logLevel: "warn",
      clearScreen: false,
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }

  const port = await findFreePort();
  const server = await preview({
    root: CONSOLE_DIR,
    configFile: `${CONSOLE_DIR}vite.config.ts`,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true },
  });

  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      await fs.rm(outDir, { recursive: true, force: true });
    },
  };
}
