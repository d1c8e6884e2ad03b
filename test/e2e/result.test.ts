import { readFile } from "node:fs/promises";
import { formatPoints, type Recommendation } from "@platform-advisor/model";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";
import { pdfPageTexts } from "./pdf-pages.ts";

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
/** Names as the ADR writes them: Markdown-escaped. */
const escapeMarkdownName = (text: string) => text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
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
  it("sums the decision up on the first screen: score, how sure, runner-up, reasons, assumptions", async () => {
    const { page, errors } = await openResult();
    await page.setViewportSize({ width: 1280, height: 900 });
    const winner = expected.ranking[0]!;
    const runnerUp = expected.ranking[1]!;
    expect(await heading(page).textContent()).toBe(`Recommendation: ${winner.name}`);
    const card = page.locator("section.summary");
    const text = (await card.textContent()) ?? "";
    expect(text).toContain(`${formatPoints(winner.score)} of 100`);
    expect(text).toMatch(/(Clear choice|Close call|Trade-off|Provisional)\./);
    expect(text).toContain(`Runner-up: ${runnerUp.name}, score ${formatPoints(runnerUp.score)}`);
    expect(text).not.toMatch(/points behind/);
    const deciding = card.locator("ul.deciding > li");
    const pros = winner.reasons.filter((reason) => (reason.impact ?? 0) > 0);
    expect(await deciding.count()).toBe(Math.min(3, pros.length));
    await card.getByRole("button", { name: `Based on ${expected.assumptions.length} assumed answers` }).waitFor();
    const box = await card.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    expect(await page.locator("main").textContent()).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);

    // A reference is a link to its document, labelled by the document's title.
    const source = deciding.first().locator(".source a").first();
    expect(await source.textContent()).toMatch(/Docker|Orchestration|docs|documentation|Guide/);
    expect(await source.getAttribute("href")).toMatch(/^(\/sources\/\d{3}_[0-9a-f]{16}\.txt#[a-z0-9-]+|https:\/\/)/);

    // "Based on N assumed answers" opens the assumptions.
    await card.getByRole("button", { name: /^Based on/ }).click();
    await page.locator("details#assumptions[open] ul.assumptions > li").first().waitFor();
    expect(await page.locator("ul.assumptions > li").count()).toBe(expected.assumptions.length);
    expect(errors).toEqual([]);
  });

  it("keeps details collapsed, and opens them by keyboard", async () => {
    const { page, errors } = await openResult();
    const disclosures = page.locator("details.disclosure");
    expect(await disclosures.count()).toBe(8);
    expect(await page.locator("details.disclosure[open]").count()).toBe(0);

    const ruledOut = page.locator("details#ruled-out");
    await ruledOut.locator("summary").focus();
    await page.keyboard.press("Enter");
    await ruledOut.locator("table").waitFor();
    const excluded = expected.ranking.filter((entry) => !entry.eligible);
    const listed = (await ruledOut.locator("tbody td:nth-child(2)").allTextContents()).join(", ");
    for (const entry of excluded) expect(listed).toContain(entry.name);
    expect(await ruledOut.locator("tbody tr").count()).toBeLessThan(excluded.length);

    const chart = page.locator("details#chart");
    await chart.locator("summary").focus();
    await page.keyboard.press("Space");
    const figure = page.getByRole("img", { name: "Complexity versus capability" });
    await figure.locator(".recharts-surface").waitFor();
    // Eligible platforms only: a ruled-out one is named under the chart, never drawn on it.
    expect(await figure.locator(".recharts-symbols").count()).toBe(
      expected.ranking.filter((entry) => entry.eligible).length,
    );

    const compare = page.locator("details#compare");
    await compare.locator("summary").focus();
    await page.keyboard.press("Enter");
    const comparison = page.getByRole("table", { name: "The top platforms compared feature by feature" });
    await comparison.waitFor();
    const top = expected.ranking.filter((entry) => entry.eligible).slice(0, 3);
    expect(await comparison.getByRole("columnheader").allTextContents()).toEqual([
      "Feature",
      ...top.map((entry) => entry.name),
    ]);
    await page.keyboard.press("Enter");
    expect(await compare.getAttribute("open")).toBeNull();
    expect(errors).toEqual([]);
  });

  it("downloads the decision record (ADR) with MADR's front matter and every MADR heading", async () => {
    const { page, errors } = await openResult();
    const adr = await download(page, "Decision record (ADR)");
    expect(adr.name).toBe(`0001-container-platform-${expected.recommended}.md`);
    const text = adr.bytes.toString("utf8");
    const front = text.match(/^---\n([\s\S]*?)\n---\n/)?.[1] ?? "";
    const fields = Object.fromEntries(front.split("\n").map((line) => line.split(/: (.*)/s).slice(0, 2)));
    expect(fields.status).toBe("proposed");
    expect(fields.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const list of ["decision-makers", "consulted", "informed"]) expect(JSON.parse(fields[list] ?? "")).toEqual([]);
    const headings = text.split("\n").filter((line) => /^#{2,3} /.test(line));
    for (const heading of [
      "## Context and Problem Statement",
      "## Decision Drivers",
      "## Considered Options",
      "## Decision Outcome",
      "### Consequences",
      "### Confirmation",
      "## Pros and Cons of the Options",
      "## More Information",
    ])
      expect(headings).toContain(heading);
    expect(text).toContain(`Chosen option: "${escapeMarkdownName(nameOf(expected.recommended)!)}", because`);
    const link = text.match(/<(http:\/\/127\.0\.0\.1:\d+\/\?view=result[^>]*)>/)?.[1];
    expect(new URL(link!).searchParams.get("teamSize")).toBe("25");
    expect(errors).toEqual([]);
  });

  it("opens the PDF with a one-page summary", async () => {
    const { page } = await openResult();
    const pdf = await download(page, "PDF");
    const [first = "", second = ""] = pdfPageTexts(pdf.bytes);
    const winner = expected.ranking[0]!;
    expect(first).toContain(`Recommended: ${winner.name}, score ${formatPoints(winner.score)} of 100.`);
    expect(first).toMatch(/(Clear choice|Close call|Trade-off|Provisional): /);
    expect(first).toContain(`Based on ${expected.assumptions.length} assumed answers:`);
    expect(first).toContain(`ruleset ${expected.rulesetVersion}`);
    expect(first).not.toContain("Appendix");
    expect(second).toContain("Appendix A. Ranking and chart");
    // Sources are named by their titles; only the links (in angle brackets) carry a file name.
    expect(
      pdfPageTexts(pdf.bytes)
        .join("\n")
        .replace(/<[^>]*>/g, ""),
    ).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it("downloads the report as Markdown, HTML, PDF and JSON, and each file parses", async () => {
    const { page, errors } = await openResult();
    const name = nameOf(expected.recommended)!;

    const markdown = await download(page, "Markdown");
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.bytes.toString("utf8").split("\n")[0]).toMatch(new RegExp(`^# .*${name.replace(/[()]/g, "\\$&")}`));

    const html = await download(page, "HTML");
    expect(html.name).toMatch(/\.html$/);
    const reader = await harness.browser.newPage({ viewport: { width: 390, height: 844 } });
    await reader.setContent(html.bytes.toString("utf8"));
    expect(await reader.locator("h1").first().textContent()).toContain(name);
    expect(await reader.locator("h2").first().textContent()).toBe("Summary");
    // Its tables stack on a phone: nothing scrolls sideways.
    expect(
      await reader.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await reader.screenshot({ path: "/tmp/platform-advisor-report-phone.png", fullPage: false });
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
    const answers = other.page.locator("ul.chips");
    await answers.getByText("25 engineers").waitFor();
    await answers.getByText("60 containers").waitFor();
    await answers.locator("button", { hasText: "Where it runs: AWS" }).waitFor();

    await other.page.reload();
    await heading(other.page)
      .filter({ hasText: `Recommendation: ${nameOf(expected.recommended)}` })
      .waitFor();
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it("applies a what-if, compares it with before, and undoes it", async () => {
    const { page, errors } = await openResult();
    const tip = expected.whatIf.find((item) => item.recommended !== expected.recommended)!;
    await page.locator("details#what-if summary").click();
    await page.getByRole("button", { name: tip.text, exact: true }).click();
    await heading(page)
      .filter({ hasText: `Recommendation: ${nameOf(tip.recommended)}` })
      .waitFor();
    const query = new URL(page.url()).searchParams;
    for (const [id, value] of Object.entries(tip.change)) {
      expect(query.get(id)).toBe(Array.isArray(value) ? value.join(",") : String(value));
    }
    const bar = page.getByRole("region", { name: "Applied change" });
    expect(await bar.locator(".applied-line").textContent()).toMatch(/^Applied: .+ · Undo · Compare with before$/);
    await bar.getByRole("button", { name: "Compare with before" }).click();
    const compared = bar.getByRole("table", { name: "The result before and after the change" });
    const recommended = compared.getByRole("row").filter({ hasText: "Recommended" });
    await recommended.getByText(nameOf(expected.recommended)!, { exact: false }).waitFor();
    expect(await recommended.locator("td").last().textContent()).toContain(nameOf(tip.recommended));

    await bar.getByRole("button", { name: "Undo" }).click();
    await heading(page)
      .filter({ hasText: `Recommendation: ${nameOf(expected.recommended)}` })
      .waitFor();
    expect(new URL(page.url()).search).toBe(`?${RESULT.slice(2)}`);
    expect(await page.getByRole("region", { name: "Applied change" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("changes one answer from the result page and comes back to the new result", async () => {
    const { page, errors } = await openResult();
    await page.getByRole("button", { name: /^Change: How many engineers build and run the workload\?/ }).click();
    const input = page.getByRole("textbox", { name: "Exact number of engineers" });
    expect(await input.inputValue()).toBe("25");
    await input.fill("4");
    await page.getByRole("button", { name: "Update recommendation" }).click();
    await heading(page).filter({ hasText: "Recommendation:" }).waitFor();
    expect(new URL(page.url()).searchParams.get("teamSize")).toBe("4");
    await page.locator("ul.chips").getByText("4 engineers").waitFor();
    expect(await heading(page).textContent()).not.toBe(`Recommendation: ${nameOf(expected.recommended)}`);
    expect(errors).toEqual([]);
  });
});
