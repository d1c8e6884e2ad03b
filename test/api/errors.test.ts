import { Problem } from "@platform-advisor/api";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { json, testApp } from "./harness.ts";

const expectProblem = async (response: Response, status: number) => {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = Problem.parse(await response.json());
  expect(body.status).toBe(status);
  expect(body.requestId).toBe(response.headers.get("x-request-id"));
  return body;
};

describe("bad input", () => {
  it("malformed JSON: 400", async () => {
    const body = await expectProblem(
      await testApp().app.request("/api/v1/recommendations", json('{"answers": {')),
      400,
    );
    expect(body).toMatchObject({ type: "urn:platform-advisor:problem:malformed-json", title: "Malformed JSON" });
  });

  it("values that break the contract: 400 with a path per value at fault", async () => {
    const response = await testApp().app.request(
      "/api/v1/recommendations",
      json({
        answers: { teamSize: 0, containerCount: 1.5, hosting: ["aws", "aws"], highAvailability: "yes", teamsize: 3 },
      }),
    );
    const body = await expectProblem(response, 400);
    expect(body.type).toBe("urn:platform-advisor:problem:validation");
    expect(body.errors?.map((e) => e.path).sort()).toEqual(
      [
        "answers.containerCount",
        "answers.highAvailability",
        "answers.hosting",
        "answers.teamSize",
        "answers.teamsize",
      ].sort(),
    );
    for (const error of body.errors ?? []) expect(error.message).not.toBe("");
  });

  it.each([
    ["no answers", {}, "answers"],
    ["answers not an object", { answers: [] }, "answers"],
    ["an unknown top-level field", { answers: {}, extra: true }, "extra"],
    ["a body that is not an object", [1, 2], ""],
    ["null", null, ""],
  ])("%s: 400 at %j", async (_, payload, path) => {
    const body = await expectProblem(await testApp().app.request("/api/v1/recommendations", json(payload)), 400);
    expect(body.errors?.map((e) => e.path)).toContain(path);
  });

  it("an unknown report format: 400 at format", async () => {
    const response = await testApp().app.request("/api/v1/reports?format=docx", json({ answers: {} }));
    expect((await expectProblem(response, 400)).errors).toEqual([
      { path: "format", message: expect.stringContaining("md") },
    ]);
    const missing = await testApp().app.request("/api/v1/reports", json({ answers: {} }));
    expect((await expectProblem(missing, 400)).errors?.[0]?.path).toBe("format");
  });

  it("a batch envelope that is empty or over 1,000 items: 400 at items", async () => {
    const { app } = testApp();
    const empty = await expectProblem(await app.request("/api/v1/recommendations/batch", json({ items: [] })), 400);
    expect(empty.errors?.[0]?.path).toBe("items");
    const items = Array.from({ length: 1001 }, () => ({ answers: {} }));
    const tooMany = await expectProblem(await app.request("/api/v1/recommendations/batch", json({ items })), 400);
    expect(tooMany.errors?.[0]?.path).toBe("items");
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "a %s body: 415",
    async (contentType) => {
      const response = await testApp().app.request("/api/v1/recommendations", {
        method: "POST",
        headers: { "content-type": contentType },
        body: '{"answers":{}}',
      });
      expect((await expectProblem(response, 415)).detail).toBe("Send the body as application/json.");
    },
  );

  it("a body without a content type: 415", async () => {
    const response = await testApp().app.request("/api/v1/recommendations", { method: "POST", body: '{"answers":{}}' });
    await expectProblem(response, 415);
  });

  it("a body over 1 MiB: 413, declared or streamed", async () => {
    const { app } = testApp();
    const big = JSON.stringify({ answers: {}, padding: "x".repeat(1024 * 1024) });
    await expectProblem(await app.request("/api/v1/recommendations", json(big)), 413);
    const declared = json(big, { "content-length": String(Buffer.byteLength(big)) });
    await expectProblem(await app.request("/api/v1/recommendations", declared), 413);
    // Just under the limit is read and judged on its content.
    const under = JSON.stringify({ answers: {}, padding: "x".repeat(1024 * 1024 - 40) });
    expect((await app.request("/api/v1/recommendations", json(under))).status).toBe(400);
  });

  it("an unknown route: 404", async () => {
    const { app } = testApp();
    expect((await expectProblem(await app.request("/api/v1/nothing"), 404)).instance).toBe("/api/v1/nothing");
    await expectProblem(await app.request("/api/v2/recommendations", json({ answers: {} })), 404);
    await expectProblem(await app.request("/elsewhere"), 404);
  });

  it.each([
    ["GET", "/api/v1/recommendations", "POST"],
    ["PUT", "/api/v1/recommendations/batch", "POST"],
    ["DELETE", "/api/v1/questions", "GET, HEAD"],
    ["POST", "/api/v1/platforms", "GET, HEAD"],
    ["PATCH", "/api/health", "GET, HEAD"],
    ["GET", "/api/v1/reports", "POST"],
  ])("the wrong method, %s %s: 405 with Allow: %s", async (method, path, allow) => {
    const response = await testApp().app.request(path, { method });
    await expectProblem(response, 405);
    expect(response.headers.get("allow")).toBe(allow);
  });

  it("too many requests from one client: 429 with Retry-After, health checks exempt", async () => {
    const { app } = testApp({ RATE_LIMIT_MAX: "3" });
    for (let i = 0; i < 3; i++) expect((await app.request("/api/v1/questions")).status).toBe(200);
    const refused = await app.request("/api/v1/questions");
    await expectProblem(refused, 429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await app.request("/api/health")).status).toBe(200);
  });

  it("counts clients apart by the proxy's X-Forwarded-For only when told to trust it", async () => {
    const behindProxy = testApp({ RATE_LIMIT_MAX: "1", TRUST_PROXY: "true" }).app;
    // The proxy appends the address it saw; what is left of it, the client wrote.
    const from = (ip: string) => ({ headers: { "x-forwarded-for": `192.0.2.99, ${ip}` } });
    expect((await behindProxy.request("/api/v1/questions", from("203.0.113.1"))).status).toBe(200);
    expect((await behindProxy.request("/api/v1/questions", from("203.0.113.2"))).status).toBe(200);
    expect((await behindProxy.request("/api/v1/questions", from("203.0.113.1"))).status).toBe(429);
    const direct = testApp({ RATE_LIMIT_MAX: "1" }).app;
    expect((await direct.request("/api/v1/questions", from("203.0.113.1"))).status).toBe(200);
    expect((await direct.request("/api/v1/questions", from("203.0.113.2"))).status).toBe(429);
  });
});

