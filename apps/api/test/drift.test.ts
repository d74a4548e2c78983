import "reflect-metadata";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { emitSchemaDefinitionFile } from "type-graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppDataSource } from "../src/composition";
import { pendingSchemaChanges } from "../src/db/schema-diff";
import { buildAppSchema } from "../src/composition";
import { createTestDatabase } from "./support/test-database";

const COMMITTED_SCHEMA = path.resolve(__dirname, "..", "..", "..", "packages", "schema", "schema.graphql");

describe("drift gates", () => {
  it("the committed schema.graphql is what the type-graphql classes emit", async () => {
    const fresh = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "ascent-schema-")), "schema.graphql");
    await emitSchemaDefinitionFile(fresh, await buildAppSchema());
    const [expected, actual] = await Promise.all([fs.readFile(fresh, "utf8"), fs.readFile(COMMITTED_SCHEMA, "utf8")]);
    expect(actual, "packages/schema/schema.graphql is stale: run `pnpm generate` and commit").toBe(expected);
  });

  describe("migrations", () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    beforeAll(async () => {
      database = await createTestDatabase();
    });
    afterAll(() => database.drop());

    it("after every migration has run, the entities need no further change", async () => {
      const dataSource = createAppDataSource(database.url, { poolSize: 1 });
      await dataSource.initialize();
      try {
        const { up } = await pendingSchemaChanges(dataSource);
        expect(up, "entities and migrations disagree: run `pnpm --filter @ascent/api migration:generate <Name>`").toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    });

    it("every migration can be reverted and applied again", async () => {
      const dataSource = createAppDataSource(database.url, { poolSize: 1 });
      await dataSource.initialize();
      try {
        for (let i = 0; i < dataSource.migrations.length; i += 1) await dataSource.undoLastMigration({ transaction: "each" });
        const tables: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
        expect(tables[0].n).toBe(0);
        await dataSource.runMigrations({ transaction: "each" });
        expect((await pendingSchemaChanges(dataSource)).up).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    });
  });
});
