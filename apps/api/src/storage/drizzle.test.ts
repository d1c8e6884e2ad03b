import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SOURCES = fileURLToPath(new URL("..", import.meta.url));

describe("drizzle-orm in the server", () => {
  it("is loaded only through storage/drizzle.ts (its ES modules cost seconds and 250 MB at start)", async () => {
    const files = (await readdir(SOURCES, { recursive: true })).filter(
      (name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== join("storage", "drizzle.ts"),
    );
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const name of files) {
      const text = await readFile(join(SOURCES, name), "utf8");
      // `import type` is erased at build; any other import or re-export of drizzle-orm loads its ES modules.
      if (/^(import|export)(?! type )[^;]*from "drizzle-orm/m.test(text)) offenders.push(name);
    }
    expect(offenders).toEqual([]);
  });
});