describe("a bug on our side", () => {
  const broken = () =>
    testApp(
      {},
      {
        recommend: async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'score')");
        },
      },
    );

  it("gets a 500 problem with the request id and no stack trace, and the stack goes to the log", async () => {
    const { app, logs } = broken();
    const response = await app.request("/api/v1/recommendations", json({ answers: {} }));
    const body = await expectProblem(response, 500);
    const text = JSON.stringify(body);
    expect(text).not.toContain("TypeError");
    expect(text).not.toContain("reading 'score'");
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ level: "error", status: 500, requestId: body.requestId });
    expect(JSON.stringify(logs[0]?.error)).toContain("reading 'score'");
  });

  it("in a batch fails only its own items", async () => {
    let calls = 0;
    const { app, logs } = testApp(
      {},
      {
        recommend: async () => {
          calls++;
          if (calls === 2) throw new Error("boom");
          return (await import("@platform-advisor/rules")).recommend({});
        },
      },
    );
    const response = await app.request(
      "/api/v1/recommendations/batch",
      json({ items: [{ answers: {} }, { answers: { teamSize: 2 } }, { answers: { teamSize: 3 } }] }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.results.map((r: { status: number }) => r.status)).toEqual([200, 500, 200]);
    expect(JSON.stringify(body.results[1].problem)).not.toContain("boom");
    expect(logs[0]).toMatchObject({ level: "error", status: 200 });
  });

  it("a ZodError from the decision core is still the client's input: 400 with answers paths", async () => {
    const { app } = testApp(
      {},
      {
        recommend: async () => {
          throw new ZodError([{ code: "custom", path: ["teamSize"], message: "no", input: 0 }]);
        },
      },
    );
    const body = await expectProblem(await app.request("/api/v1/recommendations", json({ answers: {} })), 400);
    expect(body.errors).toEqual([{ path: "answers.teamSize", message: "no" }]);
  });
});
