import { describe, expect, it } from "vitest";
import { createApp } from "../create-app.ts";
import { loadConfig } from "../env.ts";
import { silentLogger } from "../logger.ts";

const TEAM = { teamSize: 8, containerCount: 40, hostCount: 3, hosting: ["on-prem"] };

const appWith = (env: Record<string, string> = {}) =>
  createApp(loadConfig({ WEB_ROOT: "/nonexistent-web-root", ...env }), {
    logger: silentLogger,
    clock: () => new Date("2026-12-05T10:00:00Z"),
  });

const post = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

describe("POST /api/v1/reports?format=adr", () => {
  it("takes the record's status, number and superseded records from the request", async () => {
    const response = await appWith().request(
      "/api/v1/reports?format=adr",
      post({ answers: TEAM, decisionRecord: { status: "accepted", number: 12, supersedes: [3] } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/filename="0012-container-platform-[a-z0-9-]+\.md"/);
    const record = await response.text();
    expect(record).toMatch(/^---\nstatus: accepted\n/);
    expect(record).toMatch(/^# 0012\. Run the workload on /m);
    expect(record).toContain("This record supersedes ADR-0003.");
  });

  it("refuses a status MADR does not know, or a number out of range, with the field's path", async () => {
    for (const decisionRecord of [{ status: "maybe" }, { number: 0 }, { supersedes: ["ADR-3"] }]) {
      const response = await appWith().request("/api/v1/reports?format=adr", post({ answers: TEAM, decisionRecord }));
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { path: string }[] };
      expect(problem.errors[0]?.path).toMatch(/^decisionRecord\./);
    }
  });

  it("links from PUBLIC_URL, not from the address the request came to", async () => {
    const response = await appWith({ PUBLIC_URL: "https://advisor.example.com" }).request(
      "/api/v1/reports?format=adr",
      post({ answers: TEAM }),
    );
    const record = await response.text();
    expect(record).toContain("<https://advisor.example.com/?view=result&");
    expect(record).toMatch(/\]\(https:\/\/advisor\.example\.com\/sources\/\d{3}_[0-9a-f]{16}\.txt\)/);
    expect(record).not.toContain("http://localhost");
  });
});
