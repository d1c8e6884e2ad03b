import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QUESTIONS } from "../fixtures/questions.ts";
import { RECOMMENDATION } from "../fixtures/recommendation.ts";
import { ResultPage } from "./result-page.tsx";

// The details' chunk cannot be fetched: offline, or a new release has replaced the file.
vi.mock("./result-details.tsx", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the result page without its details' chunk", () => {
  it("still shows the decision, and says the details could not be loaded", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () => new Response(JSON.stringify(RECOMMENDATION), { headers: { "content-type": "application/json" } }),
      ),
    );
    render(
      <ResultPage
        questions={QUESTIONS}
        answers={{ teamSize: 5 }}
        search="view=result&teamSize=5"
        focusOnMount={false}
        onEdit={vi.fn()}
        onApply={vi.fn()}
        onStartOver={vi.fn()}
      />,
    );
    expect(await screen.findByRole("heading", { level: 1, name: "Recommendation: Docker Swarm" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Your answers" })).toBeTruthy();
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("The details of this recommendation could not be loaded.");
    expect(within(alert).getByRole("button", { name: "Retry" })).toBeTruthy();
    expect(document.querySelectorAll("details.disclosure")).toHaveLength(0);
  });
});
