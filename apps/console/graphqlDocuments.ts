import { readFileSync } from "node:fs";
import path from "node:path";
import { transformAsync } from "@babel/core";
import { babelOptimizerPlugin } from "@graphql-codegen/client-preset";
import type { Plugin } from "vite";

const VIRTUAL_PREFIX = "virtual:graphql-document/";
const RESOLVED_PREFIX = "\0graphql-document:";

/**
 * One module per GraphQL document, so that each page's chunk carries only the
 * documents it uses.
 *
 * `@ascent/client` writes its operations as `graphql(\`query …\`)` calls,
 * which look the text up in the client preset's map of every document
 * (generated/gql.ts): whoever imports one operation downloads all of them.
 * This plugin runs the client preset's own babel plugin over those files,
 * which replaces each call by an import of its document (`MyAccountDocument`
 * from generated/graphql.ts), and then points each such import at a module of
 * its own holding just that document (copied from generated/graphql.ts, where
 * codegen has already inlined the fragments it spreads).
 */
export function graphqlDocuments({ artifactDirectory }: { artifactDirectory: string }): Plugin {
  const generatedFile = path.join(artifactDirectory, "graphql.ts");
  const generatedModule = path.join(artifactDirectory, "graphql");
  let documents: Map<string, string> | undefined;

  const documentText = (name: string): string => {
    documents ??= readDocuments(readFileSync(generatedFile, "utf8"));
    const text = documents.get(name);
    if (!text) throw new Error(`graphqlDocuments: ${generatedFile} has no document ${name}; run the client's codegen`);
    return text;
  };

  return {
    name: "ascent-graphql-documents",
    resolveId(source) {
      return source.startsWith(VIRTUAL_PREFIX) ? RESOLVED_PREFIX + source.slice(VIRTUAL_PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      this.addWatchFile(generatedFile);
      const name = id.slice(RESOLVED_PREFIX.length);
      return { code: `export const ${name} = ${documentText(name)};\n`, moduleSideEffects: false };
    },
    watchChange(id) {
      if (id === generatedFile) documents = undefined;
    },
    async transform(code, id) {
      const file = id.split("?")[0];
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes("/node_modules/") || file.startsWith(artifactDirectory)) return undefined;
      if (!/\bgraphql\(\s*`/.test(code)) return undefined;

      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ["typescript", "jsx"] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: "graphql" }]],
      });
      if (!result?.code) throw new Error(`graphqlDocuments: babel returned nothing for ${file}`);

      let output = result.code.replace(/^import \{ (\w+) \} from "([^"]+)";$/gm, (line, name: string, source: string) =>
        path.resolve(path.dirname(file), source) === generatedModule ? `import { ${name} } from "${VIRTUAL_PREFIX}${name}";` : line,
      );
      if (/\bgraphql\(\s*`/.test(output)) throw new Error(`graphqlDocuments: a graphql(\`…\`) call in ${file} was not replaced by its document`);
      // The calls are gone: drop the import of the map of every document too.
      output = output.replace(/^import \{ graphql \} from "[^"]+";$/m, "");
      return { code: output, map: result.map, moduleSideEffects: false };
    },
  };
}

/** Each `export const XDocument = {…} as unknown as DocumentNode<…>;` of the client preset's generated/graphql.ts, by name. */
export function readDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const match of source.matchAll(/^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm)) {
    documents.set(match[1], match[2]);
  }
  return documents;
}
