import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

/*
 * `npm run bench -w @platform-advisor/web`: builds the app for production and
 * prints every emitted script and stylesheet with its raw and gzip size, as a
 * Markdown table (docs/benchmarks.md keeps a copy). First load is the entry
 * chunk, any chunk it imports statically, and the CSS; the result's details
 * and the chart load only on the result page, the saved pages on their own.
 */

/**
 * First-load JavaScript, gzip: the same figure as ENTRY_BUDGET_GZIP in test/e2e/harness.ts. 100 kB until issue 16
 * added the capability matrix (135 kB); 110 kB since issue 18 left zod's unused schemas and the result's details out
 * of the entry (102 kB then). See docs/benchmarks.md.
 */
const BUDGET_GZIP = 110_000;

interface Row {
  file: string;
  kind: string;
  bytes: number;
  gzip: number;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const kindOf = (item: Rolldown.OutputChunk | Rolldown.OutputAsset, firstLoad: ReadonlySet<string>): string => {
  if (item.type === "asset") return item.fileName.endsWith(".css") ? "stylesheet (first load)" : "asset";
  if (item.isEntry) return "entry chunk (first load)";
  if (firstLoad.has(item.fileName)) return "shared chunk (first load)";
  return item.isDynamicEntry ? "lazy chunk" : "shared chunk";
};

/** The entry chunks and every chunk they import statically: the JavaScript a first visit loads. */
const firstLoadOf = (items: readonly (Rolldown.OutputChunk | Rolldown.OutputAsset)[]): Set<string> => {
  const chunks = new Map(items.flatMap((item) => (item.type === "chunk" ? [[item.fileName, item] as const] : [])));
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName)) return;
    found.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return found;
};

const outDir = await mkdtemp(join(tmpdir(), "platform-advisor-bundle-"));
try {
  process.env.NODE_ENV = "production";
  const result = await build({
    configFile: join(import.meta.dirname, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const items = outputs.flatMap((output) => output.output);
  const firstLoad = firstLoadOf(items);
  const rows: Row[] = items
    .filter((item) => /\.(js|css)$/.test(item.fileName))
    .map((item) => {
      const content = item.type === "chunk" ? item.code : item.source;
      return {
        file: item.fileName.replace(/-[\w-]{8}\./, "."),
        kind: kindOf(item, firstLoad),
        bytes: Buffer.byteLength(content),
        gzip: gzipSync(content).length,
      };
    });
  console.log("| file | kind | size | gzip |");
  console.log("| --- | --- | ---: | ---: |");
  for (const row of rows) console.log(`| ${row.file} | ${row.kind} | ${kB(row.bytes)} | ${kB(row.gzip)} |`);
  const firstLoadGzip = rows
    .filter((row) => row.kind.endsWith("(first load)") && !row.kind.startsWith("stylesheet"))
    .reduce((sum, row) => sum + row.gzip, 0);
  const verdict = firstLoadGzip < BUDGET_GZIP ? "within" : "OVER";
  console.log(`\nFirst-load JavaScript: ${kB(firstLoadGzip)} gzip, ${verdict} the ${kB(BUDGET_GZIP)} budget.`);
  if (firstLoadGzip >= BUDGET_GZIP) process.exitCode = 1;
} finally {
  await rm(outDir, { recursive: true, force: true });
}
