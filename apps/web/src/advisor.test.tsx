import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Advisor } from "./advisor.tsx";
import { QUESTIONS } from "./fixtures/questions.ts";

const params = () => Object.fromEntries(new URLSearchParams(window.location.search));
const progress = () => screen.getByText(/^Question \d+ of \d+$/).textContent;
const step = (name: string) => screen.getByRole("group", { name });

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

describe("the questionnaire", () => {
  it("asks one question per step, checks it, and keeps the answers in the address", async () => {
    const user = userEvent.setup();
    render(<Advisor questions={QUESTIONS} />);
    expect(step("What is this deployment for?")).toBeTruthy();
    expect(progress()).toBe("Question 1 of 5");
    expect(screen.queryByRole("button", { name: "Back" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert").textContent).toBe("Choose an answer, or “I don't know”.");

    await user.click(screen.getByRole("radio", { name: "Local development" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(progress()).toBe("Question 1 of 4");
    expect(params()).toMatchObject({ environment: "development" });

    await user.click(screen.getByRole("button", { name: "Next" }));
    const heading = screen.getByRole("heading", { name: "How many engineers build and run the workload?" });
    expect(document.activeElement).toBe(heading);
    expect(progress()).toBe("Question 2 of 4");

    await user.click(screen.getByRole("button", { name: "1-9" }));
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Exact number of engineers" }).value).toBe("5");
    expect(screen.getByRole("button", { name: "1-9" }).getAttribute("aria-pressed")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Next" }));

    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert").textContent).toBe("Tick at least 1, or choose “I don't know”.");
    await user.click(screen.getByRole("checkbox", { name: "AWS" }));
    await user.click(screen.getByRole("checkbox", { name: "Google Cloud" }));
    expect(params()).toMatchObject({ hosting: "aws,gcp", step: "hosting" });
    await user.click(screen.getByRole("checkbox", { name: "I don't know" }));
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "AWS" }).checked).toBe(false);
    expect(params()).toMatchObject({ unknown: "hosting" });
    expect(params().hosting).toBeUndefined();
    await user.click(screen.getByRole("button", { name: "Next" }));

    expect(progress()).toBe("Question 4 of 4");
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "I don't know" }).checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: "Exact number of engineers" }).value).toBe("5");
  });

  it("finishes on See recommendation and opens the result view", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?environment=development&teamSize=3&hosting=on-prem&step=hosting");
    render(<Advisor questions={QUESTIONS} />);
    expect(progress()).toBe("Question 3 of 3");
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "See recommendation" }));
    expect(params()).toEqual({ view: "result", environment: "development", teamSize: "3", hosting: "on-prem" });
    expect(screen.getByRole("status").textContent).toBe("Working out your recommendation…");
    const [url, init] = vi.mocked(fetch).mock.calls[0]!;
    expect(url).toBe("/api/v1/recommendations");
    expect(JSON.parse(String(init?.body))).toEqual({
      answers: { environment: "development", teamSize: 3, hosting: ["on-prem"] },
    });
  });

  it("says what is wrong with a number next to the field and keeps the text", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?step=teamSize");
    render(<Advisor questions={QUESTIONS} />);
    const input = screen.getByRole<HTMLInputElement>("textbox", { name: "Exact number of engineers" });
    await user.type(input, "2.5");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert").textContent).toBe("Enter a whole number, like 12.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain("teamSize-error");
    expect(input.value).toBe("2.5");
    expect(progress()).toBe("Question 2 of 5");

    await user.clear(input);
    await user.type(input, "0");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(screen.getByRole("alert").textContent).toBe("Enter at least 1.");

    await user.click(screen.getByRole("checkbox", { name: "I don't know" }));
    expect(input.value).toBe("");
    await user.click(screen.getByRole("button", { name: "Next" }));
    expect(params()).toMatchObject({ step: "hosting", unknown: "teamSize" });
  });

  it("opens a link with a bad value on that question, with the value and the message", () => {
    window.history.replaceState(null, "", "/?view=result&teamSize=lots&environment=production");
    render(<Advisor questions={QUESTIONS} />);
    const group = step("How many engineers build and run the workload?");
    expect(within(group).getByRole<HTMLInputElement>("textbox").value).toBe("lots");
    expect(within(group).getByRole("alert").textContent).toBe('"lots" is not a whole number.');
  });

  it("offers to go straight back to the result when an answer is changed from it", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?teamSize=3&step=teamSize&edit=1");
    render(<Advisor questions={QUESTIONS} />);
    const input = screen.getByRole<HTMLInputElement>("textbox", { name: "Exact number of engineers" });
    await user.clear(input);
    await user.type(input, "30");
    const update = screen.getByRole("button", { name: "Update recommendation" });
    expect(update.className).toBe("primary");
    expect(screen.getByRole("button", { name: "Next question" }).className).toBe("secondary");
    await user.click(update);
    expect(params()).toEqual({ view: "result", teamSize: "30" });
  });

  it("offers Start over once something is answered, and clears every answer", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?teamSize=3&step=hosting");
    render(<Advisor questions={QUESTIONS} />);
    await user.click(screen.getByRole("button", { name: "Start over" }));
    expect(params()).toEqual({});
    expect(screen.queryByRole("button", { name: "Start over" })).toBeNull();
  });

  it("goes back to the result with Enter when an answer is changed from it", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/?teamSize=3&step=teamSize&edit=1");
    render(<Advisor questions={QUESTIONS} />);
    const input = screen.getByRole<HTMLInputElement>("textbox", { name: "Exact number of engineers" });
    await user.clear(input);
    await user.type(input, "12{Enter}");
    expect(params()).toEqual({ view: "result", teamSize: "12" });
  });

  it("can be walked with the keyboard alone", async () => {
    const user = userEvent.setup();
    render(<Advisor questions={QUESTIONS} />);
    await user.tab();
    await user.keyboard(" ");
    expect(params()).toMatchObject({ environment: "production" });
    await user.keyboard("{Enter}");
    expect(progress()).toBe("Question 2 of 5");
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Exact number of engineers" }));
    await user.keyboard("12{Enter}");
    expect(params()).toMatchObject({ teamSize: "12", step: "hosting" });
  });
});
