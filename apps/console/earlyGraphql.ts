import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { readDocuments } from "./graphqlDocuments.ts";

/** A query a bookmarked page asks for before any of the console's code has run. */
export interface EarlyQuery {
  /** The client preset's document name in generated/graphql.ts, e.g. "WresReportDocument". */
  document: string;
  /**
   * The query's variables from the address, as the page will ask for them, or null for none: a plain function
   * `(params: URLSearchParams) => object | null` that uses nothing outside itself (its source is copied into
   * index.html). Variables the page then asks with differently just go unused: the page fetches its own.
   */
  variables: (params: URLSearchParams) => Record<string, unknown> | null;
}

/**
 * For the addresses named here, index.html gets a small inline script that
 * POSTs the page's first GraphQL queries while the HTML is still being read,
 * before the frame's scripts have downloaded, let alone run (issue 14: on a
 * cold first visit they ran only after about a second). Each answer waits in
 * `window.__ascentEarlyGraphql` under the operation's name and variables; the
 * console's urql client takes it from there once, instead of fetching the same
 * query itself (lib/earlyGraphql.ts). The query text is urql's own
 * (`formatDocument`: with `__typename`), so the document cache sees the same
 * answer as from a fetch of its own.
 */
export function earlyGraphql({ artifactDirectory, routes }: { artifactDirectory: string; routes: Record<string, EarlyQuery[]> }): Plugin {
  return {
    name: "ascent-early-graphql",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      async handler() {
        const { formatDocument, stringifyDocument, getOperationName } = await import("urql");
        const documents = readDocuments(readFileSync(path.join(artifactDirectory, "graphql.ts"), "utf8"));
        const byRoute: Record<string, string> = {};
        for (const [pathname, queries] of Object.entries(routes)) {
          const entries = queries.map(({ document, variables }) => {
            const text = documents.get(document);
            if (!text) throw new Error(`earlyGraphql: no document ${document} in ${artifactDirectory}; run the client's codegen`);
            const formatted = formatDocument(JSON.parse(text));
            const operationName = getOperationName(formatted);
            if (!operationName) throw new Error(`earlyGraphql: ${document} has no operation name`);
            return `[${JSON.stringify(operationName)},${JSON.stringify(stringifyDocument(formatted))},${variables.toString()}]`;
          });
          byRoute[pathname] = `[${entries.join(",")}]`;
        }
        const table = `{${Object.entries(byRoute)
          .map(([pathname, entries]) => `${JSON.stringify(pathname)}:${entries}`)
          .join(",")}}`;
        // The key is the operation's name and its variables with sorted keys: lib/earlyGraphql.ts's earlyKey.
        const script =
          `(function(){var r=${table}[location.pathname];if(!r||!window.fetch)return;var q=new URLSearchParams(location.search),s=window.__ascentEarlyGraphql={};` +
          `r.forEach(function(e){var v;try{v=e[2](q)}catch(x){v=null}if(!v)return;` +
          `var p=fetch("/graphql",{method:"POST",credentials:"same-origin",` +
          `headers:{"content-type":"application/json",accept:"application/graphql-response+json, application/json"},` +
          `body:JSON.stringify({operationName:e[0],query:e[1],variables:v})});` +
          // A failure is met by the client (it then fetches the query itself); not an unhandled rejection meanwhile.
          `p.catch(function(){});s[e[0]+"|"+JSON.stringify(v,Object.keys(v).sort())]=p})})()`;
        return [{ tag: "script", children: script, injectTo: "head-prepend" }];
      },
    },
  };
}
