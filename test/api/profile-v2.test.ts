import { fileURLToPath } from "node:url";
import { assessmentStore, type Storage } from "@platform-advisor/api";
import { PLATFORM_IDS, Platform, QUESTIONNAIRE, Recommendation } from "@platform-advisor/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, testApp } from "./harness.ts";
import { freshStorage } from "./stores.ts";

/*
 * The organisation profile v2 over HTTP (issue 19): the example profile adds the internal platform org-runway
 * ("Acme Runway", on AWS and on-prem), the capability org-pci-dss and the question cardholder-data.
 */

const EXAMPLE = fileURLToPath(new URL("../../docs/org-profile.example.yaml", import.meta.url));
const PROMPT = "Does the workload store, process or transmit payment card data?";
const CARDHOLDER = { teamSize: 6, hosting: ["on-prem"], custom: { "cardholder-data": "yes" } };

let storage: Storage;
let app: ReturnType<typeof testApp>["app"];
beforeAll(async () => {
  storage = await freshStorage("embedded");
  app = testApp({ ORG_PROFILE: EXAMPLE }, { store: assessmentStore(storage) }).app;
}, 120_000);
afterAll(() => storage?.close());

const problemPaths = async (response: Response) =>
  ((await response.json()).errors as { path: string }[]).map((error) => error.path);

describe("GET /api/v1/questions under a v2 profile", () => {
  it("adds the profile's questions after the built-in ones, as customQuestions", async () => {
    const { questions, customQuestions } = await (await app.request("/api/v1/questions")).json();
    expect(questions.map((question: { id: string }) => question.id)).toEqual(QUESTIONNAIRE.map(({ id }) => id));
    expect(customQuestions).toEqual([
      expect.objectContaining({
        id: "cardholder-data",
        prompt: PROMPT,
        type: "single",
        options: [
          expect.objectContaining({ value: "yes", label: "Yes, cardholder data", requires: ["org-pci-dss"] }),
          expect.objectContaining({ value: "no", label: "No" }),
        ],
      }),
    ]);
  });

  it("gives an empty customQuestions without a profile", async () => {
    const { customQuestions } = await (await testApp().app.request("/api/v1/questions")).json();
    expect(customQuestions).toEqual([]);
  });
});

describe("GET /api/v1/platforms under a v2 profile", () => {
  it("lists the built-in platforms with the profile's capability cells, then its own with their sources", async () => {
    const { platforms } = await (await app.request("/api/v1/platforms")).json();
    expect(platforms.map((platform: { id: string }) => platform.id)).toEqual([...PLATFORM_IDS, "org-runway"]);
    const runway = Platform.parse(platforms.at(-1));
    expect(runway).toMatchObject({ name: "Acme Runway", vendor: "Acme Platform Engineering" });
    expect(runway.runsOn.value).toEqual(["aws", "on-prem"]);
    expect(runway.sources).toEqual([
      { title: "Acme Runway handbook", href: "https://runway.acme.example/handbook" },
      { title: "Acme PCI DSS report on compliance 2026", href: "https://compliance.acme.example/pci-dss/2026" },
    ]);
    const pci = (id: string) =>
      platforms
        .find((platform: Platform) => platform.id === id)
        .capabilities.find((cell: { id: string }) => cell.id === "org-pci-dss");
    expect(pci("org-runway")).toMatchObject({ level: "native" });
    expect(pci("amazon-ecs")).toMatchObject({ level: "native", href: "https://compliance.acme.example/pci-dss/2026" });
    expect(pci("kubernetes")).toMatchObject({ level: "none" });
  });
});

