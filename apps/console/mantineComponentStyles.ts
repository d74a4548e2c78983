import path from "node:path";
import type { Plugin } from "vite";

/**
 * Each Mantine component brings its own stylesheet, so a page's CSS follows
 * its code: the first visit downloads the styles of the frame's components,
 * not all of @mantine/core/styles.css.
 *
 * Every component's class names live in `@mantine/core/esm/…/<Name>.module.mjs`,
 * and its rules in `@mantine/core/styles/<Name>.css` (Mantine's "import styles
 * per component"). This plugin adds that stylesheet's import to the class-name
 * module, so the CSS lands in whichever chunk uses the component, after the
 * styles of the components it builds on (its imports come first). src/main.tsx
 * imports the three global sheets (baseline, CSS variables, global classes).
 */
export function mantineComponentStyles(): Plugin {
  return {
    name: "ascent-mantine-component-styles",
    transform(code, id) {
      const match = /^(.*[\\/]@mantine[\\/]core)[\\/]esm[\\/].*[\\/](\w+)\.module\.mjs$/.exec(id.split("?")[0]);
      if (!match) return undefined;
      const stylesheet = path.join(match[1], "styles", `${match[2]}.css`).split(path.sep).join(path.posix.sep);
      return { code: `import ${JSON.stringify(stylesheet)};\n${code}`, map: null };
    },
  };
}
