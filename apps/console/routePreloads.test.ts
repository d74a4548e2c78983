import path from "node:path";
import { describe, expect, it } from "vitest";
import { routePreloads } from "./routePreloads.ts";

const root = "/console";
const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], extra: { isEntry?: boolean; facadeModuleId?: string | null; css?: string[] } = {}) => ({
  type: "chunk" as const,
  fileName,
  isEntry: extra.isEntry ?? false,
  facadeModuleId: extra.facadeModuleId ?? null,
  moduleIds: moduleIds.map((id) => path.resolve(root, id)),
  imports,
  viteMetadata: { importedCss: new Set(extra.css ?? []) },
});

/** The preload lists the plugin's inline script carries, by pathname. */
function preloads(routes: Record<string, string | string[]>, chunks: ReturnType<typeof chunk>[]) {
  const plugin = routePreloads(routes);
  (plugin.configResolved as unknown as (config: { root: string; base: string }) => void)({ root, base: "/" });
  const hook = plugin.transformIndexHtml as unknown as { handler: (html: string, context: { bundle: Record<string, unknown> }) => Array<{ children: string }> };
  const [tag] = hook.handler("<html></html>", { bundle: Object.fromEntries(chunks.map((c) => [c.fileName, c])) });
  return JSON.parse(/var p=(\{.*?\})\[location\.pathname\]/.exec(tag.children)![1]) as Record<string, { js: string[]; css: string[] }>;
}

describe("routePreloads", () => {
  const entry = chunk("assets/index.js", ["src/main.tsx", "src/app/App.tsx"], ["assets/react.js"], { isEntry: true, facadeModuleId: path.resolve(root, "src/main.tsx") });
  const react = chunk("assets/react.js", ["node_modules/react/index.js"]);

  it("preloads a page's chunk and what it imports, not what the entry already loads", () => {
    const page = chunk("assets/Page.js", ["src/Page.tsx"], ["assets/Select.js", "assets/index.js"], { facadeModuleId: path.resolve(root, "src/Page.tsx"), css: ["assets/Page.css"] });
    const select = chunk("assets/Select.js", ["node_modules/select.js"], ["assets/react.js"], { css: ["assets/Select.css"] });
    expect(preloads({ "/page": "src/Page.tsx" }, [entry, react, page, select])["/page"]).toEqual({
      js: ["/assets/Page.js", "/assets/Select.js"],
      css: ["/assets/Page.css", "/assets/Select.css"],
    });
  });

  it("finds a page that a code-splitting group moved into a chunk it does not name", () => {
    const grouped = chunk("assets/wres.js", ["src/features/wres/Helpers.ts", "src/Page.tsx"], ["assets/index.js"]);
    expect(preloads({ "/page": "src/Page.tsx" }, [entry, react, grouped])["/page"]).toEqual({ js: ["/assets/wres.js"], css: [] });
  });

  it("says which page it cannot find", () => {
    expect(() => preloads({ "/page": "src/Missing.tsx" }, [entry, react])).toThrow(/no chunk for src\/Missing\.tsx/);
  });
});
