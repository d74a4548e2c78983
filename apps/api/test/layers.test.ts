import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** Lints `code` as if it were the file at `file` (relative to the repository root), with the repository's config. */
async function restrictedImports(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

// ESLint parses every infrastructure and module file: a generous timeout for a busy machine.
describe("layering (eslint.layers.mjs)", { timeout: 120_000 }, () => {
  it("refuses a feature import in graphql/, db/ and http/", async () => {
    for (const file of ["apps/api/src/graphql/example.ts", "apps/api/src/db/example.ts", "apps/api/src/http/example.ts"]) {
      expect(await restrictedImports(file, 'import { User } from "../modules/user";\nexport const x = User;\n'), file).toHaveLength(1);
    }
    expect(await restrictedImports("apps/api/src/graphql/loaders/example.ts", 'import { User } from "../../modules/user/user.entity";\nexport const x = User;\n')).toHaveLength(1);
  });

  it("refuses one module reaching into another's files, and allows its index", async () => {
    expect(await restrictedImports("apps/api/src/modules/cohort/example.ts", 'import { User } from "../user/user.entity";\nexport const x = User;\n')).toHaveLength(1);
    expect(await restrictedImports("apps/api/src/modules/cohort/dto/example.ts", 'import { User } from "../../user/user.entity";\nexport const x = User;\n')).toHaveLength(1);
    expect(await restrictedImports("apps/api/src/modules/cohort/example.ts", 'import { User } from "../user";\nimport { x as y } from "./cohort.rules";\nexport const x = [User, y];\n')).toEqual([]);
    expect(await restrictedImports("apps/api/src/modules/cohort/example.ts", 'import { Allow } from "../../graphql/auth-checker";\nexport const x = Allow;\n')).toEqual([]);
  });

  it("refuses packages importing apps, and console components/lib importing features", async () => {
    expect(await restrictedImports("packages/domain/src/example.ts", 'import { x } from "../../../apps/api/src/config";\nexport const y = x;\n')).toHaveLength(1);
    expect(await restrictedImports("apps/console/src/components/Example.tsx", 'import { x } from "../features/users";\nexport const y = x;\n')).toHaveLength(1);
    expect(await restrictedImports("apps/console/src/lib/example.ts", 'import { x } from "../features/users/UsersPage";\nexport const y = x;\n')).toHaveLength(1);
    expect(await restrictedImports("apps/console/src/features/cohorts/Example.tsx", 'import { x } from "../programmes/ProgrammeForm";\nexport const y = x;\n')).toHaveLength(1);
  });

  it("finds no wrong import in the repository's own infrastructure", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(["apps/api/src/graphql", "apps/api/src/db", "apps/api/src/http", "apps/api/src/modules"]);
    const wrong = results.flatMap((result) => result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => `${path.relative(ROOT, result.filePath)}: ${m.message}`));
    expect(wrong).toEqual([]);
  });
});
