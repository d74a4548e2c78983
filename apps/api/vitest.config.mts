import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const workspacePackage = (name: string) => fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  plugins: [swc.vite({ module: { type: "es6" } })],
  // Tests run the shared packages from source, as `node --conditions=source` does in development.
  resolve: {
    alias: [
      { find: "@ascent/domain", replacement: workspacePackage("domain") },
      { find: "@ascent/metrics", replacement: workspacePackage("metrics") },
      { find: "@ascent/client", replacement: workspacePackage("client") },
      // One graphql for everyone: type-graphql and Apollo load its CommonJS build,
      // so our code must too, or instanceof checks fail across the two copies.
      { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["reflect-metadata"],
    // Two cores: a pair of files at a time, each with its own database.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
