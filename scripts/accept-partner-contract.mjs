#!/usr/bin/env node
// Makes the current schema the partner contract baseline. Run it when a
// release goes out, after the contract test passes; the diff of
// packages/schema/partner-contract.graphql is what reviewers check.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const schemaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "packages", "schema");
copyFileSync(path.join(schemaDir, "schema.graphql"), path.join(schemaDir, "partner-contract.graphql"));
console.log("packages/schema/partner-contract.graphql now matches schema.graphql");
