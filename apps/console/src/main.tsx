// Mantine's global sheets; each component's own stylesheet comes with the component (mantineComponentStyles.ts).
import "@mantine/core/styles/baseline.css";
import "@mantine/core/styles/default-css-variables.css";
import "@mantine/core/styles/global.css";
import "@mantine/notifications/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { startViewerQuery } from "./app/GraphQLClientProvider";

// Who is signed in is asked now, while the router fetches the first page's code (RequireAuth would ask only after it).
startViewerQuery();

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html has no #root element");

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
