import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";

/**
 * Brotli and gzip copies of every text file of the build (name.br, name.gz), made once at build time: the server
 * sends them as they are (precompressed), so a phone on a slow network fetches a third of the bytes.
 */
const precompress = (): Plugin => ({
  name: "platform-advisor:precompress",
  apply: "build",
  enforce: "post",
  generateBundle(_options, bundle) {
    for (const item of Object.values(bundle)) {
      if (!/\.(js|css|html|svg|json)$/.test(item.fileName)) continue;
      const source = item.type === "chunk" ? item.code : item.source;
      const bytes = typeof source === "string" ? Buffer.from(source) : Buffer.from(source);
      if (bytes.length < 1024) continue;
      this.emitFile({
        type: "asset",
        fileName: `${item.fileName}.br`,
        source: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      });
      this.emitFile({ type: "asset", fileName: `${item.fileName}.gz`, source: gzipSync(bytes, { level: 9 }) });
    }
  },
});

/** The API that `npm run dev` forwards /api to; `npm start` serves it on the same port. */
const API_ORIGIN = "http://127.0.0.1:8787";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  // The model's TypeScript sources, not its build: the web app builds without building the packages first.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } } },
  preview: { proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } } },
});
