import { type Platform, QUESTIONNAIRE } from "@platform-advisor/model";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { QUESTIONS } from "../fixtures/questions.ts";
import { RECOMMENDATION, RECOMMENDATION_WITH_CONFLICTS } from "../fixtures/recommendation.ts";
import { ResultPage } from "./result-page.tsx";

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });

const feature = (value: string) => ({ value, source: "002_4683bd5b26358492.txt: Summary Table" });
const platform = (id: string, name: string, scaling: string) =>
  ({
    id,
    name,
    limits: [],
    cannot: [],
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
    onStartOver: vi.fn(),
    ...overrides,
  };
  render(<ResultPage {...props} />);
  return props;
};

// The details below the summary are a chunk of their own, which the page shows together with the summary. Loaded
// once here, so that no test's waiting time includes compiling it.
beforeAll(async () => {
  await import("./result-details.tsx");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Opens a collapsed detail section the way a reader does: by its summary. */
const openDetails = async (user: ReturnType<typeof userEvent.setup>, title: string) => {
  const heading = await screen.findByRole("heading", { level: 2, name: title });
  const details = heading.closest("details")!;
  expect(details.open).toBe(false);
  await user.click(heading.closest("summary")!);
  if (!details.open) {
    // happy-dom does not toggle <details> on a click; Chromium does (the e2e tests cover it).
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  }
  return details;
};

const RAW_FILE = /\d{3}_[0-9a-f]{16}\.txt/;

describe("the result page", () => {
  it("sums the decision up first: score, how sure, runner-up, reasons with readable sources", async () => {
    stubApi(() => json(RECOMMENDATION));
    renderPage();
    const heading = await screen.findByRole("heading", { level: 1, name: "Recommendation: Docker Swarm" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe("Recommendation: Docker Swarm · Platform Advisor");
    const card = heading.closest("section")!;
    expect(within(card).getByText("Clear choice.")).toBeTruthy();
    expect(card.querySelector(".score-badge")?.textContent).toBe("84 of 100");
    expect(within(card).getByText("Docker Compose", { selector: "strong" })).toBeTruthy();
    // The gap is in the unit shown: 84 - 72, never the 15 points of the value model.
    expect(card.querySelector(".runner-up")?.textContent).toBe("Runner-up: Docker Compose, score 72: 12 lower.");
    expect(card.textContent).not.toMatch(/15 points|points behind/);
    const why = [...card.querySelectorAll("ul.deciding > li")];
    expect(why.map((item) => item.firstChild?.textContent)).toEqual(["Docker Swarm fits the team size"]);
    // One click to the cited section, labelled by the document's title.
    const link = why[0]!.querySelector(".source a")!;
    expect(link.textContent).toBe("Docker in Production, ch. 4, §4.5");
    expect(link.getAttribute("href")).toBe("/sources/002_4683bd5b26358492.txt#4-5-choosing-the-right-platform");
    expect(link.getAttribute("title")).toContain("Container Orchestration, chapter 4 of Docker in Production");
    expect(within(card).getAllByText("Docker in Production, ch. 4, §4.5").length).toBeGreaterThan(0);
    expect(within(card).getByRole("button", { name: "Based on 1 assumed answer" })).toBeTruthy();
    expect(within(card).queryByText(/conflict/)).toBeNull();
    expect(document.body.textContent).not.toMatch(RAW_FILE);
  });

  it("lists every conflict with a stated preference in the summary, and the answers not used", async () => {
    stubApi(() => json(RECOMMENDATION_WITH_CONFLICTS));
    renderPage();
    const conflicts = await screen.findByRole("note", { name: "1 conflict with your answers" });
    expect(conflicts.textContent).toContain("The best serverless option is AWS Fargate.");
    const user = userEvent.setup();
    const assumptions = await openDetails(user, "What we assumed");
    expect(within(assumptions).getByRole("heading", { name: "Answers not used on this path" })).toBeTruthy();
    expect(within(assumptions).getByText("What runs today is not asked on this path.")).toBeTruthy();
  });

  it("keeps every detail collapsed until asked for", async () => {
    stubApi(() => json(RECOMMENDATION));
    renderPage();
    await screen.findByRole("heading", { level: 1, name: /^Recommendation: / });
    const details = [...document.querySelectorAll<HTMLDetailsElement>("details.disclosure")];
    expect(details.map((item) => item.querySelector("h2")?.textContent)).toEqual([
      "The decision tree, walked",
      "Every platform, ranked",
      "Ruled out",
      "What would change the answer",
      "As you grow",
      "What we assumed",
      "Complexity versus capability",
      "Top platforms side by side",
    ]);
    expect(details.every((item) => !item.open)).toBe(true);
  });

  it("walks seed 002's tree and says why the ranking goes beyond its leaf", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    renderPage({ answers: { teamSize: 5 } });
    const tree = await openDetails(user, "The decision tree, walked");
    const svg = within(tree).getByRole("img", { name: /decision tree/ });
    expect([...svg.querySelectorAll(".node.on-path")].map((node) => node.textContent)).toEqual([
      "Small team(under 10)?",
      "Under 20containers?",
      "Docker Swarm(small cluster)",
    ]);
    expect(tree.querySelector(".tree-verdict")?.textContent).toBe("The ranking agrees with the tree: Docker Swarm.");
  });

  it("says in one sentence why the ranking leaves the tree's leaf", async () => {
    stubApi(() => json({ ...RECOMMENDATION, answers: { teamSize: 5, containerCount: 8 } }));
    const user = userEvent.setup();
    renderPage({ answers: { teamSize: 5, containerCount: 8 } });
    const tree = await openDetails(user, "The decision tree, walked");
    expect(tree.querySelector(".tree-verdict")?.textContent).toBe(
      "The tree ends at Docker Compose (single host); the ranking picks Docker Swarm because it weighs every answer and fifteen platforms, above all: Docker Swarm fits the team size.",
    );
  });

  it("ranks the platforms that fit, and groups the ruled-out ones by cause", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    renderPage();
    const ranking = await openDetails(user, "Every platform, ranked");
    const items = [...ranking.querySelectorAll("li.ranked")];
    expect(items.map((item) => item.querySelector(".rank-name")?.textContent)).toEqual([
      "1. Docker Swarm",
      "2. Docker Compose",
      "3. Kubernetes",
    ]);
    expect(items[0]!.querySelector<HTMLElement>(".bar-fill")?.style.width).toBe("84%");
    const out = await openDetails(user, "Ruled out");
    const rows = within(out).getAllByRole("row").slice(1);
    expect(rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.firstChild?.textContent))).toEqual([
      ["Runs only on AWS, and you host on-prem", "AWS Fargate"],
    ]);
  });

  it("applies a what-if change and leads to each assumed answer", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    const props = renderPage();
    await openDetails(user, "What would change the answer");
    await user.click(await screen.findByRole("button", { name: "With 120 containers, Kubernetes would lead" }));
    expect(props.onApply).toHaveBeenCalledWith({ containerCount: 120 });
    await user.click(screen.getByRole("button", { name: "Based on 1 assumed answer" }));
    await user.click(await screen.findByRole("button", { name: /^Answer this/ }));
    expect(props.onEdit).toHaveBeenCalledWith("highAvailability");
    await openDetails(user, "As you grow");
    expect(screen.getByText("At 400 containers, Kubernetes")).toBeTruthy();
  });

  it("shows an applied change with Undo, and compares it with before", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    const onUndo = vi.fn();
    renderPage({ applied: { change: { teamSize: 12 }, before: { teamSize: 5 } }, onUndo });
    const bar = await screen.findByRole("region", { name: "Applied change" });
    expect(bar.querySelector(".applied-line")?.textContent).toBe("Applied: 12 engineers · Undo · Compare with before");
    await user.click(within(bar).getByRole("button", { name: "Compare with before" }));
    const table = await within(bar).findByRole("table", { name: "The result before and after the change" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["", "Before", "After"]);
    await user.click(within(bar).getByRole("button", { name: "Undo" }));
    expect(onUndo).toHaveBeenCalled();
  });

  it("shows the answers as changeable chips, with Start over", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    const props = renderPage();
    const strip = (await screen.findByRole("heading", { name: "Your answers" })).closest("section")!;
    await user.click(within(strip).getByRole("button", { name: /^Change: How many engineers/ }));
    expect(props.onEdit).toHaveBeenCalledWith("teamSize");
    await user.click(within(strip).getByRole("button", { name: "Start over" }));
    expect(props.onStartOver).toHaveBeenCalled();
  });

  it("counts as assumed exactly the chips marked so, each with its value, and says why a default is not counted", async () => {
    const assumed = {
      ...RECOMMENDATION,
      assumptions: [
        { question: "environment" as const, value: "production", text: "Assumed this is for production." },
        { question: "highAvailability" as const, value: false, text: "Assumed no failover is needed." },
        {
          question: "traffic" as const,
          value: null,
          text: "What reaches the workload was not given: no kind of traffic is required.",
        },
      ],
      // Hosts were filled in to rank the others, but the pick does not depend on them: not an assumption.
      answers: { ...RECOMMENDATION.answers, environment: "production" as const, highAvailability: false },
    };
    stubApi(() => json(assumed));
    const user = userEvent.setup();
    renderPage({ questions: QUESTIONNAIRE, answers: { teamSize: 5, containerCount: 40 } });
    const card = (await screen.findByRole("heading", { level: 1, name: /^Recommendation:/ })).closest("section")!;
    const count = within(card).getByRole("button", { name: /^Based on \d+ assumed answers?$/ });
    const strip = screen.getByRole("heading", { name: "Your answers" }).closest("section")!;
    const chips = within(strip)
      .getAllByRole("button", { name: /^Change: / })
      .map((chip) => chip.textContent ?? "");
    const marked = chips.filter((chip) => chip.endsWith("(assumed)"));
    expect(count.textContent).toBe(`Based on ${marked.length} assumed answers`);
    expect(marked).toContain("Inbound traffic: no requirement (assumed)");
    expect(chips).toContain("Hosts: 3 hosts (default, no bearing on Docker Swarm)");
    expect(chips.filter((chip) => /: assumed$/.test(chip))).toEqual([]);
    const list = await openDetails(user, "What we assumed");
    expect(list.querySelector(".defaults-note")?.textContent).toBe(
      "Filled in to rank the other platforms, and not counted as assumed because Docker Swarm does not depend on it: Hosts: 3 hosts.",
    );
  });

  it("compares the top three on the summary table's rows", async () => {
    stubApi(() => json(RECOMMENDATION));
    const user = userEvent.setup();
    renderPage();
    await openDetails(user, "Top platforms side by side");
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
    await openDetails(user, "Complexity versus capability");
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
