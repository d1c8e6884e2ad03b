import { describe, expect, it } from "vitest";
import { renderAdr } from "./adr.ts";
import { reportData } from "./report-data.ts";
import {
  exampleProfile,
  sampleOrgRecommendation,
  sampleRecommendation,
  sampleRecommendationFor,
  sampleRecommendationWithConflicts,
} from "./test-fixture.ts";

const when = new Date("2026-11-22T00:00:00Z");
const adr = renderAdr(reportData(sampleRecommendation(), { teamSize: 8, hosting: ["on-prem"] }, when));

/** MADR 4.0.0's headings, in its template's order. */
const MADR_HEADINGS = [
  "## Context and Problem Statement",
  "## Decision Drivers",
  "## Considered Options",
  "## Decision Outcome",
  "### Consequences",
  "### Confirmation",
  "## Pros and Cons of the Options",
  "## More Information",
];

/** The YAML front matter's `key: value` lines; lists are written in flow style, which is JSON. */
const frontMatter = (text: string): Record<string, unknown> => {
  const [, block = ""] = text.match(/^---\n([\s\S]*?)\n---\n/) ?? [];
  return Object.fromEntries(
    block.split("\n").map((line) => {
      const [key = "", ...rest] = line.split(": ");
      const value = rest.join(": ");
      return [key, value.startsWith("[") ? JSON.parse(value) : value];
    }),
  );
};

