import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTRY_BUDGET_GZIP, type Harness, startHarness } from "./harness.ts";
import { MAX_SCREENS, TEAMS, VIEWPORTS } from "./teams.ts";

const RESULT = "/?view=result&teamSize=25&containerCount=60&hosting=aws";
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(() => harness?.close());

const violations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`,
  );
};

/** How far the page scrolls sideways; 0 when it fits the viewport. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Waits for the result and opens every detail section, so that checks see all of it. */
const waitForResult = async (page: Page) => {
  await page.getByRole("heading", { level: 1, name: /^Recommendation: / }).waitFor();
  for (const summary of await page.locator("details.disclosure > summary").all()) await summary.click();
  await page.getByRole("img", { name: "Complexity versus capability" }).locator(".recharts-surface").waitFor();
  // The comparison's table on a wide screen, its feature-by-feature list on a phone.
  await page.locator("details#compare .sources").waitFor();
};

describe("first load", () => {
  it("keeps the entry chunk under budget and the chart in its own lazy chunk", async () => {
    const entry = harness.chunks.filter((chunk) => chunk.isEntry);
    expect(entry).toHaveLength(1);
    expect(entry[0]!.gzipBytes).toBeLessThan(ENTRY_BUDGET_GZIP);
    const chart = harness.chunks.find((chunk) => chunk.isDynamicEntry && chunk.fileName.includes("complexity-chart"));
    expect(chart).toBeDefined();

    const { page, errors } = await harness.open({ viewport: WIDE });
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto("/");
    await page.getByRole("group", { name: "What is this deployment for?" }).waitFor();
    expect(scripts).toEqual([`/${entry[0]!.fileName}`]);
    expect(errors).toEqual([]);
  });
});

describe("accessibility and layout", () => {
  it("has no axe violations on a question, a question with an error, and the result", async () => {
    const { page, errors } = await harness.open({ viewport: WIDE });
    await page.goto("/");
    await page.getByRole("group", { name: "What is this deployment for?" }).waitFor();
    await page.getByText("Why we ask").click();
    await page.screenshot({ path: "/tmp/platform-advisor-question.png", fullPage: true });
    expect(await violations(page)).toEqual([]);

    await page.goto("/?step=teamSize");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("alert").filter({ hasText: "Enter a number" }).waitFor();
    expect(await violations(page)).toEqual([]);

    await page.goto(RESULT);
    await waitForResult(page);
    await page.getByRole("button", { name: "Show the chart's data as a table" }).click();
    await page.screenshot({ path: "/tmp/platform-advisor-result.png", fullPage: true });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("fits a 390 px phone with no sideways scrolling and no axe violations", async () => {
    const { page, errors } = await harness.open({ viewport: PHONE, isMobile: true, hasTouch: true });
    await page.goto("/?teamSize=25&step=hosting");
    await page.getByRole("group", { name: "Where must it run?" }).waitFor();
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: "/tmp/platform-advisor-phone-question.png", fullPage: true });
    expect(await violations(page)).toEqual([]);

    await page.goto(RESULT);
    await waitForResult(page);
    await page.getByRole("button", { name: "Show the chart's data as a table" }).click();
    expect(await sidewaysScroll(page)).toBe(0);
    await page.screenshot({ path: "/tmp/platform-advisor-phone.png", fullPage: true });
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.each([
    ["desktop", WIDE],
    ["phone", PHONE],
  ] as const)("keeps question 13's button on the first %s screen, its 17 options in columns", async (_, viewport) => {
    const { page, errors } = await harness.open({ viewport });
    await page.goto("/?teamSize=5&step=currentPlatform");
    await page.getByRole("group", { name: "What runs the workload today?" }).waitFor();
    const button = await page.locator("form button[type=submit]").first().boundingBox();
    expect(button!.y + button!.height).toBeLessThanOrEqual(viewport.height);
    // The page title stays for screen readers when a phone hides it on later steps.
    await expect(page.getByRole("heading", { level: 1, name: /Find the container platform/ }).count()).resolves.toBe(1);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it("fits a wide screen with no sideways scrolling", async () => {
    const { page, errors } = await harness.open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(RESULT);
    await waitForResult(page);
    expect(await sidewaysScroll(page)).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe("the result's length", () => {
  it.each(Object.entries(TEAMS))(
    "%s: at most 3 screens on a desktop and 5 on a phone, details closed",
    async (_, query) => {
      for (const [device, viewport] of Object.entries(VIEWPORTS) as [
        keyof typeof VIEWPORTS,
        (typeof VIEWPORTS)[keyof typeof VIEWPORTS],
      ][]) {
        const { page, errors, context } = await harness.open({ viewport });
        await page.goto(`/?view=result&${query}`);
        await page.getByRole("heading", { level: 1, name: /^Recommendation: / }).waitFor();
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height / viewport.height, device).toBeLessThanOrEqual(MAX_SCREENS[device]);
        const card = await page.locator("section.summary").boundingBox();
        if (device === "desktop") expect(card!.y + card!.height).toBeLessThanOrEqual(viewport.height);
        expect(await sidewaysScroll(page)).toBe(0);
        expect(errors).toEqual([]);
        await context.close();
      }
    },
  );
});

describe("failures", () => {
  it("shows an error with Retry when the API is down, and recovers", async () => {
    const { page } = await harness.open({ viewport: WIDE });
    let failures = 1;
    await page.route("**/api/v1/questions", (route) =>
      failures-- > 0
        ? route.fulfill({
            status: 503,
            contentType: "application/problem+json",
            body: JSON.stringify({ title: "Service Unavailable", status: 503, detail: "The advisor is restarting." }),
          })
        : route.continue(),
    );
    await page.goto("/");
    const alert = page.getByRole("alert");
    await alert.filter({ hasText: "The questionnaire could not be loaded." }).waitFor();
    expect(await alert.textContent()).toContain("The advisor is restarting.");
    expect(await violations(page)).toEqual([]);
    await alert.getByRole("button", { name: "Retry" }).click();
    await page.getByRole("group", { name: "What is this deployment for?" }).waitFor();
  });

  it("shows an error with Retry when the network fails on the result, keeping the answers", async () => {
    const { page } = await harness.open({ viewport: WIDE });
    let failures = 1;
    await page.route("**/api/v1/recommendations", (route) => (failures-- > 0 ? route.abort() : route.continue()));
    await page.goto(RESULT);
    const alert = page.getByRole("alert");
    await alert.filter({ hasText: "could not be reached" }).waitFor();
    await page.locator("ul.chips").getByText("25 engineers").waitFor();
    await alert.getByRole("button", { name: "Retry" }).click();
    await waitForResult(page);
  });

  it("names the answer the API refuses and shows the message next to its field, losing nothing", async () => {
    const { page, errors } = await harness.open({ viewport: WIDE });
    await page.goto("/?view=result&teamSize=0&containerCount=60&hosting=aws");
    await page.getByRole("heading", { level: 1, name: "Some answers need fixing" }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Fix this answer: How many engineers build and run the workload?" }).click();
    const input = page.getByRole("textbox", { name: "Exact number of engineers" });
    expect(await input.inputValue()).toBe("0");
    expect(await input.getAttribute("aria-invalid")).toBe("true");
    const message = page.locator("#teamSize-error");
    expect(await message.textContent()).toMatch(/>=\s*1/);
    expect(await violations(page)).toEqual([]);
    await input.fill("25");
    await page.getByRole("button", { name: "Update recommendation" }).click();
    await waitForResult(page);
    const query = new URL(page.url()).searchParams;
    expect([query.get("teamSize"), query.get("containerCount"), query.get("hosting")]).toEqual(["25", "60", "aws"]);
    // The refused request itself is the one console error Chromium logs.
    expect(errors.filter((error) => !error.includes("400 (Bad Request)"))).toEqual([]);
  });
});
