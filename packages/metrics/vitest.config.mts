import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Tests run @ascent/domain from source, as `node --conditions=source` does in development.
  resolve: {
    alias: { "@ascent/domain": fileURLToPath(new URL("../domain/src/index.ts", import.meta.url)) },
  },
  test: { include: ["src/**/*.test.ts"] },
});
