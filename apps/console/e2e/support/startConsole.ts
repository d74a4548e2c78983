import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import { findFreePort } from "./freePort";

const CONSOLE_DIR = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningConsole {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the console's Vite dev server, proxying /graphql to `apiUrl`. */
export async function startConsole(apiUrl: string): Promise<RunningConsole> {
  // vite.config.ts reads the api address from the environment when it loads.
  process.env.ASCENT_API_URL = apiUrl;
  const port = await findFreePort();
  const server = await createServer({
    root: CONSOLE_DIR,
    configFile: `${CONSOLE_DIR}vite.config.ts`,
    logLevel: "warn",
    clearScreen: false,
    server: {
      host: "127.0.0.1",
      port,
      strictPort: true,
      hmr: false,
      // Transform every source file up front so the first page load is quick and finds every dependency.
      warmup: { clientFiles: ["./src/**/*.tsx", "./src/**/*.ts"] },
    },
  });
  await server.listen();
  const url = `http://127.0.0.1:${port}`;

  await server.warmupRequest("/src/main.tsx");

  return { url, stop: () => server.close() };
}
