import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import { assessmentStore, type Storage } from "@platform-advisor/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStorage } from "../api/stores.ts";
import { type Harness, startHarness } from "./harness.ts";
import { VIEWPORTS } from "./teams.ts";

/*
 * An organisation profile (v2) in the browser: the example profile adds a question ("Does the workload store, process
 * or transmit payment card data?") and an internal platform, Acme Runway, the only one on-prem inside Acme's PCI DSS
 * scope. A person answers the questionnaire by clicking, the organisation's question last, and reads Runway
 * recommended with the documents its profile cites.
 */

const PROFILE = fileURLToPath(new URL("../../docs/org-profile.example.yaml", import.meta.url));
const CARD = "Does the workload store, process or transmit payment card data?";
const HANDBOOK = { name: "Acme Runway handbook", href: "https://runway.acme.example/handbook" };

type Plan = Record<string, { type: number } | { tick: string[] } | { choose: string }>;

/** On-prem, 25 engineers, 60 containers, cardholder data; "I don't know" to everything else. */
const PLAN: Plan = {
  teamSize: { type: 25 },
  containerCount: { type: 60 },
  hosting: { tick: ["Our own data centre (on-prem)"] },
  "custom.cardholder-data": { choose: "Yes, cardholder data" },
};

let storage: Storage;
let harness: Harness;

beforeAll(async () => {
  storage = await freshStorage("embedded");
  harness = await startHarness({ env: { ORG_PROFILE: PROFILE }, deps: { store: assessmentStore(storage) } });
}, 180_000);

afterAll(async () => {
  await harness?.close();
  await storage?.close();
});

/** The id of the question on screen: every input of a step is named after its question. */
const currentQuestion = (page: Page) => page.locator("form.step fieldset input[name]").first().getAttribute("name");

const progress = async (page: Page) => {
  const text = (await page.locator("#step-progress").textContent()) ?? "";
  const [, number, total] = /Question (\d+) of (\d+)/.exec(text) ?? [];
  return { number: Number(number), total: Number(total) };
};

const answer = async (page: Page, id: string) => {
  const step = PLAN[id];
  const form = page.locator("form.step");
  if (step && "type" in step) await form.getByRole("textbox").fill(String(step.type));
  else if (step && "tick" in step) {
    for (const label of step.tick) await form.getByRole("checkbox", { name: label, exact: true }).check();
  } else if (step && "choose" in step) await form.getByRole("radio", { name: step.choose, exact: true }).check();
  else await form.getByLabel("I don't know", { exact: true }).check();
};

/** Clicks through the questionnaire as PLAN says; returns the ids of the steps in the order they were asked. */
const walk = async (page: Page): Promise<string[]> => {
  const asked: string[] = [];
  await page.goto("/");
  for (let steps = 0; steps < 25; steps++) {
    const id = await currentQuestion(page);
    if (!id) throw new Error("no question on screen");
    asked.push(id);
    await answer(page, id);
    const finish = page.getByRole("button", { name: "See recommendation" });
    if (await finish.isVisible()) {
      await finish.click();
      return asked;
    }
    const { number } = await progress(page);
    await page.getByRole("button", { name: "Next" }).click();
    await page.locator("#step-progress", { hasText: `Question ${number + 1} of` }).waitFor();
  }
  throw new Error("the questionnaire did not end within 25 steps");
};

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`,
  );
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("an organisation profile's own question and platform, in Chromium", () => {
  it("asks the organisation's question last and recommends its own platform with its sources", async () => {
    const { page, errors } = await harness.open({ viewport: VIEWPORTS.desktop });
    const asked = await walk(page);
    expect(asked.at(-1)).toBe("custom.cardholder-data");
    expect(asked.filter((id) => id.startsWith("custom."))).toEqual(["custom.cardholder-data"]);

    const heading = page.getByRole("heading", { level: 1 });
    await expect.poll(() => heading.textContent()).toBe("Recommendation: Acme Runway");
    const query = new URL(page.url()).searchParams;
    expect(query.get("custom.cardholder-data")).toBe("yes");
    expect(query.get("hosting")).toBe("on-prem");

    // Its own documents, as links a reader can open.
    const summary = page.locator("section.summary");
    const handbook = summary.getByRole("link", { name: HANDBOOK.name, exact: true });
    expect(await handbook.getAttribute("href")).toBe(HANDBOOK.href);
    expect(await handbook.isVisible()).toBe(true);
    expect(await summary.textContent()).toContain("run by Acme Platform Engineering");

    // The answer shows by its label, and opens its question again.
    const chip = page.getByRole("button", { name: new RegExp(`^Change: ${CARD.replace("?", "\\?")}`) });
    expect(await chip.textContent()).toBe(`${CARD} Yes, cardholder data`);
    expect(await page.locator("main").textContent()).not.toMatch(/org-runway|cardholder-data|org-pci-dss/);
    expect(await violations(page)).toEqual([]);

    await chip.click();
    await page.getByRole("group", { name: CARD }).waitFor();
    expect(await page.getByRole("radio", { name: "Yes, cardholder data" }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("is answered by keyboard, and fits a phone without scrolling sideways", async () => {
    const { page, errors } = await harness.open({ viewport: VIEWPORTS.phone });
    await page.goto("/?teamSize=25&containerCount=60&hosting=on-prem&step=custom.cardholder-data");
    const group = page.getByRole("group", { name: CARD });
    await group.waitFor();
    const { number, total } = await progress(page);
    expect(number).toBe(total);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(await violations(page)).toEqual([]);

    // Tab into the radio group, choose with the arrows, submit with Enter.
    for (let presses = 0; presses < 10; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio")) break;
    }
    await page.keyboard.press("Space");
    expect(await group.getByRole("radio", { name: "Yes, cardholder data" }).isChecked()).toBe(true);
    await page.keyboard.press("Enter");

    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Recommendation: Acme Runway");
    const handbook = page.locator("section.summary").getByRole("link", { name: HANDBOOK.name, exact: true });
    await handbook.waitFor();
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it("saves the assessment and shows it with the platform's name and the answer's label", async () => {
    const { page, errors } = await harness.open({ viewport: VIEWPORTS.desktop });
    await page.goto("/?view=result&teamSize=25&containerCount=60&hosting=on-prem&custom.cardholder-data=yes");
    const save = page.getByRole("region", { name: "Save this assessment" });
    await save.getByLabel("Workload id").fill("card-vault");
    await save.getByRole("button", { name: "Save assessment" }).click();
    await save.getByRole("link", { name: "Open the saved assessment" }).click();

    await page.getByRole("heading", { level: 2, name: "As saved" }).waitFor();
    expect(await page.locator(".lead strong").textContent()).toBe("Acme Runway");
    const answers = page.locator("section[aria-labelledby=answers-heading] dl");
    expect((await answers.locator("dt").allTextContents()).at(-1)).toBe(CARD);
    expect((await answers.locator("dd").allTextContents()).at(-1)).toBe("Yes, cardholder data");
    const today = page.getByRole("link", { name: "See today's full result for these answers" });
    expect(
      new URL((await today.getAttribute("href"))!, harness.origin).searchParams.get("custom.cardholder-data"),
    ).toBe("yes");

    await page.goto("/portfolio");
    await page.locator(".portfolio-bars li").first().waitFor();
    expect(await page.locator(".portfolio-bars .bar-name").allTextContents()).toEqual(["Acme Runway"]);
    expect(await page.locator("main").textContent()).not.toContain("org-runway");
    expect(errors).toEqual([]);
  });
});
