import { createRequire } from "node:module";
import { dirname } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";
import { cacheControl } from "../middleware/cache-control.ts";

/** swagger-ui-dist's files, served from the package: the reference works offline and in air-gapped networks. */
const SWAGGER_UI_ROOT = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const ASSETS = new Set(["swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "favicon-16x16.png"]);

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Platform Advisor API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`;

/** A file, not an inline script, so the page works under a strict Content-Security-Policy. */
const INIT = `window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
});
`;

/** The API reference page at /api/docs (swagger-ui). */
export const apiDocs = () =>
  new Hono<AppEnv>()
    .get("/", (c) => c.html(PAGE, 200, { "Cache-Control": "no-cache" }))
    .get("/init.js", (c) =>
      c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" }),
    )
    .get(
      "/:file",
      async (c, next) => (ASSETS.has(c.req.param("file")) ? next() : c.notFound()),
      // Versioned with the package: a day is safe and saves reloading 1.5 MB.
      cacheControl(() => "public, max-age=86400"),
      serveStatic({ root: SWAGGER_UI_ROOT, rewriteRequestPath: (path) => path.replace(/^\/api\/docs/, "") }),
    );
