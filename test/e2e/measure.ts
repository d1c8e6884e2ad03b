import { mkdir } from "node:fs/promises";
import { startHarness } from "./harness.ts";
import { TEAMS, VIEWPORTS } from "./teams.ts";

/*
 * Measures the result page's default length in screen heights for three teams,
 * on a desktop (1280x900) and a phone (390x844), and saves screenshots.
 * Run with `npx tsx test/e2e/measure.ts [out-dir]`; used for docs/benchmarks.md.
 */

const out = process.argv[2] ?? "/tmp/platform-advisor-screens";
await mkdir(out, { recursive: true });
const harness = await startHarness();
try {
  for (const [team, query] of Object.entries(TEAMS)) {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const { page, context } = await harness.open({ viewport });
      await page.goto(`/?view=result&${query}`);
      await page.getByRole("heading", { level: 1, name: /^Recommendation: / }).waitFor();
      await page.waitForTimeout(800);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${team} ${device}: ${(height / viewport.height).toFixed(1)} screens (${height}px)`);
      await page.screenshot({ path: `${out}/${team}-${device}.png`, fullPage: false });
      await page.screenshot({ path: `${out}/${team}-${device}-full.png`, fullPage: true });
      await context.close();
    }
  }
} finally {
  await harness.close();
}
