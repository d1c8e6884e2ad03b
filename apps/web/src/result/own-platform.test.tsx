import type { Platform } from "@platform-advisor/model";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CUSTOM_QUESTIONS, OWN_RECOMMENDATION, RUNWAY } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { ResultPage } from "./result-page.tsx";

const json = (body: unknown, status = 200, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } });

const feature = (value: string, source: string) => ({ value, source });
/** The catalogue entry with the rows the comparison reads: Runway's cite its handbook. */
const withFeatures = (platform: Platform, source: string) =>
  ({
    ...platform,
    features: Object.fromEntries(
      [
        "scope",
        "setup",
        "scaling",
        "selfHealing",
        "networking",
        "loadBalancing",
        "secrets",
        "rollingUpdates",
        "configFormat",
        "learningCurve",
      ].map((row) => [row, feature(`${platform.name} ${row}`, source)]),
    ),
  }) as Platform;

const CATALOGUE = [
  withFeatures(RUNWAY, "Acme Runway handbook"),
  withFeatures(
    { id: "docker-swarm", name: "Docker Swarm", limits: [], cannot: [] } as unknown as Platform,
    "Docker docs: Swarm mode",
  ),
];

/** Answers the page's requests by path, and records them. */
const stubApi = (recommendation: unknown) => {
  const fetch = vi.fn(async (url: string) =>
    url.endsWith("/platforms") ? json({ platforms: CATALOGUE }) : json(recommendation),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
};

const renderPage = (answers = { teamSize: 25, custom: { "cardholder-data": "yes" } }) => {
  const props = {
    questions: QUESTIONS,
    customQuestions: CUSTOM_QUESTIONS,
    answers,
    search: "view=result&teamSize=25&custom.cardholder-data=yes",
    focusOnMount: false,
    onEdit: vi.fn(),
    onApply: vi.fn(),
    onStartOver: vi.fn(),
  };
  render(<ResultPage {...props} />);
  return props;
};

beforeAll(async () => {
  await import("./result-details.tsx");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const openDetails = async (user: ReturnType<typeof userEvent.setup>, title: string) => {
  const heading = await screen.findByRole("heading", { level: 2, name: title });
  const details = heading.closest("details")!;
  await user.click(heading.closest("summary")!);
  if (!details.open) {
    // happy-dom does not toggle <details> on a click; Chromium does (the e2e tests cover it).
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  }
  return details;
};

describe("a result that recommends the organisation's own platform", () => {
  it("names it, says what its profile says of it, and links its documents", async () => {
    const fetch = stubApi(OWN_RECOMMENDATION);
    renderPage();
    const heading = await screen.findByRole("heading", { level: 1, name: "Recommendation: Acme Runway" });
    const card = heading.closest("section")!;
    const about = within(card).getByRole("region", { name: "About Acme Runway" });
    expect(about.textContent).toContain(
      "Your organisation's own platform, run by Acme Platform Engineering. Acme's internal PaaS on Red Hat OpenShift.",
    );
    const handbook = within(about).getByRole("link", { name: "Acme Runway handbook" });
    expect(handbook.getAttribute("href")).toBe("https://runway.acme.example/handbook");
    // A document the profile gives no address for is named, not linked.
    expect(within(about).getByText("Acme PCI DSS report on compliance 2026").tagName).toBe("CITE");
    // No reason adds points: the requirement it meets comes before what it costs, citing the same document, linked.
    const why = [...card.querySelectorAll<HTMLElement>("ul.deciding > li")];
    expect(why.map((item) => item.firstChild?.textContent)).toEqual([
      "Acme Runway is inside Acme's PCI DSS scope",
      "Complexity 3/10 costs a team of 25 8 points",
    ]);
    const reason = why[0]!;
    expect(
      within(reason as HTMLElement)
        .getByRole("link", { name: "Acme Runway handbook" })
        .getAttribute("href"),
    ).toBe("https://runway.acme.example/handbook");
    expect(document.body.textContent).not.toContain("org-runway");
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(["/api/v1/recommendations", "/api/v1/platforms"]);
  });

  it("asks for no catalogue before showing a built-in platform's result", async () => {
    const fetch = stubApi(RECOMMENDATION);
    renderPage();
    const heading = await screen.findByRole("heading", { level: 1, name: "Recommendation: Docker Swarm" });
    expect(within(heading.closest("section")!).queryByRole("region", { name: /^About/ })).toBeNull();
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(["/api/v1/recommendations"]);
  });

  it("shows the organisation's answers as chips that open their questions", async () => {
    stubApi(OWN_RECOMMENDATION);
    const user = userEvent.setup();
    const props = renderPage();
    const strip = (await screen.findByRole("heading", { name: "Your answers" })).closest("section")!;
    const chips = within(strip).getAllByRole("button", { name: /^Change:/ });
    expect(chips.slice(-2).map((chip) => chip.textContent)).toEqual([
      "Does the workload store, process or transmit payment card data? Yes, cardholder data",
      "Which of Acme's regions must it serve: not answered",
    ]);
    await user.click(chips.at(-2)!);
    expect(props.onEdit).toHaveBeenCalledWith("custom.cardholder-data");
  });

  it("says why the tree cannot name it, and links its documents under the comparison", async () => {
    stubApi(OWN_RECOMMENDATION);
    const user = userEvent.setup();
    renderPage();
    const tree = await openDetails(user, "The decision tree, walked");
    expect(tree.querySelector(".tree-verdict")?.textContent).toBe(
      "The tree ends at Kubernetes (managed); the ranking picks Acme Runway, your organisation's own platform, which the tree (written for public platforms) cannot name.",
    );
    const compare = await openDetails(user, "Top platforms side by side");
    const table = await within(compare).findByRole("table", { name: /compared feature by feature/ });
    expect(within(table).getAllByRole("columnheader")[1]?.textContent).toBe("Acme Runway");
    const sources = compare.querySelector(".sources")!;
    expect(
      within(sources as HTMLElement)
        .getByRole("link", { name: "Acme Runway handbook" })
        .getAttribute("href"),
    ).toBe("https://runway.acme.example/handbook");
  });

  it("leads to the organisation's question when the API refuses its answer", async () => {
    stubApi(OWN_RECOMMENDATION);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json(
          {
            title: "Invalid answers",
            status: 400,
            errors: [{ path: "answers.custom.cardholder-data", message: "Not one of the profile's options" }],
          },
          400,
          "application/problem+json",
        ),
      ),
    );
    const user = userEvent.setup();
    const props = renderPage();
    await screen.findByRole("heading", { level: 1, name: "Some answers need fixing" });
    await user.click(
      screen.getByRole("button", {
        name: "Fix this answer: Does the workload store, process or transmit payment card data?",
      }),
    );
    expect(props.onEdit).toHaveBeenCalledWith("custom.cardholder-data", {
      message: "Not one of the profile's options",
    });
  });
});
