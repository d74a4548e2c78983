import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Browser tests: a real api (with its own embedded PostgreSQL and demo data),
 * the console built once and served by Vite's preview server, and Debian's Chromium driven by
 * playwright-core. Files run one at a time: they share one api and database. They also share one worker
 * (isolate: false), so playwright-core, axe-core and one Chromium are loaded once for the run instead of once
 * per file (see browserForRun); every test still opens a fresh browser context.
 */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    // A feature may keep its browser tests in its own folder (src/features/<feature>/e2e/).
    include: ["e2e/**/*.e2e.ts", "src/features/*/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["e2e/support/globalSetup.ts"],
    fileParallelism: false,
    isolate: false,
    // Generous: on a busy 2-core machine a first page with its data can take tens of seconds.
    testTimeout: 120_000,
    // expect.poll waits for what the page fetches: one second (the default) is too short on a busy machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    // Starting PostgreSQL, migrating and seeding on a 2-core machine can take a while.
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: ["default"],
  },
});
