import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseSeed, Seed, type SeedBlock, seedPath, seedTitle } from "@platform-advisor/model";
import { Hono } from "hono";
import type { AppEnv } from "../app-env.ts";
import { problemResponse, statusProblem } from "../problem-json.ts";

/** The copies of the source documents in the repository (the same depth from src/routes and dist/routes). */
export const DEFAULT_SOURCES_DIR = fileURLToPath(new URL("../../../../docs/sources/", import.meta.url));

const FILES: readonly string[] = Object.values(Seed);

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

const STYLE = `body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2933;background:#fff}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem;overflow-wrap:break-word}
header{background:#1e3a8a;padding:.6rem 1rem}header a{color:#fff;font-weight:700;text-decoration:none}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.3rem;margin-top:2rem}h3,h4,h5,h6{font-size:1.05rem}
p.meta{color:#52606d;font-size:.95rem}
p.text{white-space:pre-wrap}
pre{background:#f5f7fa;border:1px solid #d9e2ec;padding:.75rem;overflow-x:auto;font-size:.9rem;white-space:pre}
:target{background:#fff3c4;outline:2px solid #f0b429;scroll-margin-top:1rem}
a{color:#1d4ed8}`;

const page = (title: string, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)} · Platform Advisor sources</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="/">Platform Advisor</a></header>
<main>
${body}
</main>
</body>
</html>
`;

const drawBlock = (block: SeedBlock): string => {
  switch (block.kind) {
    case "heading": {
      // The document's own title is the page's h1; its sections start at h2.
      const level = Math.min(6, Math.max(2, block.level + 1));
      return `<h${level} id="${escapeText(block.anchor)}">${escapeText(block.text)}</h${level}>`;
    }
    case "code":
      return `<pre><code>${escapeText(block.text)}</code></pre>`;
    case "text":
      return `<p class="text">${escapeText(block.text)}</p>`;
  }
};

/** One source document as a page: its title, where it comes from, and its text with an anchor per section. */
export const renderSource = (file: string, text: string): string => {
  const title = seedTitle(file)?.title ?? file;
  return page(
    title,
    [
      `<h1>${escapeText(title)}</h1>`,
      `<p class="meta">One of the five source documents every rule and platform fact of Platform Advisor cites (file <code>${escapeText(file)}</code>). Each section below has its own link; a citation opens at its section.</p>`,
      ...parseSeed(text).map(drawBlock),
    ].join("\n"),
  );
};

const indexPage = () =>
  page(
    "Source documents",
    [
      "<h1>Source documents</h1>",
      "<p>Every rule, threshold and platform fact cites one of these documents by section, or a vendor's public documentation.</p>",
      "<ul>",
      ...FILES.map((file) => `<li><a href="${seedPath(file)}">${escapeText(seedTitle(file)?.title ?? file)}</a></li>`),
      "</ul>",
    ].join("\n"),
  );

/**
 * The source documents at /sources and /sources/<file>, rendered as pages with
 * an anchor per heading (the anchors `sourceHref` links to). Only the files
 * the model names are served; anything else is a 404.
 */
export const sources = (dir: string = DEFAULT_SOURCES_DIR) => {
  const cache = new Map<string, string>();
  return new Hono<AppEnv>()
    .get("/", (c) => c.html(indexPage(), 200, { "Cache-Control": "public, max-age=3600" }))
    .get("/:file", async (c) => {
      const file = c.req.param("file");
      if (!FILES.includes(file)) {
        return problemResponse(c, statusProblem(404, `No source document is called ${file}; see /sources.`));
      }
      let html = cache.get(file);
      if (html === undefined) {
        let text: string;
        try {
          text = await readFile(`${dir}/${file}`, "utf8");
        } catch {
          return problemResponse(
            c,
            statusProblem(404, `The source document ${file} is not installed with this server (looked in ${dir}).`),
          );
        }
        html = renderSource(file, text);
        cache.set(file, html);
      }
      return c.html(html, 200, { "Cache-Control": "public, max-age=3600" });
    });
};
