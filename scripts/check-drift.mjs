#!/usr/bin/env node
// Regenerates schema.graphql and the typed client, and fails when either
// differs from what is in the working tree (that is, what was committed).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const GENERATED = ["packages/schema/schema.graphql", "packages/client/src/generated"];

function filesUnder(relative) {
  const absolute = path.join(ROOT, relative);
  if (!existsSync(absolute)) return [];
  if (statSync(absolute).isFile()) return [relative];
  return readdirSync(absolute).flatMap((name) => filesUnder(path.join(relative, name)));
}

function snapshot() {
  return new Map(GENERATED.flatMap(filesUnder).map((file) => [file, readFileSync(path.join(ROOT, file), "utf8")]));
}

function run(args) {
  const result = spawnSync("npx", ["-y", "pnpm@10.34.8", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const before = snapshot();
run(["--filter", "@ascent/api", "emit-schema"]);
run(["--filter", "@ascent/client", "codegen"]);
const after = snapshot();

const changed = [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file));
if (changed.length > 0) {
  console.error("✖ generated code drifted from its source; regenerated now, review and commit:");
  for (const file of changed) console.error(`   ${file}`);
  process.exit(1);
}
console.log(`✔ schema and client match their source (${after.size} generated files checked)`);
