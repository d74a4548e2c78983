import "reflect-metadata";
import path from "node:path";
import { emitSchemaDefinitionFile } from "type-graphql";
import { buildAppSchema } from "../src/composition";

/** Writes packages/schema/schema.graphql from the type-graphql classes: no database, no server. */
export const SCHEMA_FILE = path.resolve(__dirname, "..", "..", "..", "packages", "schema", "schema.graphql");

async function emit() {
  const schema = await buildAppSchema();
  await emitSchemaDefinitionFile(SCHEMA_FILE, schema);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

emit().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
