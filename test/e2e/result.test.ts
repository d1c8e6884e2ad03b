import { readFile } from "node:fs/promises";
import type { Recommendation } from "@platform-advisor/model";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

const ANSWERS = "teamSize=25&containerCount=60&hosting=aws";
const RESULT = `/?view=result&${ANSWERS}`;

let harness: Harness;
let expected: Recommendation;

beforeAll(async () => {
  harness = await startHarness();
  const response = await fetch(`${harness.origin}/api/v1/recommendations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: { teamSize: 25, containerCount: 60, hosting: ["aws"] } }),
  });
  expected = (await response.json()) as Recommendation;
});

afterAll(() => harness?.close());

const nameOf = (id: string) => expected.ranking.find((entry) => entry.platform === id)?.name;
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

const openResult = async (path = RESULT) => {
  const opened = await harness.open();
  await opened.page.goto(path);
  await heading(opened.page).filter({ hasText: "Recommendation:" }).waitFor();
  return opened;
};

/** Clicks a download button and returns the file's name and bytes. */
const download = async (page: Page, label: string) => {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: `Download ${label}` }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
};

describe("the result page", () => {
  it("explains the recommendation with its margin, reasons, ranking, assumptions and comparison", async () => {
    const { page, errors } = await openResult();
    const winner = expected.ranking[0]!;
    expect(await heading(page).textContent()).toBe(`Recommendation: ${winner.name}`);
    const runnerUp = expected.ranking[1]!;
    await page.getByText(`points ahead of the runner-up, ${runnerUp.name}.`).waitFor();
    const why = page.locator("section.summary .reasons li");
    expect(await why.count()).toBe(winner.reasons.length);
    for (const reason of winner.reasons)
      await page.locator("section.summary").getByText(reason.source).first().waitFor();

    const ranked = page.locator("ol.ranking > li .rank-name");
    expect(await ranked.allTextContents()).toEqual(expected.ranking.map((entry) => `${entry.rank}. ${entry.name}`));
    const excluded = expected.ranking.find((entry) => !entry.eligible)!;
    const outItem = page.locator("ol.ranking > li.excluded", { hasText: `${excluded.rank}. ${excluded.name}` });
    await outItem.getByText(excluded.reasons.find((reason) => reason.impact === null)!.text).waitFor();

    const assumptions = page.locator("ul.assumptions > li");
    expect(await assumptions.count()).toBe(expected.assumptions.length);

    const comparison = page.getByRole("table", { name: "The top platforms compared feature by feature" });
    const top = expected.ranking.filter((entry) => entry.eligible).slice(0, 3);
    expect(await comparison.getByRole("columnheader").allTextContents()).toEqual([
      "Feature",
      ...top.map((entry) => entry.name),
    ]);
    expect(await comparison.getByRole("rowheader").allTextContents()).toContain("Rolling updates");

    const chart = page.getByRole("img", { name: "Complexity versus capability" });
    await chart.locator(".recharts-surface").waitFor();
    expect(await chart.locator(".recharts-symbols").count()).toBe(expected.ranking.length);
    await chart.locator(".recharts-scatter").last().locator(".recharts-symbols").hover();
    const tooltip = page.locator(".chart-tooltip");
    await tooltip.filter({ hasText: `${winner.name}Recommended, rank 1` }).waitFor();
    const table = page.getByRole("table", { name: /^Complexity versus capability, as a table/ });
    expect(await table.locator("tbody tr").count()).toBe(expected.ranking.length);
    expect(errors).toEqual([]);
  });

  it("downloads the report as Markdown, HTML, PDF and JSON, and each file parses", async () => {
    const { page, errors } = await openResult();
    const name = nameOf(expected.recommended)!;

    const markdown = await download(page, "Markdown");
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.bytes.toString("utf8").split("\n")[0]).toMatch(new RegExp(`^# .*${name.replace(/[()]/g, "\\$&")}`));

    const html = await download(page, "HTML");
    expect(html.name).toMatch(/\.html$/);
    const reader = await harness.browser.newPage();
    await reader.setContent(html.bytes.toString("utf8"));
    expect(await reader.locator("h1").first().textContent()).toContain(name);
    await reader.close();

    const pdf = await download(page, "PDF");
    expect(pdf.name).toMatch(/\.pdf$/);
    const pdfText = pdf.bytes.toString("latin1");
    expect(pdfText.startsWith("%PDF-")).toBe(true);
    expect(pdfText.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(pdfText).toMatch(/startxref\s+\d+/);

    const json = await download(page, "JSON");
    expect(json.name).toMatch(/\.json$/);
    expect(JSON.stringify(JSON.parse(json.bytes.toString("utf8")))).toContain(`"${expected.recommended}"`);

    await page
      .getByRole("status")
      .filter({ hasText: `Downloaded ${json.name}.` })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("copies a link that restores the answers and the result in a fresh browser", async () => {
    const { page, errors } = await openResult();
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByRole("status").filter({ hasText: "Link copied." }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).search).toBe(`?${RESULT.slice(2)}`);

    const other = await harness.open();
    await other.page.goto(link);
    await heading(other.page)
      .filter({ hasText: `Recommendation: ${nameOf(expected.recommended)}` })
      .waitFor();
    const answers = other.page.locator("dl.answers");
    await answers.getByText("25 engineers").waitFor();
    await answers.getByText("60 containers").waitFor();
    await answers.getByText("AWS", { exact: true }).waitFor();

    await other.page.reload();
    await heading(other.page)
      .filter({ hasText: `Recommendation: ${nameOf(expected.recommended)}` })
      .waitFor();
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it("applies a what-if tipping point with one click", async () => {
    const { page, errors } = await openResult();
    const tip = expected.whatIf.find((item) => item.recommended !== expected.recommended)!;
    await page.getByRole("button", { name: tip.text, exact: true }).click();
    await heading(page)
      .filter({ hasText: `Recommendation: ${nameOf(tip.recommended)}` })
      .waitFor();
    const query = new URL(page.url()).searchParams;
    for (const [id, value] of Object.entries(tip.change)) {
      expect(query.get(id)).toBe(Array.isArray(value) ? value.join(",") : String(value));
    }
    await page.goBack();
    await heading(page)
      .filter({ hasText: `Recommendation: ${nameOf(expected.recommended)}` })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it("changes one answer from the result page and comes back to the new result", async () => {
    const { page, errors } = await openResult();
    await page.getByRole("button", { name: "Change: How many engineers build and run the workload?" }).click();
    const input = page.getByRole("textbox", { name: "Exact number of engineers" });
    expect(await input.inputValue()).toBe("25");
    await input.fill("4");
    await page.getByRole("button", { name: "Update recommendation" }).click();
    await heading(page).filter({ hasText: "Recommendation:" }).waitFor();
    expect(new URL(page.url()).searchParams.get("teamSize")).toBe("4");
    await page.locator("dl.answers").getByText("4 engineers").waitFor();
    expect(await heading(page).textContent()).not.toBe(`Recommendation: ${nameOf(expected.recommended)}`);
    expect(errors).toEqual([]);
  });
});