describe("caching of the questionnaire and the catalogue", () => {
  it("names the ruleset and the profile in the ETag, and answers 304 while it holds", async () => {
    const plain = testApp().app;
    for (const path of ["/api/v1/questions", "/api/v1/platforms"]) {
      const withProfile = await app.request(path);
      const without = await plain.request(path);
      const etag = withProfile.headers.get("etag") ?? "";
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(without.headers.get("etag")).not.toBe(etag);
      // With a profile, every use revalidates: an edited profile's questions are seen at once.
      expect(withProfile.headers.get("cache-control")).toBe("public, no-cache");
      expect(without.headers.get("cache-control")).toBe("public, max-age=300");
      const again = await app.request(path, { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
      const stale = await app.request(path, { headers: { "if-none-match": without.headers.get("etag") ?? "" } });
      expect(stale.status).toBe(200);
    }
  });
});

describe("POST /api/v1/recommendations with custom answers", () => {
  it("accepts an answer to the profile's question and ranks its own platform, citing the profile's documents", async () => {
    const response = await app.request("/api/v1/recommendations", json({ answers: CARDHOLDER }));
    expect(response.status).toBe(200);
    const recommendation = Recommendation.parse(await response.json());
    expect(recommendation.recommended).toBe("org-runway");
    expect(recommendation.ranking.map((entry) => entry.platform).sort()).toEqual(
      [...PLATFORM_IDS, "org-runway"].sort(),
    );
    const runway = recommendation.ranking[0];
    expect(runway?.name).toBe("Acme Runway");
    expect(runway?.reasons).toContainEqual(
      expect.objectContaining({
        source: "Acme PCI DSS report on compliance 2026",
        href: "https://compliance.acme.example/pci-dss/2026",
      }),
    );
    // Every other platform on-prem is outside the PCI DSS scope: the requirement is unmet there.
    expect(recommendation.ranking.find((entry) => entry.platform === "k3s")?.unmet).toContainEqual(
      expect.objectContaining({ question: "custom.cardholder-data" }),
    );
  });

  it("names the recommended platform in the summary view", async () => {
    const response = await app.request("/api/v1/recommendations?view=summary", json({ answers: CARDHOLDER }));
    expect(await response.json()).toMatchObject({ recommended: "org-runway", name: "Acme Runway" });
  });

  it.each([
    ["an unknown question", { nope: "x" }, "answers.custom.nope"],
    ["an unknown option", { "cardholder-data": "maybe" }, "answers.custom.cardholder-data"],
  ])("answers 400 problem naming the field for %s", async (_, custom, path) => {
    const response = await app.request("/api/v1/recommendations", json({ answers: { teamSize: 6, custom } }));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await problemPaths(response)).toEqual([path]);
  });

  it("rejects a bad custom answer in a batch item on its own", async () => {
    const items = [{ answers: CARDHOLDER }, { answers: { custom: { nope: "x" } } }];
    const { results } = await (await app.request("/api/v1/recommendations/batch", json({ items }))).json();
    expect(results[0]).toMatchObject({ status: 200, recommendation: { recommended: "org-runway" } });
    expect(results[1].status).toBe(400);
    expect(results[1].problem.errors[0].path).toBe("answers.custom.nope");
  });
});

describe("reports with custom answers", () => {
  it.each(["md", "html"])(
    "%s: shows the custom answer by its prompt and label, and the internal platform's sources with links",
    async (format) => {
      const response = await app.request(`/api/v1/reports?format=${format}`, json({ answers: CARDHOLDER }));
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(body).toContain("Container platform recommendation: Acme Runway");
      expect(body).toContain(PROMPT);
      expect(body).toContain("Yes, cardholder data");
      expect(body).toContain("https://runway.acme.example/handbook");
      expect(body).toContain("https://compliance.acme.example/pci-dss/2026");
      expect(response.headers.get("content-disposition")).toContain("platform-advisor-org-runway-");
    },
  );

  it("json: carries the custom answers by prompt and label", async () => {
    const response = await app.request("/api/v1/reports?format=json", json({ answers: CARDHOLDER }));
    const report = await response.json();
    expect(report.customAnswers).toEqual([
      { question: "custom.cardholder-data", prompt: PROMPT, values: ["yes"], labels: ["Yes, cardholder data"] },
    ]);
  });

  it("adr: states the answer in the context and only what the profile says about running Runway", async () => {
    const response = await app.request("/api/v1/reports?format=adr", json({ answers: CARDHOLDER }));
    const adr = await response.text();
    expect(adr).toContain(`* ${PROMPT}: Yes, cardholder data`);
    expect(adr).toContain("Acme Runway is inside Acme's assessed PCI DSS scope, with nothing to add");
    expect(adr).toContain("the organisation profile states no cost model for Acme Runway");
    // The organisation's reason for ruling a platform out reads as its own sentence, not after "which".
    expect(adr).toContain("* Ruled out: HashiCorp Nomad: No team at Acme supports Nomad");
    expect(adr).not.toMatch(/which no team at Acme/);
    // An organisation's capability is a clearance, never something the vendor cannot do.
    expect(adr).not.toMatch(/offers no PCI DSS scope/);
  });

  it("answers 400 naming answers.custom.<id> for a bad custom answer", async () => {
    const response = await app.request("/api/v1/reports?format=md", json({ answers: { custom: { nope: "x" } } }));
    expect(response.status).toBe(400);
    expect(await problemPaths(response)).toEqual(["answers.custom.nope"]);
  });
});

describe("saved assessments with custom answers", () => {
  it("saves them and re-evaluates them today, with no change under the same profile", async () => {
    const workload = { id: `cardholder-${process.pid}`, team: "payments" };
    const response = await app.request("/api/v1/assessments", json({ workload, answers: CARDHOLDER }));
    expect(response.status).toBe(201);
    const saved = await response.json();
    expect(saved.answers.custom).toEqual({ "cardholder-data": "yes" });
    expect(saved.recommendation.recommended).toBe("org-runway");
    const detail = await (await app.request(`/api/v1/assessments/${saved.id}`)).json();
    expect(detail.current.recommended).toBe("org-runway");
    expect(detail.changes).toBeUndefined();
    const { items } = await (await app.request(`/api/v1/assessments?workload=${workload.id}`)).json();
    expect(items[0]).toMatchObject({ id: saved.id, recommended: "org-runway" });
    const portfolio = await (await app.request("/api/v1/portfolio?team=payments")).json();
    expect(portfolio.byRecommended).toEqual({ "org-runway": 1 });
  });

  it("refuses an unknown custom answer with 400 naming it", async () => {
    const workload = { id: `bad-custom-${process.pid}` };
    const response = await app.request(
      "/api/v1/assessments",
      json({ workload, answers: { custom: { "cardholder-data": "maybe" } } }),
    );
    expect(response.status).toBe(400);
    expect(await problemPaths(response)).toEqual(["answers.custom.cardholder-data"]);
  });
});
