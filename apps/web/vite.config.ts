import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin, type Rolldown } from "vite";

/**
 * Brotli and gzip copies of every text file of the build (name.br, name.gz), made once at build time: the server
 * sends them as they are (precompressed), so a phone on a slow network fetches a third of the bytes.
 */
const precompress = (): Plugin => ({
  name: "platform-advisor:precompress",
  apply: "build",
  // After the files are written: in generateBundle, Vite has not yet filled in placeholders such as
  // __VITE_PRELOAD__, and compressed copies of that code broke the lazy chunks.
  writeBundle(options, bundle) {
    const dir = options.dir ?? "dist";
    for (const fileName of Object.keys(bundle)) {
      if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
      const bytes = readFileSync(join(dir, fileName));
      if (bytes.length < 1024) continue;
      writeFileSync(
        join(dir, `${fileName}.br`),
        brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(join(dir, `${fileName}.gz`), gzipSync(bytes, { level: 9 }));
    }
  },
});

/**
 * Names "index" every module that the page's entry reaches by static imports, so that all of the first load is one
 * file. Rolldown alone (1.2, rolldown/rolldown#10731) sometimes splits modules that the entry and two lazy chunks
 * share into chunks of their own: more requests before the first screen, and an entry that looks smaller than the
 * JavaScript a visitor actually loads.
 */
const firstLoadChunk: Rolldown.CodeSplittingNameFunction = (id, context) => {
  const seen = new Set<string>();
  const reachedFromEntry = (module: string): boolean => {
    const info = context.getModuleInfo(module);
    if (info?.isEntry) return true;
    if (seen.has(module)) return false;
    seen.add(module);
    return (info?.importers ?? []).some(reachedFromEntry);
  };
  return reachedFromEntry(id) ? "index" : null;
};

/** The API that `npm run dev` forwards /api to; `npm start` serves it on the same port. */
const API_ORIGIN = "http://127.0.0.1:8787";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  // The model's TypeScript sources, not its build: the web app builds without building the packages first.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      // zod's builders have no side effects the page needs: the schemas the web app never calls drop out, and with
      // them zod (78 kB, and 30-70 ms at start-up on a phone building schemas nobody uses).
      treeshake: { manualPureFunctions: ["z"] },
      output: { codeSplitting: { groups: [{ name: firstLoadChunk, debugName: "first load" }] } },
    },
  },
  server: { proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } } },
  preview: { proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } } },
});
