// Small measuring pieces, kept free of process management so a fast test can check them.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * CPU time (user + system, ms) a process has used so far, from /proc; 0 where /proc is missing. With
 * `reapedChildren`, also the time of its children that have exited and been waited for (cutime + cstime).
 */
export function cpuMs(pid, { reapedChildren = false } = {}) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]) + (reapedChildren ? Number(fields[13]) + Number(fields[14]) : 0);
    return (ticks * 1000) / 100; // clock ticks are 1/100 s on Linux
  } catch {
    return 0;
  }
}

/** The children of a process (the postmaster's backends), from /proc. */
export function childPids(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/**
 * PostgreSQL's CPU: the postmaster with the backends it has reaped, and every live backend. A backend that
 * exits between two readings moves its time into the postmaster's reaped-children figure, so the total
 * only grows (summing live processes alone went negative when a pool closed idle connections).
 */
export const postgresCpuMs = (postmasterPid) => childPids(postmasterPid).reduce((sum, pid) => sum + cpuMs(pid), cpuMs(postmasterPid, { reapedChildren: true }));

/**
 * What a first visit downloads: the entry script, its modulepreloads and the
 * stylesheets index.html names, gzipped (level 9, as a server would).
 */
export function firstLoadBytes(distDir) {
  const html = readFileSync(path.join(distDir, "index.html"), "utf8");
  const refs = new Set();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.add(match[1]);
  const sum = { js: 0, css: 0, jsRaw: 0, cssRaw: 0, files: [] };
  for (const ref of refs) {
    const file = readFileSync(path.join(distDir, ref.replace(/^\//, "")));
    const gz = gzipSync(file, { level: 9 }).length;
    const kind = ref.endsWith(".css") ? "css" : "js";
    sum[kind] += gz;
    sum[`${kind}Raw`] += file.length;
    sum.files.push({ ref, gz });
  }
  return sum;
}

/** The stampede bench's printed figures. */
export function parseStampede(text) {
  const number = (pattern) => {
    const match = pattern.exec(text);
    return match ? Number(match[1]) : NaN;
  };
  return {
    p50Ms: number(/p50 (\d+(?:\.\d+)?) ms/),
    p99Ms: number(/p99 (\d+(?:\.\d+)?) ms/),
    perSecond: number(/throughput (\d+(?:\.\d+)?) applications\/s/),
    errors: number(/errors (\d+)/),
    offered: number(/: (\d+) offered/),
    stored: number(/stored (\d+)/),
  };
}

/** The WRES bench's database-path lines: each year's load + benchmarks, and all years at once. */
export function parseWres(text) {
  const years = [...text.matchAll(/(\d{4}): load \+ England \+ \d+ regions\s+(\d+(?:\.\d+)?) ms/g)].map((m) => Number(m[2]));
  const all = /all \d+ years in one query \+ England \+ regions for each: (\d+(?:\.\d+)?) ms/.exec(text);
  return { perYearMaxMs: years.length ? Math.max(...years) : NaN, allYearsMs: all ? Number(all[1]) : NaN };
}

export const fmt = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : "n/a");
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A markdown table from a header row and rows. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * The WRES bench's HTTP table (part 4, apps/api/scripts/bench-wres-http.ts):
 * each query's median round trip with the year cache off and on.
 */
export function parseWresHttp(text) {
  const rows = [];
  for (const match of text.matchAll(/^(wres\w+.*?)\s+(\d+(?:\.\d+)?) ms\s+(\d+(?:\.\d+)?) ms\s+\d+(?:\.\d+)?x\s*$/gm)) {
    rows.push({ query: match[1].trim(), cacheOffMs: Number(match[2]), cacheOnMs: Number(match[3]) });
  }
  return rows;
}
