import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

/**
 * The console talks to the api through this dev server's proxy so that the
 * session cookie stays same-origin (no CORS, SameSite=Strict works).
 */
const apiUrl = process.env.ASCENT_API_URL ?? "http://localhost:4000";
const apiPaths = ["/graphql", "/graphiql", "/healthz", "/readyz"];

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages expose their TypeScript source under the "source" condition.
    conditions: ["source", ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: apiUrl, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: apiUrl, changeOrigin: false }])),
  },
});
