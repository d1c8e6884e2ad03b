import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type AppDeps, createApp, loadConfig, silentLogger, startServer } from "@platform-advisor/api";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { build, type Rolldown } from "vite";

/*
 * One place that stands the whole product up for a test file: the web app
 * built with Vite, the real API serving it on a free port, and Chromium
 * (CHROMIUM_PATH, Debian's /usr/bin/chromium by default). Each file starts one
 * harness in beforeAll and closes it in afterAll.
 */

/** The browser to drive: CHROMIUM_PATH, or Debian's. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const WEB_CONFIG = fileURLToPath(new URL("../../apps/web/vite.config.ts", import.meta.url));

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Chunk {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  bytes: number;
  gzipBytes: number;
}

export interface Harness {
  /** The server's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  browser: Browser;
  chunks: Chunk[];
  /** A fresh context (own storage, clipboard access) and its page; errors on the page's console are collected. */
  open: (options?: BrowserContextOptions) => Promise<OpenPage>;
  close: () => Promise<void>;
}

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

const buildWeb = async (outDir: string): Promise<Chunk[]> => {
  // Vitest sets NODE_ENV=test; Vite and the React plugin would then build a development bundle.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  const result = await build({
    configFile: WEB_CONFIG,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  }).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) =>
    output.output.flatMap((item) =>
      item.type === "chunk"
        ? [
            {
              fileName: item.fileName,
              isEntry: item.isEntry,
              isDynamicEntry: item.isDynamicEntry,
              bytes: Buffer.byteLength(item.code),
              gzipBytes: gzipSync(item.code).length,
            },
          ]
        : [],
    ),
  );
};

/** The real API, serving the build at `webRoot`, on a free loopback port. */
const listen = async (
  webRoot: string,
  env: Record<string, string>,
  deps: Partial<AppDeps>,
): Promise<{ origin: string; close: () => Promise<void> }> => {
  const config = { ...loadConfig(env), webRoot, logLevel: "silent" as const, shutdownTimeoutMs: 2000 };
  const server = await startServer(createApp(config, deps), {
    port: 0,
    host: "127.0.0.1",
    shutdownTimeoutMs: config.shutdownTimeoutMs,
    logger: silentLogger,
  });
  return { origin: `http://127.0.0.1:${server.address.port}`, close: server.close };
};

/** Where the harness puts its web build: a fresh folder under this prefix. */
export const WEB_ROOT_PREFIX = join(tmpdir(), "platform-advisor-web-");

/**
 * Builds the web app, starts the API serving it, and launches Chromium. `env` and `deps` configure the API
 * (API_TOKENS, a store for saved assessments, ...). If any step fails, what the earlier ones started is stopped
 * and removed before the error is passed on: a test file whose beforeAll fails leaks no server or folder.
 */
export const startHarness = async ({
  env = {},
  deps = {},
  webRootPrefix = WEB_ROOT_PREFIX,
}: {
  env?: Record<string, string>;
  deps?: Partial<AppDeps>;
  /** Where the build goes; a test of the clean-up gives a folder no other worker writes to. */
  webRootPrefix?: string;
} = {}): Promise<Harness> => {
  const webRoot = await mkdtemp(webRootPrefix);
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  let browser: Browser;
  let chunks: Chunk[];
  try {
    chunks = await buildWeb(webRoot);
    server = await listen(webRoot, env, deps);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  } catch (error) {
    await server?.close();
    await rm(webRoot, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];
  const started = server;
  return {
    origin: started.origin,
    browser,
    chunks,
    open: async (options = {}) => {
      const context = await browser.newContext({ baseURL: started.origin, ...options });
      contexts.push(context);
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: started.origin });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      return { context, page, errors };
    },
    close: async () => {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser.close().finally(async () => {
        await started.close();
        await rm(webRoot, { recursive: true, force: true });
      });
    },
  };
};

/**
 * First-load JavaScript budget (issue 4), gzip. 100 kB until issue 16 (the capability matrix, about 30 kB gzip): 135 kB;
 * 110 kB since issue 18 left zod's unused schemas and the result's details out of the entry (102 kB then; see
 * docs/benchmarks.md). apps/web/bundle-size.ts holds the same figure.
 */
export const ENTRY_BUDGET_GZIP = 110_000;
