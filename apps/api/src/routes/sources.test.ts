import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Answers, type AnyPlatformId, CATALOGUE, describeSource, sourceHref } from "@platform-advisor/model";
import { recommend } from "@platform-advisor/rules";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import type { AppEnv } from "../app-env.ts";
import { sources } from "./sources.ts";

const app = new Hono<AppEnv>().route("/sources", sources());

/** A sweep of answer sets over the answers that move the ranking most: sizes, hosting, management, needs. */
const sweep = (): Answers[] => {
  const sets: Answers[] = [];
  const hostings: Answers["hosting"][] = [
    ["aws"],
    ["gcp"],
    ["azure"],
    ["on-prem"],
    ["edge"],
    ["other-cloud"],
    ["on-prem", "azure"],
    ["aws", "gcp"],
  ];
  const managements: Answers["management"][] = [undefined, "serverless", "managed", "self-managed"];
  const sizes = [
    { teamSize: 1, containerCount: 4, hostCount: 1 },
    { teamSize: 7, containerCount: 20 },
    { teamSize: 45, containerCount: 400, hostCount: 40 },
    { teamSize: 20, containerCount: 6000, hostCount: 1500 },
  ];
  for (const hosting of hostings)
    for (const management of managements)
      for (const [index, size] of sizes.entries())
        sets.push({
          ...size,
          hosting,
          ...(management ? { management } : {}),
          ...(index % 2 === 0 ? { highAvailability: true, scaling: "automatic" as const } : {}),
          ...(index === 2
            ? {
                workloads: ["stateless", "stateful", "batch"] as Answers["workloads"],
                needs: ["ecosystem"] as Answers["needs"],
              }
            : {}),
        });
  return sets;
};

/**
 * Words that make a document (or a section) about particular platforms. A
 * reason that cites such a document must be about one of them: its platform
 * is one, or its text names one (a comparison).
 */
const ABOUT: { pattern: RegExp; platforms: AnyPlatformId[]; mentioned?: RegExp }[] = [
  { pattern: /\bFargate\b/i, platforms: ["aws-fargate"] },
  { pattern: /Container Instances|\bACI\b/i, platforms: ["azure-container-instances"] },
  { pattern: /Container Apps/i, platforms: ["azure-container-apps"] },
  { pattern: /Cloud Run/i, platforms: ["google-cloud-run"] },
  {
    pattern: /\bEKS\b|\bGKE\b|\bAKS\b|Kubernetes Engine|Kubernetes Service|Kapsule|\bOKE\b/i,
    platforms: ["managed-kubernetes"],
    // "where a cloud offers Kubernetes with the control plane run for you" compares with managed Kubernetes.
    mentioned: /managed Kubernetes|cloud offers Kubernetes|cloud runs one for you/i,
  },
  { pattern: /\bECS\b/i, platforms: ["amazon-ecs", "aws-fargate"] },
  { pattern: /\bK3s\b/i, platforms: ["k3s"] },
  { pattern: /\bNomad\b/i, platforms: ["nomad"] },
  { pattern: /\bMesos\b/i, platforms: ["mesos"] },
  { pattern: /Greengrass|IoT Edge/i, platforms: ["iot-edge"] },
  { pattern: /Fly\.io|Render docs|Railway/i, platforms: ["paas"] },
];

const namesOf = (id: AnyPlatformId): string[] => {
  const platform = CATALOGUE.find((entry) => entry.id === id);
  return platform ? [platform.name] : [];
};

describe("the source documents", () => {
  it("are served as pages with an anchor per section, and nothing else is", async () => {
    const response = await app.request("/sources/002_4683bd5b26358492.txt");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1>Container Orchestration, chapter 4 of Docker in Production</h1>");
    expect(html).toContain('id="4-5-choosing-the-right-platform"');
    // A "# Scaling" inside a code block is code, not a section.
    expect(html).not.toContain('id="scaling"');
    expect((await app.request("/sources/../package.json")).status).toBe(404);
    expect((await app.request("/sources/999_0000000000000000.txt")).status).toBe(404);
    expect(await (await app.request("/sources")).text()).toContain('href="/sources/004_d181c29a59f1c81b.txt"');
  });

  it("says so, instead of failing, when a server is installed without them", async () => {
    const empty = await mkdtemp(join(tmpdir(), "sources-"));
    try {
      await writeFile(join(empty, "README.md"), "");
      const missing = new Hono<AppEnv>().route("/sources", sources(empty));
      const response = await missing.request("/sources/000_f9f75e15275d733c.txt");
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      expect(((await response.json()) as { detail: string }).detail).toContain("not installed");
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe("every reason's source, over a sweep of recommendations", async () => {
  const recommendations = await Promise.all(sweep().map((answers) => recommend(answers)));
  const reasons = recommendations.flatMap((recommendation) =>
    recommendation.ranking.flatMap((entry) => entry.reasons.map((reason) => ({ platform: entry.platform, reason }))),
  );
  const pages = new Map<string, string>();

  it("resolves to a section of a served document or to a vendor address", async () => {
    const unresolved = new Set<string>();
    for (const { reason } of reasons) {
      const href = reason.href ?? sourceHref(reason.source);
      if (href === undefined) {
        // Only a document with no public address may have no link: it must still name a title.
        if (
          describeSource(reason.source).documents.some((document) => document.url === undefined && !document.publisher)
        )
          unresolved.add(reason.source);
        continue;
      }
      if (/^https:\/\//.test(href)) continue;
      const [path = "", anchor] = href.split("#");
      if (!pages.has(path)) pages.set(path, await (await app.request(path)).text());
      const page = pages.get(path) ?? "";
      if (!anchor || !page.includes(`id="${anchor}"`)) unresolved.add(`${reason.source} -> ${href}`);
    }
    expect([...unresolved]).toEqual([]);
    expect(pages.size).toBeGreaterThan(2);
  });

  it("cites, for a reason about a platform, a document about that platform or about the criterion", () => {
    const misfits = new Set<string>();
    for (const { platform, reason } of reasons) {
      const cited = describeSource(reason.source).title;
      for (const { pattern, platforms, mentioned } of ABOUT) {
        if (!pattern.test(cited)) continue;
        const fits =
          platforms.includes(platform) ||
          pattern.test(reason.text) ||
          mentioned?.test(reason.text) === true ||
          platforms.some((other) => namesOf(other).some((name) => reason.text.includes(name)));
        if (!fits) misfits.add(`${platform}: "${reason.text}" cites ${reason.source}`);
      }
    }
    expect([...misfits]).toEqual([]);
  });
});
