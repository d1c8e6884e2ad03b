import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/*
 * A clone is all a reader has: every relative link in the repository's Markdown must land inside it, on a file
 * or folder that exists. Links to the web (https:, mailto:) and to a heading of the same page (#...) are not
 * checked.
 */

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SKIP = new Set(["node_modules", "dist", ".git", "test-results", "data", "coverage"]);

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });

/** Inline links and images `[text](target "title")`, reference definitions `[label]: target`, and `href="..."`. */
const linkTargets = (markdown: string): string[] => {
  // Code is not a link: drop fenced blocks and inline code first.
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
  const targets: string[] = [];
  for (const [, target] of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g))
    if (target) targets.push(target);
  for (const [, target] of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm))
    if (target) targets.push(target);
  for (const [, target] of text.matchAll(/\b(?:href|src)="([^"]+)"/g)) if (target) targets.push(target);
  return targets;
};

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#");

/** Where a relative link points on disk (a leading / means the repository's root, as on a code host). */
const resolveTarget = (file: string, target: string): string => {
  const path = decodeURIComponent(target.split(/[#?]/)[0] ?? "");
  return path.startsWith("/") ? join(ROOT, path) : resolve(dirname(file), path);
};

const FILES = markdownFiles(ROOT).map((file) => relative(ROOT, file));

describe("links in the repository's Markdown", () => {
  it("finds the Markdown files and their links", () => {
    expect(FILES).toContain("README.md");
    expect(linkTargets("[a](../x.md) [b](https://example.org) `[c](../code.md)`\n[d]: ./y.md\n")).toEqual([
      "../x.md",
      "https://example.org",
      "./y.md",
    ]);
  });

  it.each(FILES)("%s links nothing outside the repository", (file) => {
    const absolute = join(ROOT, file);
    const escaping = linkTargets(readFileSync(absolute, "utf8"))
      .filter((target) => !isExternal(target))
      .filter((target) => {
        const inside = relative(ROOT, resolveTarget(absolute, target));
        return inside.startsWith("..") || isAbsolute(inside);
      });
    expect(escaping, "copy what they point at into the repository (docs/, docs/sources/) and link that").toEqual([]);
  });

  it.each(FILES)("%s links only files and folders that exist", (file) => {
    const absolute = join(ROOT, file);
    const missing = linkTargets(readFileSync(absolute, "utf8"))
      .filter((target) => !isExternal(target) && target.split(/[#?]/)[0] !== "")
      .filter((target) => !existsSync(resolveTarget(absolute, target)));
    expect(missing).toEqual([]);
  });
});
