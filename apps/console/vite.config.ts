import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import { graphqlDocuments } from "./graphqlDocuments";

/**
 * The console talks to the api through this dev server's proxy so that the
 * session cookie stays same-origin (no CORS, SameSite=Strict works).
 */
const apiUrl = process.env.ASCENT_API_URL ?? "http://localhost:4000";
const apiProxy = Object.fromEntries(
  ["/graphql", "/graphiql", "/healthz", "/readyz"].map((path) => [path, { target: apiUrl }]),
);

export default defineConfig({
  plugins: [
    react(),
    // Each page's chunk carries only the GraphQL documents it uses, not @ascent/client's map of all of them.
    graphqlDocuments({ artifactDirectory: fileURLToPath(new URL("../../packages/client/src/generated", import.meta.url)) }),
  ],
  resolve: {
    // Workspace packages expose their TypeScript source under the "source" condition.
    conditions: ["source", ...defaultClientConditions],
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // Higher priority claims a module (and its dependencies) first: React and Mantine before the charts,
            // so that charts (recharts, @mantine/charts) load with the WRES pages only.
            { name: "mantine", test: /node_modules[\\/]@mantine[\\/](?!charts[\\/])/, priority: 20 },
            { name: "graphql", test: /node_modules[\\/](graphql|@urql|urql|wonka)[\\/]/, priority: 30 },
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie)[\\/]/, priority: 30 },
            { name: "charts", test: /node_modules[\\/](@mantine[\\/]charts|recharts)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
