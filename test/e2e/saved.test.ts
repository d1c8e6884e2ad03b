import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { assessmentStore, type Storage } from "@platform-advisor/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStorage } from "../api/stores.ts";
import { ENTRY_BUDGET_GZIP, type Harness, startHarness } from "./harness.ts";

const RESULT = "/?view=result&teamSize=6&containerCount=30&hosting=aws&currentPlatform=docker-compose";
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 900 };
const WRITE = "portal-0123456789abcdef";

let storage: Storage;
let harness: Harness;

beforeAll(async () => {
  storage = await freshStorage("embedded");
  harness = await startHarness({
    env: { API_TOKENS: `portal:${WRITE}:write` },
    deps: { store: assessmentStore(storage) },
  });
}, 180_000);

afterAll(async () => {
  await harness?.close();
  await storage?.close();
});

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`,
  );
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("saving and reviewing assessments in the browser", () => {
  it("asks for a token, saves, lists, shows the assessment and the portfolio, accessibly, on a phone too", async () => {
    const { page, errors, context } = await harness.open({ viewport: WIDE });
    await page.goto(RESULT);
    const save = page.getByRole("region", { name: "Save this assessment" });
    await save.getByLabel("Workload id").fill("checkout-api");
    await save.getByLabel("Name (optional)").fill("Checkout API");
    await save.getByLabel("Team (optional)").fill("payments");
    await save.getByRole("button", { name: "Save assessment" }).click();

    // The server has tokens: the page asks for one, keeps it for the session, and saves.
    await page.getByLabel("API token").fill(WRITE);
    await page.getByRole("button", { name: "Use this token" }).click();
    await save.getByRole("status").getByText("Saved for Checkout API.").waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("platform-advisor.token"))).toBe(WRITE);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    await page.goto("/saved?team=payments");
    await page.getByRole("heading", { level: 1, name: "Saved assessments" }).waitFor();
    await page.getByRole("link", { name: "Checkout API" }).click();
    await page.getByRole("heading", { level: 1, name: "Checkout API" }).waitFor();
    await page.getByText("Today's rules give the same result.").waitFor();
    // The answers with the questionnaire's labels, in its order, in words.
    const answers = page.locator("section[aria-labelledby=answers-heading] dl");
    expect(await answers.locator("dt").allTextContents()).toEqual([
      "Team size",
      "Containers at peak",
      "Where it runs",
      "Runs today on",
    ]);
    expect((await answers.locator("dd").allTextContents())[0]).toBe("6 engineers");
    expect(await violations(page)).toEqual([]);

    await page.goto("/portfolio");
    await page.getByRole("heading", { level: 2, name: "Recommended platforms" }).waitFor();
    await page.locator(".portfolio-bars li").first().waitFor();
    expect(await page.locator(".portfolio-bars li").first().textContent()).toMatch(/1 workload$/);
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    expect(file.suggestedFilename()).toBe("platform-advisor-portfolio.csv");
    const csv = (await readFile((await file.path())!, "utf8")).split("\r\n");
    expect(csv[0]).toBe("platform_id,platform,workloads,running_elsewhere");
    expect(csv[1]).toMatch(/^[a-z0-9-]+,[^,]+,1,1$/);
    expect(await violations(page)).toEqual([]);

    for (const path of ["/saved", "/portfolio"]) {
      const phone = await context.newPage();
      await phone.setViewportSize(PHONE);
      await phone.goto(path);
      await phone.getByRole("heading", { level: 1 }).waitFor();
      await phone.waitForLoadState("networkidle");
      expect(await sidewaysScroll(phone), path).toBeLessThanOrEqual(0);
      // Names and counts of the portfolio's bars never overlap.
      const boxes = await phone
        .locator(".portfolio-bars .bar-name, .portfolio-bars .bar-count")
        .evaluateAll((all) => all.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, path).toBe(false);
      expect(await violations(phone), path).toEqual([]);
    }
    expect(errors.filter((error) => !/401|Unauthorized/.test(error))).toEqual([]);
  });

  it("loads the saved pages and recharts lazily: the first load stays the questionnaire's", () => {
    // The portfolio's bars are HTML now; recharts is only the result page's chart.
    const entry = harness.chunks.find((chunk) => chunk.isEntry)!;
    expect(entry.gzipBytes).toBeLessThan(ENTRY_BUDGET_GZIP);
    const lazy = harness.chunks.filter((chunk) => chunk.isDynamicEntry).map((chunk) => chunk.fileName);
    expect(lazy.some((name) => name.includes("saved-routes"))).toBe(true);
    expect(lazy.some((name) => name.includes("complexity-chart"))).toBe(true);
  });
});
