import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

/*
 * `npm run bench -w @platform-advisor/web`: builds the app for production and
 * prints every emitted script and stylesheet with its raw and gzip size, as a
 * Markdown table (docs/benchmarks.md keeps a copy). First load is the entry
 * chunk plus the CSS; the chart chunk loads only on the result page.
 */

/** 100 kB until issue 16 added the capability matrix to the catalogue (about 30 kB gzip); see docs/benchmarks.md. */
const BUDGET_GZIP = 135_000;

interface Row {
  file: string;
  kind: string;
  bytes: number;
  gzip: number;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const kindOf = (item: Rolldown.OutputChunk | Rolldown.OutputAsset): string => {
  if (item.type === "asset") return item.fileName.endsWith(".css") ? "stylesheet (first load)" : "asset";
  if (item.isEntry) return "entry chunk (first load)";
  return item.isDynamicEntry ? "lazy chunk" : "shared chunk";
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
  const rows: Row[] = outputs
    .flatMap((output) => output.output)
    .filter((item) => /\.(js|css)$/.test(item.fileName))
    .map((item) => {
      const content = item.type === "chunk" ? item.code : item.source;
      return {
        file: item.fileName.replace(/-[\w-]{8}\./, "."),
        kind: kindOf(item),
        bytes: Buffer.byteLength(content),
        gzip: gzipSync(content).length,
      };
    });
  const entry = rows.find((row) => row.kind.startsWith("entry"));
  console.log("| file | kind | size | gzip |");
  console.log("| --- | --- | ---: | ---: |");
  for (const row of rows) console.log(`| ${row.file} | ${row.kind} | ${kB(row.bytes)} | ${kB(row.gzip)} |`);
  if (entry) {
    const verdict = entry.gzip < BUDGET_GZIP ? "within" : "OVER";
    console.log(`\nFirst-load JavaScript: ${kB(entry.gzip)} gzip, ${verdict} the ${kB(BUDGET_GZIP)} budget.`);
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
}
