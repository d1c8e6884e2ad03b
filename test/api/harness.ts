import { createApp, type LogRecord, loadConfig } from "@platform-advisor/api";
import { PLATFORM_IDS, type Recommendation } from "@platform-advisor/model";
import { expect } from "vitest";

/** The moment every report in these tests is made. */
export const REPORT_DATE = new Date("2026-11-22T09:30:00Z");

/**
 * An app as the server builds it, from environment variables, with the log
 * captured instead of printed and a fixed report date.
 */
export const testApp = (env: Record<string, string> = {}, overrides: Parameters<typeof createApp>[1] = {}) => {
  const logs: LogRecord[] = [];
  const app = createApp(loadConfig({ WEB_ROOT: "/nonexistent-web-root", ...env }), {
    logger: (record) => logs.push(record),
    clock: () => REPORT_DATE,
    ...overrides,
  });
  return { app, logs };
};

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: typeof body === "string" ? body : JSON.stringify(body),
});

/** The contract's promises about a recommendation (shared/CONTRACT.md). */
export const expectContract = (recommendation: Recommendation) => {
  const { ranking } = recommendation;
  expect([...ranking.map((entry) => entry.platform)].sort()).toEqual([...PLATFORM_IDS].sort());
  expect(ranking.map((entry) => entry.rank)).toEqual(ranking.map((_, index) => index + 1));
  expect(recommendation.recommended).toBe(ranking[0]?.platform);
  expect(ranking[0]?.eligible).toBe(true);
  const firstIneligible = ranking.findIndex((entry) => !entry.eligible);
  if (firstIneligible >= 0) expect(ranking.slice(firstIneligible).every((entry) => !entry.eligible)).toBe(true);
  for (let i = 1; i < ranking.length; i++) {
    const [before, after] = [ranking[i - 1]!, ranking[i]!];
    if (before.eligible === after.eligible) expect(before.score).toBeGreaterThanOrEqual(after.score);
  }
  for (const entry of ranking) {
    expect(entry.score).toBeGreaterThanOrEqual(0);
    expect(entry.score).toBeLessThanOrEqual(100);
    for (const reason of entry.reasons) expect(reason.source.trim()).not.toBe("");
    if (!entry.eligible) {
      expect(entry.score).toBe(0);
      expect(entry.reasons.some((reason) => reason.impact === null)).toBe(true);
    }
  }
};
