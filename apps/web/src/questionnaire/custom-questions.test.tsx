import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Advisor } from "../advisor.tsx";
import { CUSTOM_QUESTIONS } from "../fixtures/own-platform.ts";
import { QUESTIONS } from "../fixtures/questions.ts";

const params = () => Object.fromEntries(new URLSearchParams(window.location.search));
const progress = () => screen.getByText(/^Question \d+ of \d+$/).textContent;
const CARD = "Does the workload store, process or transmit payment card data?";
const REGIONS = "Which of Acme's regions must it serve";

beforeEach(() => {
  window.history.replaceState(null, "", "/");
  // The result view asks the API; here that request stays pending, so the view shows its loading state.
  vi.stubGlobal(
    "fetch",
    vi.fn(() => new Promise(() => undefined)),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("an organisation's own questions", () => {
  it("are asked after the built-in ones, counted in the progress, and go in answers.custom", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?environment=development&teamSize=3&hosting=on-prem&step=hosting");
    render(<Advisor questions={QUESTIONS} customQuestions={CUSTOM_QUESTIONS} />);
    expect(progress()).toBe("Question 3 of 5");
    await user.click(screen.getByRole("button", { name: "Next" }));

    const group = screen.getByRole("group", { name: CARD });
    expect(progress()).toBe("Question 4 of 5");
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: CARD }));
    expect(
      within(group).getByText("Cardholder data may only run on platforms inside Acme's PCI DSS scope."),
    ).toBeTruthy();
    expect(within(group).getByText(/From your organisation's profile/)).toBeTruthy();
    expect(within(group).queryByText("Why we ask")).toBeNull();
    const yes = within(group).getByRole("radio", { name: "Yes, cardholder data" });
    expect(yes.getAttribute("aria-describedby")).toBe("custom.cardholder-data-help");

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(within(group).getByRole("alert").textContent).toBe("Choose an answer, or “I don't know”.");
    await user.click(yes);
    expect(params()).toMatchObject({ "custom.cardholder-data": "yes", step: "custom.cardholder-data" });
    await user.click(screen.getByRole("button", { name: "Next" }));

    // Several answers: at least one tick, with each option's help beside it.
    const regions = screen.getByRole("group", { name: REGIONS });
    expect(progress()).toBe("Question 5 of 5");
    expect(within(regions).getByText("Data stays in the EU.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "See recommendation" }));
    expect(within(regions).getByRole("alert").textContent).toBe("Tick at least 1, or choose “I don't know”.");
    await user.click(within(regions).getByRole("checkbox", { name: /Europe/ }));
    await user.click(within(regions).getByRole("checkbox", { name: "United States" }));
    await user.click(screen.getByRole("button", { name: "See recommendation" }));

    expect(params()).toEqual({
      view: "result",
      environment: "development",
      teamSize: "3",
      hosting: "on-prem",
      "custom.cardholder-data": "yes",
      "custom.regions": "eu,us",
    });
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe("/api/v1/recommendations");
    expect(JSON.parse(String(init?.body))).toEqual({
      answers: {
        environment: "development",
        teamSize: 3,
        hosting: ["on-prem"],
        custom: { "cardholder-data": "yes", regions: ["eu", "us"] },
      },
    });
  });

  it("can be answered with the keyboard alone, and Back returns to the last built-in question", async () => {
    const user = userEvent.setup();
    window.history.replaceState(
      null,
      "",
      "/?environment=development&teamSize=3&hosting=on-prem&step=custom.cardholder-data",
    );
    render(<Advisor questions={QUESTIONS} customQuestions={CUSTOM_QUESTIONS} />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Start over" }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Yes, cardholder data" }));
    await user.keyboard("{ArrowDown}");
    expect(params()).toMatchObject({ "custom.cardholder-data": "no" });
    await user.keyboard("{Enter}");
    expect(screen.getByRole("group", { name: REGIONS })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("group", { name: "Where must it run?" })).toBeTruthy();
  });

  it("remembers I don't know without an answer, and leaves answers.custom out when nothing is answered", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?custom.cardholder-data=yes&step=custom.cardholder-data");
    render(<Advisor questions={QUESTIONS} customQuestions={CUSTOM_QUESTIONS} />);
    await user.click(screen.getByRole("radio", { name: "I don't know" }));
    expect(params()).toEqual({ step: "custom.cardholder-data", unknown: "custom.cardholder-data" });
  });

  it("opens a link whose answer is not one of the options on that question, with the message", () => {
    window.history.replaceState(null, "", "/?view=result&teamSize=3&custom.cardholder-data=maybe");
    render(<Advisor questions={QUESTIONS} customQuestions={CUSTOM_QUESTIONS} />);
    const group = screen.getByRole("group", { name: CARD });
    expect(within(group).getByRole("alert").textContent).toBe('"maybe" is not one of the choices.');
  });
});
