#!/usr/bin/env node
// node bench/src/memory-heap-diff.mjs <before.heapsnapshot> <after.heapsnapshot>
// What grew between two heap snapshots (bench --memory-snapshots writes them at
// the half and at the end of the memory section): count and self size by
// constructor, the 25 largest increases.
import { readFileSync } from "node:fs";

export function summarise(snapshot) {
  const { meta } = snapshot.snapshot;
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const byName = new Map();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    const own = snapshot.strings[snapshot.nodes[i + nameAt]];
    // Objects and closures by constructor; V8's internal kinds ("hidden", "code") by their name; strings and numbers as one each.
    const name = type === "object" || type === "closure" ? own : type === "hidden" || type === "code" || type === "object shape" ? `(${type}) ${own.slice(0, 60)}` : `(${type})`;
    const entry = byName.get(name) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += snapshot.nodes[i + sizeAt];
    byName.set(name, entry);
  }
  return byName;
}

export function diff(before, after) {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .map((name) => {
      const a = before.get(name) ?? { count: 0, size: 0 };
      const b = after.get(name) ?? { count: 0, size: 0 };
      return { name, count: b.count - a.count, size: b.size - a.size };
    })
    .sort((x, y) => y.size - x.size);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) {
    console.error("usage: node bench/src/memory-heap-diff.mjs <before.heapsnapshot> <after.heapsnapshot>");
    process.exit(2);
  }
  const rows = diff(summarise(JSON.parse(readFileSync(beforeFile, "utf8"))), summarise(JSON.parse(readFileSync(afterFile, "utf8"))));
  for (const row of rows.slice(0, 25)) console.log(`${(row.size / 1024).toFixed(1).padStart(10)} KiB ${String(row.count).padStart(8)} objects  ${row.name.slice(0, 100)}`);
}
