import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startHarness } from "./harness.ts";
import { PEOPLE, VIEWPORTS } from "./teams.ts";

/*
 * Photographs what the four people of issue 18 see: the result page on a
 * desktop and a phone, the PDF's first page (pdftoppm) and the decision record.
 * Usage: tsx --conditions=source test/e2e/screenshots.ts OUT_DIR PREFIX
 * (e.g. /tmp/shots before) writes OUT_DIR/PREFIX-<person>-<viewport>.png.
 */

const [outDir = "/tmp/shots", prefix = "after"] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const harness = await startHarness();
try {
  for (const [person, { query, answers }] of Object.entries(PEOPLE)) {
    for (const [viewport, size] of Object.entries(VIEWPORTS)) {
      const { page, context } = await harness.open({ viewport: size });
      await page.goto(`/?view=result&${query}`);
      await page.getByRole("heading", { level: 1 }).filter({ hasText: "Recommendation:" }).waitFor();
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(outDir, `${prefix}-${person}-${viewport}.png`) });
      // Then everything opened, as a reader checking the page would: a disclosure inside another renders only once
      // its parent opens, so open what is closed until nothing is (a few rounds at most).
      for (let round = 0; round < 10; round++) {
        const opened = await page.evaluate(() => {
          const closed = [...document.querySelectorAll("details")].filter((details) => !details.open);
          for (const details of closed) details.open = true;
          return closed.length;
        });
        if (opened === 0) break;
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(300);
      }
      await page.screenshot({ path: join(outDir, `${prefix}-${person}-${viewport}-open.png`), fullPage: true });
      for (const part of ["tree", "chart", "compare"]) {
        const element = page.locator(`details#${part}`);
        if ((await element.count()) > 0) {
          await element.screenshot({ path: join(outDir, `${prefix}-${person}-${viewport}-${part}.png`) });
        }
      }
      await context.close();
    }
    for (const format of ["pdf", "adr", "md"] as const) {
      const response = await fetch(`${harness.origin}/api/v1/reports?format=${format}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answers }),
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const file = join(outDir, `${prefix}-${person}.${format === "pdf" ? "pdf" : `${format}.md`}`);
      await writeFile(file, bytes);
      if (format === "pdf") {
        execFileSync("pdftoppm", [
          "-png",
          "-r",
          "80",
          "-f",
          "1",
          "-l",
          "1",
          file,
          join(outDir, `${prefix}-${person}-pdf`),
        ]);
      }
    }
  }
} finally {
  await harness.close();
}
