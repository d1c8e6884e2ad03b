import AxeBuilder from "@axe-core/playwright";
import { assessmentStore, type Storage } from "@platform-advisor/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshStorage } from "../api/stores.ts";
import { type Harness, startHarness } from "./harness.ts";

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
    expect(await violations(page)).toEqual([]);

    await page.goto("/portfolio");
    await page.getByRole("heading", { level: 2, name: "Recommended platforms" }).waitFor();
    await page.locator(".recharts-surface").first().waitFor();
    expect(await violations(page)).toEqual([]);

    for (const path of ["/saved", "/portfolio"]) {
      const phone = await context.newPage();
      await phone.setViewportSize(PHONE);
      await phone.goto(path);
      await phone.getByRole("heading", { level: 1 }).waitFor();
      await phone.waitForLoadState("networkidle");
      expect(await sidewaysScroll(phone), path).toBeLessThanOrEqual(0);
      expect(await violations(phone), path).toEqual([]);
    }
    expect(errors.filter((error) => !/401|Unauthorized/.test(error))).toEqual([]);
  });

  it("loads the saved pages and recharts lazily: the first load stays the questionnaire's", () => {
    const entry = harness.chunks.find((chunk) => chunk.isEntry)!;
    expect(entry.gzipBytes).toBeLessThan(100_000);
    const lazy = harness.chunks.filter((chunk) => chunk.isDynamicEntry).map((chunk) => chunk.fileName);
    expect(lazy.some((name) => name.includes("saved-routes"))).toBe(true);
    expect(lazy.some((name) => name.includes("portfolio-chart"))).toBe(true);
  });
});
