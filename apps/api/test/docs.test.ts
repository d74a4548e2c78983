import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A clone of the repository is all a reader or CI has: nothing may point to
 * the design folder beside it, and every relative link in the docs must land
 * on a file (and heading) that the repository holds.
 */

const ROOT = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: __dirname, encoding: "utf8" }).trim();

// Spelt in two parts so that this file does not match itself.
const OUTSIDE_FOLDER = [".." + "/shared", "/work" + "/shared"];

/** Tracked files (as git grep sees the working tree) that mention the text, binary files included. */
function trackedFilesMentioning(text: string): string[] {
  const result = spawnSync("git", ["grep", "--files-with-matches", "--fixed-strings", "--text", "-e", text], { cwd: ROOT, encoding: "utf8" });
  if (result.status === 1) return [];
  if (result.status !== 0) throw new Error(`git grep failed: ${result.stderr}`);
  return result.stdout.split("\n").filter(Boolean);
}

/** README.md and every docs/*.md present now, so docs added later are checked without listing them here. */
function markdownFiles(): string[] {
  const docs = fs.existsSync(path.join(ROOT, "docs")) ? fs.readdirSync(path.join(ROOT, "docs")).filter((name) => name.endsWith(".md")) : [];
  return ["README.md", ...docs.sort().map((name) => `docs/${name}`)];
}

/** The text outside fenced code blocks, with inline code removed: links and headings in code are examples, not links. */
function proseLines(markdown: string): string[] {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence === null) lines.push(line.replace(/(`+)[^`]*?\1/g, ""));
  }
  return lines;
}

/** Inline links and images `[text](target "title")`, and reference definitions `[label]: target`. */
function linkTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const line of proseLines(markdown)) {
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)) targets.push(match[1]);
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(line);
    if (definition) targets.push(definition[1]);
  }
  return targets;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");

/** GitHub's heading ids: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fence: string | null = null;
  for (const line of markdown.split("\n")) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null) continue;
    for (const explicit of line.matchAll(/<a\s+(?:name|id)="([^"]+)"/g)) anchors.add(explicit[1]);
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]+>/g, "");
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** What is wrong with one relative link from `file`, or null when it lands. */
function brokenLink(file: string, target: string): string | null {
  const [rawPath, rawAnchor] = target.split("#", 2) as [string, string | undefined];
  const resolved = rawPath === "" ? path.join(ROOT, file) : path.resolve(path.dirname(path.join(ROOT, file)), decodeURIComponent(rawPath));
  const relative = path.relative(ROOT, resolved);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return `${target} leaves the repository`;
  if (!fs.existsSync(resolved)) return `${target}: no such file ${relative}`;
  if (rawAnchor && resolved.endsWith(".md") && !headingAnchors(fs.readFileSync(resolved, "utf8")).has(decodeURIComponent(rawAnchor))) {
    return `${target}: ${relative} has no heading #${rawAnchor}`;
  }
  return null;
}

describe("documentation inside the repository", () => {
  it("no tracked file points to the design folder outside the repository", () => {
    for (const text of OUTSIDE_FOLDER) expect(trackedFilesMentioning(text), text).toEqual([]);
  });

  it("the check finds a mention when there is one", () => {
    expect(trackedFilesMentioning("## Two commands")).toContain("README.md");
  });

  it("every relative link in README.md and docs/*.md lands on a file and heading of the repository", () => {
    const files = markdownFiles();
    expect(files).toContain("docs/domain.md");
    const broken = files.flatMap((file) =>
      linkTargets(fs.readFileSync(path.join(ROOT, file), "utf8"))
        .filter((target) => !isExternal(target))
        .map((target) => brokenLink(file, target))
        .filter((problem): problem is string => problem !== null)
        .map((problem) => `${file}: ${problem}`),
    );
    expect(broken).toEqual([]);
  });

  it("the link check recognises links, anchors and broken targets", () => {
    const sample = "See [a](docs/domain.md#rules-that-must-hold), ![b](./missing.png \"title\") and `[c](nowhere.md)`.\n\n```\n[d](also-nowhere.md)\n```\n[e]: https://example.org\n";
    expect(linkTargets(sample)).toEqual(["docs/domain.md#rules-that-must-hold", "./missing.png", "https://example.org"]);
    expect(brokenLink("README.md", "docs/domain.md#rules-that-must-hold")).toBeNull();
    expect(brokenLink("README.md", "docs/domain.md#no-such-heading")).toMatch(/no heading/);
    expect(brokenLink("README.md", "./missing.png")).toMatch(/no such file/);
    expect(brokenLink("docs/domain.md", "../../outside.md")).toMatch(/leaves the repository/);
    expect(headingAnchors("## What `npm test` runs\n## Who may do what\n## Who may do what\n")).toEqual(new Set(["what-npm-test-runs", "who-may-do-what", "who-may-do-what-1"]));
  });
});
