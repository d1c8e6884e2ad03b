import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSeed } from "./seed-document.ts";
import {
  describeSource,
  hasHumanTitle,
  SEED_HEADINGS,
  seedAnchors,
  seedSectionAnchor,
  sourceHref,
} from "./source-registry.ts";

const RAW_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

describe("describeSource", () => {
  it("turns a seed file and section into the seed's title and a short label", () => {
    const described = describeSource("002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform");
    expect(described.label).toBe("Docker in Production, ch. 4, §4.5");
    expect(described.documents).toEqual([
      {
        label: "Docker in Production, ch. 4, §4.5",
        title: "Container Orchestration, chapter 4 of Docker in Production",
        section: "4.5 Choosing the Right Platform",
      },
    ]);
    expect(described.title).not.toMatch(RAW_FILE);
  });

  it("keeps an unnumbered section out of the label but in the description", () => {
    const described = describeSource("003_f0ae5b987c050a3a.txt: Common Pitfalls");
    expect(described.label).toBe("Docker orchestration");
    expect(described.title).toBe("Docker orchestration: Common Pitfalls");
  });

  it("names a known vendor document with its publisher and link", () => {
    const [document] = describeSource("Kubernetes docs: Considerations for large clusters").documents;
    expect(document).toEqual({
      label: "Kubernetes docs",
      title: "Considerations for large clusters",
      publisher: "Kubernetes docs",
      url: "https://kubernetes.io/docs/setup/best-practices/cluster-large/",
    });
  });

  it("resolves an unknown vendor gracefully, from its own words", () => {
    const [document] = describeSource("Acme Cloud docs: Running containers at scale").documents;
    expect(document).toEqual({
      label: "Acme Cloud docs",
      title: "Running containers at scale",
      publisher: "Acme Cloud docs",
    });
    expect(hasHumanTitle("Acme Cloud docs: Running containers at scale")).toBe(true);
  });

  it("describes each document of a combined citation", () => {
    const described = describeSource(
      "002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform; Docker docs: Administer and maintain a swarm of Docker Engines",
    );
    expect(described.documents.map((document) => document.label)).toEqual([
      "Docker in Production, ch. 4, §4.5",
      "Docker docs",
    ]);
    expect(described.documents[1]?.url).toBe("https://docs.docker.com/engine/swarm/admin_guide/");
  });

  it("flags a seed file that the registry does not know, without showing its name", () => {
    expect(hasHumanTitle("009_0000000000000000.txt: Intro")).toBe(false);
    expect(describeSource("009_0000000000000000.txt: Intro").title).not.toMatch(RAW_FILE);
  });
});

describe("sourceHref", () => {
  it("points a seed citation at the app's rendering of its section", () => {
    expect(sourceHref("002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform (decision tree)")).toBe(
      "/sources/002_4683bd5b26358492.txt#4-5-choosing-the-right-platform",
    );
    expect(sourceHref("003_f0ae5b987c050a3a.txt: Core Capabilities: Scaling")).toBe(
      "/sources/003_f0ae5b987c050a3a.txt#scaling",
    );
    // A list inside a section resolves to the section.
    expect(sourceHref("003_f0ae5b987c050a3a.txt: When You Need Orchestration: Skip for")).toBe(
      "/sources/003_f0ae5b987c050a3a.txt#when-you-need-orchestration",
    );
    expect(sourceHref("004_d181c29a59f1c81b.txt: 1. Limitations of Single-Host Docker")).toBe(
      "/sources/004_d181c29a59f1c81b.txt#limitations-of-single-host-docker",
    );
    expect(sourceHref("004_d181c29a59f1c81b.txt: 2. Docker Swarm: Stacks")).toBe(
      "/sources/004_d181c29a59f1c81b.txt#stacks-multi-service-deployment",
    );
  });

  it("gives a vendor document's address, the first that resolves of several, and nothing it cannot verify", () => {
    expect(sourceHref("Docker docs: Swarm mode overview")).toBe("https://docs.docker.com/engine/swarm/");
    expect(sourceHref("Acme docs: Unknown; Docker docs: Swarm mode overview")).toBe(
      "https://docs.docker.com/engine/swarm/",
    );
    expect(sourceHref("Acme Cloud docs: Running containers at scale")).toBeUndefined();
    expect(sourceHref("999_0000000000000000.txt: 1 Nothing")).toBeUndefined();
  });

  it("finds no anchor for a section no heading names", () => {
    expect(seedSectionAnchor("002_4683bd5b26358492.txt", "9.9 A chapter that does not exist")).toBeUndefined();
  });

  it("knows each document's headings exactly as the documents in docs/sources have them", () => {
    for (const [file, headings] of Object.entries(SEED_HEADINGS)) {
      const text = readFileSync(new URL(`../../../docs/sources/${file}`, import.meta.url), "utf8");
      const parsed = parseSeed(text).flatMap((block) => (block.kind === "heading" ? [block] : []));
      expect(parsed.map((block) => block.text)).toEqual(headings);
      expect(parsed.map((block) => block.anchor)).toEqual(seedAnchors(file).map((heading) => heading.anchor));
    }
  });
});

describe("sourceHref for the capability matrix's documents", () => {
  it("uses the address the matrix gives a document, and ignores a title's parenthesised detail", () => {
    expect(sourceHref("Kubernetes docs: Horizontal Pod Autoscaling")).toBe(
      "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    );
    expect(sourceHref("K3s docs: Packaged components (metrics-server, Traefik, ServiceLB, local-path)")).toBe(
      "https://docs.k3s.io/installation/packaged-components",
    );
    expect(describeSource("Kubernetes docs: Horizontal Pod Autoscaling").documents[0]?.url).toBe(
      "https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/",
    );
  });
});
