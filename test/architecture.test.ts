import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGES = {
  model: "packages/model",
  rules: "packages/rules",
  report: "packages/report",
  api: "apps/api",
  cli: "apps/cli",
  web: "apps/web",
} as const;
/** Which workspace packages each may import: model <- rules <- report <- api, cli; web uses model. */
const ALLOWED: Record<keyof typeof PACKAGES, string[]> = {
  model: [],
  rules: ["model"],
  report: ["model", "rules"],
  api: ["model", "rules", "report"],
  cli: ["model", "rules", "report"],
  web: ["model"],
};

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

describe("dependency direction", () => {
  it.each(Object.entries(PACKAGES))("%s imports only the packages below it, through their entries", (name, dir) => {
    const allowed = ALLOWED[name as keyof typeof PACKAGES];
    for (const file of sources(join(ROOT, dir))) {
      const text = readFileSync(file, "utf8");
      for (const [, target] of text.matchAll(/from\s+["']@platform-advisor\/([\w-]+)/g)) {
        expect(allowed, `${relative(ROOT, file)} imports @platform-advisor/${target}`).toContain(target);
      }
      for (const [, path] of text.matchAll(/from\s+["'](\.\.\/[^"']*)["']/g)) {
        expect(path, `${relative(ROOT, file)} reaches out of its package`).not.toMatch(/\.\.\/\.\.\/(packages|apps)\//);
      }
    }
  });

  it("keeps the model on zod alone", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "packages/model/package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies)).toEqual(["zod"]);
  });
});
