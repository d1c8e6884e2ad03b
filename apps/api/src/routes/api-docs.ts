import { createRequire } from "node:module";
import { dirname } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";
import { cacheControl } from "../middleware/cache-control.ts";

/** swagger-ui-dist's files, served from the package: the reference works offline and in air-gapped networks. */
const SWAGGER_UI_ROOT = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const ASSETS = new Set(["swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png", "favicon-16x16.png"]);

type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
};
type Document = {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
};

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const text = (value: string | undefined) => (value ?? "").replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
const METHODS = ["get", "post", "put", "patch", "delete"];

/**
 * The reference as plain HTML, rendered on the server from the OpenAPI document: every operation with its
 * parameters, body and responses. It paints at once; swagger-ui (deferred) replaces it with the interactive
 * version once its 1.5 MB have loaded, so the page is never a blank "loading" screen.
 */
export const referenceHtml = (document: Document): string => {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ path, method, operation }] : [];
    }),
  );
  const body = operations
    .map(({ path, method, operation }) => {
      const parameters = operation.parameters ?? [];
      const schema = Object.values(operation.requestBody?.content ?? {})[0]
        ?.schema?.$ref?.split("/")
        .pop();
      return [
        `<section class="operation"><h2><code>${method.toUpperCase()} ${text(path)}</code> ${text(operation.summary)}</h2>`,
        operation.description ? `<p>${text(operation.description)}</p>` : "",
        parameters.length > 0
          ? `<ul>${parameters.map((p) => `<li><code>${text(p.name)}</code> (${text(p.in)}${p.required ? ", required" : ""}) ${text(p.description)}</li>`).join("")}</ul>`
          : "",
        schema ? `<p>Body: <code>${text(schema)}</code></p>` : "",
        `<p>Responses: ${Object.entries(operation.responses ?? {})
          .map(([status, response]) => `<code>${text(status)}</code> ${text(response.description)}`)
          .join("; ")}.</p></section>`,
      ].join("");
    })
    .join("\n");
  return `<div id="reference"><h1>${text(document.info?.title)} <small>${text(document.info?.version)}</small></h1>
<p>The OpenAPI document: <code>GET /api/v1/openapi.json</code>. The interactive reference replaces this text once it has loaded.</p>
${body}</div>`;
};

const page = (reference: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Platform Advisor API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png">
<style>#reference{max-width:60rem;margin:0 auto;padding:1rem;font:15px/1.5 system-ui,sans-serif;color:#1f2933}#reference h2{font-size:1.05rem;margin:1.5rem 0 .25rem}#reference code{background:#f1f5f9;padding:0 .2em}</style>
<script defer src="/api/docs/swagger-ui-bundle.js"></script>
<script defer src="/api/docs/init.js"></script>
</head>
<body>
${reference}
<div id="swagger-ui"></div>
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
  onComplete: () => { document.getElementById("reference").hidden = true; },
});
`;

/**
 * The API reference page at /api/docs: the server-rendered reference first (from `openApi`, rendered once),
 * then swagger-ui.
 */
export const apiDocs = (openApi: () => object = () => ({})) => {
  let html: string | undefined;
  return new Hono<AppEnv>()
    .get("/", (c) => {
      html ??= page(referenceHtml(openApi() as Document));
      return c.html(html, 200, { "Cache-Control": "no-cache" });
    })
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
};
