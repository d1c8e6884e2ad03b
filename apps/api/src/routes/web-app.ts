import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";
import { cacheControl } from "../middleware/cache-control.ts";

/** Vite names files under /assets after their content hash: they never change, so caches may keep them for good. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (index.html above all) must be revalidated so a new deployment shows at once. */
const REVALIDATE = "no-cache";

const NOT_BUILT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Platform Advisor</title></head>
<body>
<h1>Platform Advisor</h1>
<p>The web app is not built yet: run <code>npm run build -w @platform-advisor/web</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p>The API works already: see the <a href="/api/docs">API reference</a>.</p>
</body>
</html>
`;

/** A request path the single-page app handles itself: outside /api and /assets, no file extension in its last segment. */
const isAppRoute = (path: string) =>
  !/\.[^/]*$/.test(path) && !["/api", "/assets"].some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * The built web app at `/`, with cache headers, and index.html for the app's
 * own routes (/result, ...). When it is not built, `/` says so.
 */
export const webApp = (webRoot: string) => {
  const app = new Hono<AppEnv>();
  if (!existsSync(join(webRoot, "index.html"))) {
    return app.get("/", (c) => c.html(NOT_BUILT, 200, { "Cache-Control": REVALIDATE }));
  }
  return app
    .get(
      "*",
      cacheControl((path) => (path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE)),
      serveStatic({ root: webRoot, precompressed: true }),
    )
    .get(
      "*",
      async (c, next) => (isAppRoute(c.req.path) ? next() : c.notFound()),
      cacheControl(() => REVALIDATE),
      serveStatic({ root: webRoot, path: "index.html", precompressed: true }),
    );
};
