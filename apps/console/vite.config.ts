import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import { earlyGraphql } from "./earlyGraphql.ts";
import { dashboardReportVariables, dashboardTrendVariables } from "./src/features/wres/dashboardVariables.ts";
import { graphqlDocuments } from "./graphqlDocuments.ts";
import { mantineComponentStyles } from "./mantineComponentStyles.ts";
import { routePreloads } from "./routePreloads.ts";

/**
 * The console talks to the api through this dev server's proxy so that the
 * session cookie stays same-origin (no CORS, SameSite=Strict works).
 */
const apiUrl = process.env.ASCENT_API_URL ?? "http://localhost:4000";
const apiProxy = Object.fromEntries(
  ["/graphql", "/graphiql", "/healthz", "/readyz"].map((path) => [path, { target: apiUrl }]),
);

const artifactDirectory = fileURLToPath(new URL("../../packages/client/src/generated", import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    // Each Mantine component's stylesheet loads with the first chunk that uses the component.
    mantineComponentStyles(),
    // Each page's chunk carries only the GraphQL documents it uses, not @ascent/client's map of all of them.
    graphqlDocuments({ artifactDirectory }),
    // A bookmarked WRES dashboard downloads its page's code alongside the frame's, not after the frame has run (issue 14).
    routePreloads({ "/wres": ["src/features/wres/WresDashboardPage.tsx", "src/features/wres/startDashboardQueries.ts"] }),
    // …and sends its viewer, report and trends queries from index.html, before the frame's scripts have even arrived.
    earlyGraphql({
      artifactDirectory,
      routes: {
        "/wres": [
          { document: "ViewerDocument", variables: () => ({}) },
          { document: "WresReportDocument", variables: dashboardReportVariables },
          { document: "WresTrendsDocument", variables: dashboardTrendVariables },
        ],
      },
    }),
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
        // Mantine, recharts and @mantine/charts have no group on purpose: a group is one chunk of every module it
        // matches, so the first visit would download the components (and charts) of every page. Left to the
        // default splitting, each page's chunk brings the components only it uses and the first download keeps
        // what the frame needs (issue 14: ≤ 200 KiB gzipped JS; bench `--only console`).
        codeSplitting: {
          groups: [
            { name: "graphql", test: /node_modules[\\/](graphql|@urql|urql|wonka)[\\/]/, priority: 30 },
            { name: "react", test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie)[\\/]/, priority: 30 },
            // Everything else the first page load runs (the frame: main.tsx's static imports after tree-shaking) in one
            // chunk, the entry's, instead of a dozen sub-kilobyte chunks it shares with the pages: over HTTP/1.1's six
            // connections each was a queued request on every cold visit (issue 14). Only those modules: a module's imports
            // are `$initial` too, so the group needs no `includeDependenciesRecursively`, which would follow
            // @mantine/core's index to every component and put them all in the first load.
            { name: "frame", tags: ["$initial"], includeDependenciesRecursively: false, priority: 20 },
          ],
        },
      },
    },
  },
});
