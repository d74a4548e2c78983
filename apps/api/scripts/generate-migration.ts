import fs from "node:fs/promises";
import path from "node:path";
import { pendingSchemaChanges } from "../src/db/schema-diff";
import { withScratchDatabase } from "./with-scratch-database";

/**
 * Writes a migration with the SQL that brings a fully migrated database in
 * line with the entities. Usage: pnpm --filter @ascent/api migration:generate AddCohorts
 */
const MIGRATIONS_DIR = path.resolve(__dirname, "..", "src", "db", "migrations");

async function generate(name: string) {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error("Give the migration a PascalCase name, e.g. AddCohorts");
  const { up, down } = await withScratchDatabase(async (dataSource) => {
    await dataSource.runMigrations({ transaction: "each" });
    return pendingSchemaChanges(dataSource);
  });
  if (up.length === 0) {
    console.log("entities and migrations already agree: nothing to generate");
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name}`;
  const quote = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
  const source = `import { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(quote).join("\n")}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map(quote).join("\n")}
  }
}
`;
  await fs.writeFile(path.join(MIGRATIONS_DIR, `${fileBase}.ts`), source);
  const indexFile = path.join(MIGRATIONS_DIR, "index.ts");
  const index = await fs.readFile(indexFile, "utf8");
  const withImport = `import { ${className} } from "./${fileBase}";\n${index}`;
  const updated = withImport.replace(/export const migrations = \[([^\]]*)\];/, (_all, list: string) => {
    const entries = list.split(",").map((entry) => entry.trim()).filter(Boolean);
    return `export const migrations = [${[...entries, className].join(", ")}];`;
  });
  await fs.writeFile(indexFile, updated);
  console.log(`wrote src/db/migrations/${fileBase}.ts (${up.length} statements); review it, then commit`);
}

generate(process.argv[2] ?? "").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
