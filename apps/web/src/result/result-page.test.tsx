import type { Platform } from "@platform-advisor/model";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QUESTIONS } from "../fixtures/questions.ts";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { ResultPage } from "./result-page.tsx";

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });

const feature = (value: string) => ({ value, source: "002_4683bd5b26358492.txt: Summary Table" });
const platform = (id: string, name: string, scaling: string) =>
  ({
    id,
    name,
    features: {
      scope: feature("Cluster"),
      setup: feature("Easy"),
      scaling: feature(scaling),
      selfHealing: feature("Yes"),
      networking: feature("Overlay"),
      loadBalancing: feature("Built-in"),
      secrets: feature("Built-in"),
      rollingUpdates: feature("Yes"),
      configFormat: feature("YAML"),
      learningCurve: feature("Low"),
    },
  }) as unknown as Platform;

const PLATFORMS = [
  platform("docker-swarm", "Docker Swarm", "docker service scale"),
  platform("docker-compose", "Docker Compose", "Manual"),
  platform("kubernetes", "Kubernetes", "HPA, VPA"),
];

/** Answers the page's requests the way the API does: by path. */
const stubApi = (recommendation: () => Response) =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => (url.endsWith("/platforms") ? json({ platforms: PLATFORMS }) : recommendation())),
  );

const renderPage = (overrides: Partial<Parameters<typeof ResultPage>[0]> = {}) => {
  const props = {
    questions: QUESTIONS,
    answers: { teamSize: 5 },
    search: "view=result&teamSize=5",
    focusOnMount: true,
    onEdit: vi.fn(),
    onApply: vi.fn(),
    ...overrides,
  };
  render(<ResultPage {...props} />);
  return props;
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the result page", () => {
  it("explains the recommendation: heading, margin, reasons and sources", async () => {
    stubApi(() => json(RECOMMENDATION));
    renderPage();
    const heading = await screen.findByRole("heading", { level: 1, name: "Recommendation: Docker Swarm" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe("Recommendation: Docker Swarm · Platform Advisor");
    expect(screen.getByText("Score 84 of 100, 12 points ahead of the runner-up, Docker Compose.")).toBeTruthy();
    const why = screen.getByRole("heading", { name: "Why Docker Swarm" }).nextElementSibling as HTMLElement;
    expect(within(why).getByText("Docker Swarm fits the team size")).toBeTruthy();
    expect(within(why).getAllByText("002_4683bd5b26358492.txt: 4.5 Choosing the Right Platform")).toHaveLength(2);
  });

  it("ranks every platform and says why the excluded ones are out", async () => {
    stubApi(() => json(RECOMMENDATION));
    renderPage();
    const ranking = (await screen.findByRole("heading", { name: "Every platform, ranked" })).parentElement!;
    const items = within(ranking)
      .getAllByRole("listitem")
      .filter((item) => item.classList.contains("ranked"));
    expect(items.map((item) => item.querySelector(".rank-name")?.textContent)).toEqual([
      "1. Docker Swarm",
      "2. Docker Compose",
      "3. Kubernetes",
      "4. AWS Fargate",
    ]);
    expect(within(items[3]!).getByText("AWS Fargate runs only on AWS, and you host on-prem")).toBeTruthy();
    expect(items[3]!.querySelector(".reason-out .impact")?.textContent).toBe("Out");
    expect(items[0]!.querySelector<HTMLElement>(".bar-fill")?.style.width).toBe("84%");
  });

  it("applies a what-if change and leads to each assumed answer", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    const props = renderPage();
    await user.click(await screen.findByRole("button", { name: "With 120 containers, Kubernetes would lead" }));
    expect(props.onApply).toHaveBeenCalledWith({ containerCount: 120 });
    await user.click(screen.getByRole("button", { name: /^Answer this/ }));
    expect(props.onEdit).toHaveBeenCalledWith("highAvailability");
    expect(screen.getByText("At 400 containers, Kubernetes")).toBeTruthy();
  });

  it("compares the top three on the summary table's rows", async () => {
    stubApi(() => json(RECOMMENDATION));
    renderPage();
    const table = await screen.findByRole("table", { name: "The top platforms compared feature by feature" });
    const header = within(table)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(header).toEqual(["Feature", "Docker Swarm", "Docker Compose", "Kubernetes"]);
    const scaling = within(table).getByRole("rowheader", { name: "Scaling" }).parentElement!;
    expect(
      within(scaling)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["docker service scale", "Manual", "HPA, VPA"]);
  });

  it("offers the chart's data as a table", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByRole("img", { name: "Complexity versus capability" })).toBeTruthy();
    const table = screen.getByRole("table", { name: /^Complexity versus capability, as a table/ });
    expect(within(table).getAllByRole("row")).toHaveLength(5);
    await user.click(screen.getByRole("button", { name: "Show the chart's data as a table" }));
    expect(table.parentElement?.className).toBe("table-wrap");
  });

  it("shows which answers the API refused, and leads to each field with its message", async () => {
    stubApi(() =>
      json(
        {
          type: "about:blank",
          title: "Invalid answers",
          status: 422,
          errors: [{ path: "answers.teamSize", message: "Too big: expected number to be <=100000" }],
        },
        422,
        "application/problem+json",
      ),
    );
    const user = userEvent.setup();
    const props = renderPage({ answers: { teamSize: 200_000 } });
    expect(await screen.findByRole("heading", { level: 1, name: "Some answers need fixing" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Fix this answer/ }));
    expect(props.onEdit).toHaveBeenCalledWith("teamSize", { message: "Too big: expected number to be <=100000" });
  });

  it("offers a retry when the API fails, and recovers", async () => {
    let calls = 0;
    stubApi(() => {
      calls += 1;
      return calls === 1
        ? json({ title: "Internal Server Error", status: 500, detail: "Something went wrong." }, 500)
        : json(RECOMMENDATION);
    });
    const user = userEvent.setup();
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Something went wrong.");
    await user.click(within(alert).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Recommendation: Docker Swarm" })).toBeTruthy();
  });
});
