import type { AssessmentDetail } from "@platform-advisor/model";
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CUSTOM_QUESTIONS, OWN_RECOMMENDATION, RUNWAY } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { AssessmentPage, customAnswerRows, resultSearch } from "./assessment-page.tsx";
import { SavedList } from "./saved-list.tsx";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const SAVED: AssessmentDetail = {
  id: "a1",
  workload: { id: "checkout", name: "Checkout", team: "payments" },
  answers: { teamSize: 25, hosting: ["aws"], custom: { "cardholder-data": "yes" } },
  note: null,
  createdAt: "2026-12-05T10:00:00.000Z",
  rulesetVersion: "test",
  profile: { name: "acme", revision: 2, hash: "abc" },
  recommendation: OWN_RECOMMENDATION,
  current: OWN_RECOMMENDATION,
};

/** The API by path: the saved data, the catalogue with the organisation's platform, and its questions. */
const stubApi = (routes: Record<string, unknown>) =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      const path = Object.keys(routes).find((candidate) => url.split("?")[0]?.endsWith(candidate));
      return path ? json(routes[path]) : json({ title: "Not Found", status: 404 }, 404);
    }),
  );

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the organisation's own answers on a saved assessment", () => {
  it("read by their questions' prompts and options' labels, or by id once the profile drops the question", () => {
    expect(customAnswerRows({ custom: { "cardholder-data": "yes", regions: ["eu", "us"] } }, CUSTOM_QUESTIONS)).toEqual(
      [
        { id: "cardholder-data", label: CUSTOM_QUESTIONS[0]?.prompt, value: "Yes, cardholder data" },
        { id: "regions", label: CUSTOM_QUESTIONS[1]?.prompt, value: "Europe, United States" },
      ],
    );
    expect(customAnswerRows({ custom: { legacy: "x" } }, CUSTOM_QUESTIONS)).toEqual([
      { id: "legacy", label: "legacy (a question the profile no longer asks)", value: "x" },
    ]);
  });

  it("stay in the link to today's result, as the questionnaire writes them", () => {
    expect(resultSearch({ teamSize: 25, hosting: ["aws", "on-prem"], custom: { regions: ["eu", "us"] } })).toBe(
      "view=result&teamSize=25&hosting=aws%2Con-prem&custom.regions=eu%2Cus",
    );
  });
});

describe("saved pages name the organisation's own platform", () => {
  it("on the assessment, with its answers by their labels", async () => {
    stubApi({
      "/assessments/a1": SAVED,
      "/platforms": { platforms: [RUNWAY] },
      "/questions": { questions: QUESTIONS, customQuestions: CUSTOM_QUESTIONS },
    });
    render(<AssessmentPage id="a1" />);
    const stored = (await screen.findByRole("heading", { name: "As saved" })).closest("section")!;
    expect(stored.querySelector(".lead strong")?.textContent).toBe("Acme Runway");
    const answers = screen.getByRole("heading", { name: "Answers" }).closest("section")!;
    expect(within(answers).getByText("Does the workload store, process or transmit payment card data?")).toBeTruthy();
    expect(within(answers).getByText("Yes, cardholder data")).toBeTruthy();
    expect(
      within(answers).getByRole("link", { name: "See today's full result for these answers" }).getAttribute("href"),
    ).toBe("/?view=result&teamSize=25&hosting=aws&custom.cardholder-data=yes");
    expect(document.body.textContent).not.toContain("org-runway");
  });

  it("in the list, from the catalogue, and with a plain name once the profile drops it", async () => {
    stubApi({
      "/assessments": {
        items: [
          { ...SAVED, recommended: "org-runway", score: 88 },
          { ...SAVED, id: "a2", workload: { id: "legacy" }, recommended: "org-gone", score: 70 },
          { ...SAVED, id: "a3", workload: { id: "web" }, recommended: RECOMMENDATION.recommended, score: 84 },
        ],
        next: null,
      },
      "/platforms": { platforms: [RUNWAY] },
    });
    render(<SavedList search={new URLSearchParams()} />);
    await screen.findByRole("link", { name: "Checkout" });
    const lines = [...document.querySelectorAll(".saved-item > p:not(.muted)")].map((line) => line.textContent);
    expect(lines).toEqual([
      "Acme Runway, score 88",
      "Internal platform (no longer in the organisation profile), score 70",
      "Docker Swarm, score 84",
    ]);
  });
});
