import { fileURLToPath } from "node:url";
import swc from "unplugin-swc";
import { defineConfig } from "vitest/config";

const workspacePackage = (name: string) => fileURLToPath(new URL(`../../packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  plugins: [swc.vite({ module: { type: "es6" } })],
  // Tests run the shared packages from source, as `node --conditions=source` does in development.
  resolve: { alias: { "@ascent/domain": workspacePackage("domain"), "@ascent/metrics": workspacePackage("metrics") } },
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
