#!/usr/bin/env node
// Summarises a V8 .cpuprofile: self time by package (node_modules/<name>,
// the api's own files, node internals, GC) and the top functions.
//   node bench/src/profile-summary.mjs bench/results/profiles/<file>.cpuprofile
//   node bench/src/profile-summary.mjs --window <file>   # only while GraphQL requests were answered, idle excluded
import { readFileSync } from "node:fs";

export function summarise(profile, { window = false } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  let [first, last] = [0, profile.samples.length - 1];
  if (window) {
    // Only while requests were answered: from the first to the last sample inside Apollo's request pipeline, idle excluded.
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const inPipeline = (id) => {
      for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === "processGraphQLRequest") return true;
      return false;
    };
    first = profile.samples.findIndex(inPipeline);
    last = profile.samples.findLastIndex(inPipeline);
  }
  for (let i = first; i >= 0 && i <= last; i += 1) {
    if (window && byId.get(profile.samples[i]).callFrame.functionName === "(idle)") continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const groups = new Map();
  const functions = new Map();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    const url = callFrame.url;
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    const group = pkg ?? (url.includes("/apps/api/") ? "api (own code)" : url.startsWith("node:") ? "node internals" : callFrame.functionName.startsWith("(") ? callFrame.functionName : "other");
    groups.set(group, (groups.get(group) ?? 0) + us);
    const fn = `${callFrame.functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, percent: (100 * us) / total }));
  return { totalMs: total / 1000, groups: top(groups, 15), functions: top(functions, 25) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const window = process.argv.includes("--window");
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  const summary = summarise(JSON.parse(readFileSync(file, "utf8")), { window });
  console.log(`total sampled ${summary.totalMs.toFixed(0)} ms\nby package (self time):`);
  for (const g of summary.groups) console.log(`  ${g.percent.toFixed(1).padStart(5)}%  ${g.name}`);
  console.log("top functions (self time):");
  for (const f of summary.functions) console.log(`  ${f.percent.toFixed(1).padStart(5)}%  ${f.name}`);
}