describe("renderAdr", () => {
  it("starts with MADR's front matter", () => {
    expect(frontMatter(adr)).toEqual({
      status: "proposed",
      date: "2026-11-22",
      "decision-makers": [],
      consulted: [],
      informed: [],
    });
  });

  it("fills the front matter's people when given", () => {
    const named = renderAdr(reportData(sampleRecommendation(), {}, when), {
      decisionMakers: ["Ana", "Bo"],
      informed: ['Team "Ops"'],
    });
    expect(frontMatter(named)).toMatchObject({ "decision-makers": ["Ana", "Bo"], informed: ['Team "Ops"'] });
  });

  it("has MADR's headings, in order, under a title that states the decision", () => {
    const headings = adr.split("\n").filter((line) => /^#{1,3} /.test(line));
    expect(headings[0]).toBe("# 0001. Run the workload on Docker Swarm");
    const madr = headings.filter((line) => MADR_HEADINGS.includes(line));
    expect(madr).toEqual(MADR_HEADINGS);
  });

  it("states the chosen option and why, the considered and the ruled-out options", () => {
    expect(adr).toMatch(/^Chosen option: "Docker Swarm", because 40 containers on 3 hosts/m);
    const considered = adr.split("## Considered Options")[1]?.split("## Decision Outcome")[0] ?? "";
    expect(considered).toContain(
      "* Docker Swarm (score 84 of 100)\n* Kubernetes (self-managed) (score 75 of 100)\n* K3s (score 66 of 100)",
    );
    expect(considered).toMatch(/^\* Ruled out: [^\n]+, which run only where you do not host \(/m);
    expect(adr).toContain("* Good, because 40 containers on 3 hosts");
    expect(adr).toContain("* Bad, because steeper learning curve");
    expect(adr).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("records the context: given answers and assumptions", () => {
    const context = adr.split("## Context and Problem Statement")[1]?.split("## Decision Drivers")[0] ?? "";
    expect(context).toContain("* Team size: 8 engineers");
    expect(context).toContain("* Survives a lost host: No");
  });

  it("adds conflicts as drivers and bad consequences, and the profile and link under More Information", () => {
    const conflicted = renderAdr(
      reportData(sampleRecommendationWithConflicts(), { teamSize: 8 }, when, { appUrl: "https://advisor.example" }),
    );
    expect(conflicted).toContain("* Conflict with a stated preference: You asked for serverless");
    expect(conflicted).toContain("* Bad, because not met: You asked for serverless");
    const more = conflicted.split("## More Information")[1] ?? "";
    expect(more).toContain("ruleset test-1, organisation profile Acme platform policy, revision 3");
    expect(more).toContain("<https://advisor.example/?view=result&teamSize=8>");
  });
});

describe("renderAdr's clauses", () => {
  it("keeps platform names capitalised after 'because'", () => {
    const record = renderAdr(reportData(sampleRecommendationWithConflicts(), {}, when));
    expect(record).toContain("* Bad, because not met: You asked for serverless");
    const report = reportData(sampleRecommendation(), {}, when);
    const named = { ...report, why: [{ ...report.why[0]!, text: "Docker Swarm is built into Docker" }] };
    expect(renderAdr(named)).toContain('Chosen option: "Docker Swarm", because Docker Swarm is built into Docker.');
  });
});

describe("renderAdr's consequences and options", () => {
  const consequences = adr.split("### Consequences")[1]?.split("### Confirmation")[0] ?? "";

  it("says in plain language what the team runs itself, add-ons, lock-in and exit path, and the cost model", () => {
    expect(consequences.split("\n").filter((line) => line.startsWith("#### "))).toEqual([
      "#### What the team runs itself",
      "#### Add-ons and requirements",
      "#### What it does not do",
      "#### Lock-in and exit path",
      "#### Cost model",
    ]);
    expect(consequences).toMatch(/\* Neutral, because the team runs Docker Swarm itself: installing it, upgrading it/);
    expect(consequences).toMatch(
      /Docker Swarm is 3\/10 to operate on the catalogue's scale; a team of 8 carries about 4/,
    );
    expect(consequences).toContain(
      "* Neutral, because if it stops fitting, Kubernetes (self-managed) ranks next for these answers (score 75).",
    );
    expect(consequences).toContain("Compose files");
    // No bookkeeping: points and units belong to the value model, not to a decision record.
    expect(adr).not.toMatch(/points? \(|a unit/);
  });

  it("names the add-ons a stated requirement needs, and what the platform cannot do", () => {
    const record = renderAdr(
      reportData(sampleRecommendation(), { teamSize: 8, hosting: ["on-prem"], scaling: "automatic" }, when),
    );
    const part = record.split("#### Add-ons and requirements")[1]?.split("####")[0] ?? "";
    expect(part).toMatch(
      /\* Bad, because docker Swarm offers no autoscaling|\* Bad, because Docker Swarm offers no autoscaling/,
    );
  });

  it("takes status, number and superseded records from the caller, and links sources from the public address", () => {
    const report = reportData(sampleRecommendation(), { teamSize: 8 }, when, {
      appUrl: "http://127.0.0.1:8787",
      publicUrl: "https://advisor.example.com",
    });
    const record = renderAdr(report, { status: "accepted", number: 12, supersedes: [3, 7] });
    expect(frontMatter(record)).toMatchObject({ status: "accepted" });
    expect(record).toContain("# 0012. Run the workload on Docker Swarm");
    expect(record).toContain("This record supersedes ADR-0003, ADR-0007.");
    expect(record).toContain(
      "[Container Orchestration, chapter 4 of Docker in Production](https://advisor.example.com/sources/002_4683bd5b26358492.txt)",
    );
    expect(record).not.toContain("127.0.0.1");
  });
});

describe("renderAdr for an organisation's own platform", () => {
  const profile = exampleProfile();
  const given = { teamSize: 8, traffic: ["tcp-udp" as const], custom: { "cardholder-data": "yes" } };
  const record = renderAdr(reportData(sampleOrgRecommendation(profile), given, when, { profile }));
  const consequences = record.split("### Consequences")[1]?.split("### Confirmation")[0] ?? "";

  it("keeps the platform's name capitalised after 'because'", () => {
    expect(record).toContain('Chosen option: "Acme Runway", because Acme Runway is inside');
  });

  it("reads the requirements a custom answer sets, and every level from the profile's capability cells", () => {
    expect(consequences).toContain(
      "* Good, because Acme Runway is inside Acme's assessed PCI DSS scope, with nothing to add. The pci namespaces of Runway's clusters, in AWS and on-prem alike",
    );
    // The profile states Runway has no TCP/UDP ingress, and why.
    expect(consequences).toContain("* Bad, because Acme Runway offers no TCP/UDP ingress");
    expect(consequences).toContain("Routes carry HTTP and TLS only");
    const swarm = record.split("### Docker Swarm")[1]?.split("### ")[0] ?? "";
    // The organisation's own capability is a clearance it gives, never something the vendor cannot do.
    expect(swarm).toContain("Docker Swarm is not cleared for PCI DSS scope.");
    expect(swarm).not.toContain("offers no PCI DSS scope");
  });

  it("claims nothing about running or paying for it that the profile does not state", () => {
    expect(consequences).toContain(
      "* Neutral, because Acme Platform Engineering runs Acme Runway; the team sizes the capacity its containers use",
    );
    expect(consequences).toContain("the organisation profile states no cost model for Acme Runway");
    expect(consequences).not.toMatch(/patches|control plane|service fee|instances or nodes|servers \(or VMs\)/);
  });
});

/** The record for a team whose answers lead to these platforms, first recommended. */
const recordFor = (
  eligible: Parameters<typeof sampleRecommendationFor>[0],
  answers: Parameters<typeof sampleRecommendationFor>[1],
) => renderAdr(reportData(sampleRecommendationFor(eligible, answers), answers, when));

const part = (record: string, from: string, to: string) => record.split(from)[1]?.split(to)[0] ?? "";

describe("renderAdr names the provider for the team's hosting", () => {
  it("says on-prem that the team runs the control plane on its own hardware, and on Azure that Azure runs it", () => {
    const record = recordFor(["managed-kubernetes", "kubernetes", "k3s"], { hosting: ["on-prem", "azure"] });
    const runs = part(record, "#### What the team runs itself", "####");
    expect(runs).toContain(
      "* Neutral, because on-prem, the team runs the control plane and the worker nodes on its own hardware",
    );
    expect(runs).toContain("* Neutral, because on Azure, AKS runs the control plane");
    expect(record).not.toMatch(/DigitalOcean|AWS, Google Cloud, Microsoft Azure/);
  });

  it("names Google's service and documents for a Google Cloud team, never the EKS guide", () => {
    const record = recordFor(["managed-kubernetes", "k3s"], { hosting: ["gcp"] });
    expect(record).toContain("# 0001. Run the workload on Google Kubernetes Engine (GKE)");
    expect(part(record, "#### What the team runs itself", "####")).toContain(
      "on Google Cloud, GKE runs the control plane",
    );
    expect(part(record, "#### Cost model", "###")).toContain("(GKE docs)");
    expect(record).not.toMatch(/EKS User Guide|DigitalOcean|On-prem editions/);
  });

  it("names the IoT service a fleet depends on, and what the runtime does not do, in the consequences", () => {
    const record = recordFor(["iot-edge", "k3s"], { hosting: ["edge", "azure"] });
    const consequences = part(record, "### Consequences", "### Confirmation");
    expect(part(consequences, "#### What the team runs itself", "####")).toContain(
      "* Neutral, because Azure IoT Hub, run by Microsoft, sends each device its deployment",
    );
    expect(part(consequences, "#### Lock-in and exit path", "####")).toContain(
      "* Bad, because every device has its identity in Azure IoT Hub",
    );
    expect(part(consequences, "#### What it does not do", "####")).toContain("a failed device's work does not move");
    expect(record).not.toMatch(/AWS, Microsoft Azure runs|Greengrass Developer Guide|Greengrass nucleus/);
  });

  it("says what one host cannot do, and names a developer platform by its providers, not a questionnaire label", () => {
    const record = recordFor(["docker-compose", "paas"], { hosting: ["other-cloud"], hostCount: 1 });
    expect(part(record, "#### What it does not do", "####")).toContain(
      "* Bad, because no auto-healing beyond restarts: a lost host takes the application down",
    );
    const paas = part(record, "### Developer PaaS (Fly.io, Railway, Render)", "###");
    expect(paas).toContain(
      "* Bad, because each provider (Fly.io, Railway, Render) runs the containers in its own cloud",
    );
    expect(record).not.toMatch(/runs only on Another cloud/i);
  });

  it("gives a self-run option its drawback: the team runs the control plane", () => {
    const record = recordFor(["managed-kubernetes", "kubernetes"], { hosting: ["on-prem", "azure"] });
    expect(part(record, "### Kubernetes (self-managed)", "###")).toContain(
      "* Bad, because your team runs the control plane: upgrades, etcd, certificates",
    );
  });
});
