import { CATALOGUE, type HostingTarget, type PlatformId, type Recommendation } from "@platform-advisor/model";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { ComparisonTable } from "./comparison-table.tsx";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A recommendation whose top three are these platforms, named as the API names them, for a team hosting here. */
const recommendationFor = (top: [PlatformId, string][], hosting: HostingTarget[]): Recommendation => ({
  ...RECOMMENDATION,
  recommended: top[0]![0],
  ranking: top.map(([platform, name], index) => ({ ...RECOMMENDATION.ranking[0]!, platform, name, rank: index + 1 })),
  answers: { ...RECOMMENDATION.answers, hosting: hosting as [HostingTarget, ...HostingTarget[]] },
});

/** The comparison with the real catalogue behind the API. */
const compare = async (recommendation: Recommendation) => {
  vi.stubGlobal(
    "fetch",
    vi.fn(
      async () =>
        new Response(JSON.stringify({ platforms: CATALOGUE }), { headers: { "content-type": "application/json" } }),
    ),
  );
  const { container } = render(<ComparisonTable recommendation={recommendation} />);
  const table = await screen.findByRole("table", { name: "The top platforms compared feature by feature" });
  const row = (label: string) =>
    within(within(table).getByRole("rowheader", { name: label }).parentElement!)
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
  const sources = container.querySelector(".sources")?.textContent ?? "";
  return { container, row, sources };
};

describe("the comparison", () => {
  it("reads GKE's rows and cites GKE's documents for a Google Cloud team, never the EKS guide", async () => {
    const { row, sources } = await compare(
      recommendationFor(
        [
          ["google-cloud-run", "Google Cloud Run"],
          ["k3s", "K3s"],
          ["managed-kubernetes", "Google Kubernetes Engine (GKE)"],
        ],
        ["gcp"],
      ),
    );
    expect(row("Setup")[2]).toBe("Moderate: Google runs the control plane (Autopilot the nodes too)");
    expect(sources).toContain("GKE docs");
    expect(sources).not.toMatch(/EKS|Amazon|AWS/);
  });

  it("says on-prem that the team runs the control plane, and cites the on-prem editions", async () => {
    const { row, sources } = await compare(
      recommendationFor(
        [
          ["managed-kubernetes", "Amazon EKS Anywhere, AKS enabled by Azure Arc, Google Distributed Cloud"],
          ["kubernetes", "Kubernetes (self-managed)"],
        ],
        ["on-prem"],
      ),
    );
    expect(row("Setup")[0]).toMatch(/^Complex: your team runs the control plane on its own hardware/);
    expect(row("Networking")[0]).not.toMatch(/cloud/i);
    expect(sources).toContain("EKS Anywhere docs");
  });

  it("shows each feature with every platform's name beside its value, for a phone", async () => {
    const { container } = await compare(
      recommendationFor(
        [
          ["iot-edge", "Azure IoT Edge"],
          ["k3s", "K3s"],
        ],
        ["edge", "azure"],
      ),
    );
    const setup = [...container.querySelectorAll(".comparison-stack .comparison-feature")].find(
      (feature) => feature.querySelector("dt")?.textContent === "Setup",
    );
    expect([...(setup?.querySelectorAll("dd") ?? [])].map((value) => value.textContent)).toEqual([
      "Azure IoT Edge: Device provisioning from Azure IoT Hub",
      "K3s: One binary, one command",
    ]);
  });
});
