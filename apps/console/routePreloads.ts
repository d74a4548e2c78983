import path from "node:path";
import type { Plugin } from "vite";

interface OutputChunkLike {
  type: "chunk";
  fileName: string;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * Pages load on first visit (lazyPage), so a bookmarked page's code is asked
 * for only once the frame's scripts have run and the router has matched the
 * address. For the addresses named here, index.html gets a small inline
 * script that, while the HTML is still being read, adds `<link
 * rel="modulepreload">` for the page's chunk and the chunks it imports (and a
 * preload of its stylesheets), so they download alongside the frame's. The
 * script comes first in <head>: after a stylesheet it would wait for it.
 * `routes` maps an exact pathname to the page's module, relative to the
 * console's root (or several modules: the page and what its route's `lazy`
 * also imports): { "/wres": "src/features/wres/WresDashboardPage.tsx" }.
 */
export function routePreloads(routes: Record<string, string | string[]>): Plugin {
  let root = process.cwd();
  let base = "/";
  return {
    name: "ascent-route-preloads",
    apply: "build",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const bundle = context.bundle;
        if (!bundle) return undefined;
        const chunks = Object.values(bundle).filter((item): item is OutputChunkLike & (typeof bundle)[string] => item.type === "chunk");
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        // What index.html already loads: the entry and everything it imports.
        const closure = (start: string[], into = new Set<string>()) => {
          for (const file of start) {
            if (into.has(file)) continue;
            into.add(file);
            closure(byFile.get(file)?.imports ?? [], into);
          }
          return into;
        };
        const loaded = closure(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const preloads: Record<string, { js: string[]; css: string[] }> = {};
        for (const [pathname, modules] of Object.entries(routes)) {
          const pages = [modules].flat().map((module) => {
            const id = path.resolve(root, module);
            // The page's own chunk, or the chunk a code-splitting group put it in.
            const page = chunks.find((chunk) => chunk.facadeModuleId === id) ?? chunks.find((chunk) => chunk.moduleIds.includes(id));
            if (!page) throw new Error(`routePreloads: no chunk for ${module} (is it loaded with import()?)`);
            return page.fileName;
          });
          const files = [...closure(pages)].filter((file) => !loaded.has(file));
          preloads[pathname] = {
            js: files.map((file) => base + file),
            css: files.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]).map((file) => base + file),
          };
        }
        const script =
          `(function(){var p=${JSON.stringify(preloads)}[location.pathname];if(!p)return;` +
          `function l(r,h,a){var e=document.createElement("link");e.rel=r;e.href=h;e.crossOrigin="";if(a)e.as=a;document.head.appendChild(e)}` +
          `p.js.forEach(function(h){l("modulepreload",h)});p.css.forEach(function(h){l("preload",h,"style")})})()`;
        return [{ tag: "script", children: script, injectTo: "head-prepend" }];
      },
    },
  };
}
