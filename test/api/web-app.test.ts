import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "./harness.ts";

const root = mkdtempSync(join(tmpdir(), "advisor-web-"));
mkdirSync(join(root, "assets"));
writeFileSync(join(root, "index.html"), '<!doctype html><script type="module" src="/assets/index-3f9a1c.js"></script>');
writeFileSync(join(root, "assets", "index-3f9a1c.js"), "console.log('app')");
writeFileSync(join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { app } = testApp({ WEB_ROOT: root });

describe("the built web app", () => {
  it("is served at / and must be revalidated, so a new deployment shows at once", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toBe("no-cache");
    expect(await response.text()).toContain("/assets/index-3f9a1c.js");
  });

  it("has hashed assets cached for good", async () => {
    const response = await app.request("/assets/index-3f9a1c.js");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("revalidates other files", async () => {
    const response = await app.request("/favicon.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-cache");
  });

  it("falls back to index.html for the app's own routes", async () => {
    for (const path of ["/result", "/questions/teamSize"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain("<!doctype html>");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("does not answer missing files or API paths with the app", async () => {
    for (const path of [
      "/assets/index-000000.js",
      "/assets/",
      "/assets/chunk",
      "/robots.txt",
      "/api/v1/unknown",
      "/api",
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toBe("application/problem+json");
    }
  });

  it("never serves files outside its root", async () => {
    for (const path of ["/..%2f..%2fetc%2fpasswd", "/assets/..%2f..%2f..%2fpackage.json", "/%2e%2e/package.json"]) {
      const response = await app.request(path);
      expect(await response.text(), path).not.toContain("root:");
      expect(response.headers.get("content-type"), path).not.toMatch(/^application\/json/);
    }
  });

  it("answers HEAD like GET, without a body", async () => {
    const response = await app.request("/", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});

describe("without a built web app", () => {
  it("says at / how to build it, and the API still works", async () => {
    const { app: bare } = testApp({ WEB_ROOT: join(root, "missing") });
    const response = await bare.request("/");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("npm run build -w @platform-advisor/web");
    expect((await bare.request("/result")).status).toBe(404);
    expect((await bare.request("/api/health")).status).toBe(200);
  });
});
