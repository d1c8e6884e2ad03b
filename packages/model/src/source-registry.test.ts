import { describe, expect, it } from "vitest";
import { describeSource, hasHumanTitle } from "./source-registry.ts";

const RAW_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

describe("describeSource", () => {
  it("turns a seed file and section into the seed's title and a short label", () => {
    const described = describeSource("002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform");
    expect(described.label).toBe("Docker in Production, ch. 4, §4.5");
    expect(described.documents).toEqual([
      {
        label: "Docker in Production, ch. 4, §4.5",
        title: "Container Orchestration, ch. 4 of a Docker in Production course",
        section: "4.5 Choosing the Right Platform",
      },
    ]);
    expect(described.title).not.toMatch(RAW_FILE);
  });

  it("keeps an unnumbered section out of the label but in the description", () => {
    const described = describeSource("003_f0ae5b987c050a3a.txt: Common Pitfalls");
    expect(described.label).toBe("Orchestration study note");
    expect(described.title).toBe("Docker orchestration, a study note: Common Pitfalls");
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
