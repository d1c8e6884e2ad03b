import type { Answers } from "@platform-advisor/model";
import { renderReport } from "@platform-advisor/report";
import { recommend } from "@platform-advisor/rules";
import { describe, expect, it } from "vitest";
import { pdfPageTexts } from "../e2e/pdf-pages.ts";

const TEAMS: Record<string, Answers> = {
  "AWS team": { teamSize: 25, containerCount: 60, hosting: ["aws"] },
  "small on-prem team": { teamSize: 3, containerCount: 8, hosting: ["on-prem"] },
  "multi-cloud team": {
    teamSize: 40,
    containerCount: 300,
    hosting: ["aws", "gcp"],
    highAvailability: true,
    scaling: "automatic",
  },
  "nothing answered": {},
};

/** Text lines a page draws besides its footer. */
const bodyLines = (page: string) => page.split("\n").filter((line) => !line.startsWith("Platform Advisor report,"));

describe("the PDF report's pages", () => {
  it.each(Object.entries(TEAMS))(
    "%s: a summary page, then appendices, and no nearly empty last page",
    async (_, answers) => {
      const recommendation = await recommend(answers);
      const report = await renderReport("pdf", recommendation, answers, new Date("2026-11-23T06:00:00Z"));
      const pages = pdfPageTexts(Buffer.from(report.body));
      expect(pages[0]).toContain(`Recommended: ${recommendation.ranking[0]?.name ?? recommendation.recommended}`);
      expect(pages[0]).not.toContain("Appendix");
      expect(pages[1]).toContain("Appendix A. Ranking and chart");
      expect(bodyLines(pages.at(-1) ?? "").length).toBeGreaterThanOrEqual(12);
    },
  );
});
