import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/**
 * Unit tests of the console's plain TypeScript (no browser). They run in
 * Node, so workspace packages need the "source" condition on the server side
 * too. The browser tests have their own config in e2e/.
 */
export default defineConfig({
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
  test: { include: ["src/**/*.test.{ts,tsx}", "*.test.ts"], environment: "node" },
});
