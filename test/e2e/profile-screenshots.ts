import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startHarness } from "./harness.ts";
import { VIEWPORTS } from "./teams.ts";

/*
 * Photographs an organisation profile (v2) in the browser, on a desktop and a phone: the organisation's own question,
 * and the result that recommends its own platform (the first screen, then every detail open: the whole page and
 * each part).
 * Usage: tsx --conditions=source test/e2e/profile-screenshots.ts [OUT_DIR] (default /tmp/shots/profile-v2) writes
 * OUT_DIR/<view>-<viewport>.png.
 */

const PROFILE = fileURLToPath(new URL("../../docs/org-profile.example.yaml", import.meta.url));
const ANSWERS = "teamSize=25&containerCount=60&hosting=on-prem";
const PARTS = {
  answers: "section.answer-strip",
  tree: "details#tree",
  ranking: "details#ranking",
  "ruled-out": "details#ruled-out",
  chart: "details#chart",
  compare: "details#compare",
};

const [outDir = "/tmp/shots/profile-v2"] = process.argv.slice(2);
await mkdir(outDir, { recursive: true });
const harness = await startHarness({ env: { ORG_PROFILE: PROFILE } });
try {
  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    const { page, context } = await harness.open({ viewport: size });
    await page.goto(`/?${ANSWERS}&step=custom.cardholder-data`);
    await page.getByRole("radio", { name: "Yes, cardholder data" }).check();
    await page.screenshot({ path: join(outDir, `question-${viewport}.png`) });

    await page.getByRole("button", { name: "See recommendation" }).click();
    await page.getByRole("heading", { level: 1, name: "Recommendation: Acme Runway" }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `result-${viewport}.png`) });
    await page.evaluate(() => {
      for (const details of document.querySelectorAll("details")) details.open = true;
    });
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, `result-${viewport}-open.png`), fullPage: true });
    // Each part on its own, at a size that can be read.
    for (const [part, selector] of Object.entries(PARTS)) {
      await page.locator(selector).screenshot({ path: join(outDir, `result-${viewport}-${part}.png`) });
    }
    await context.close();
  }
} finally {
  await harness.close();
}
