import { describe, expect, it } from "vitest";

describe("importing @platform-advisor/api", () => {
  it("reads no environment: a bad setting only matters to the server that loads it", async () => {
    const saved = process.env.PORT;
    process.env.PORT = "not-a-port";
    try {
      const api = await import("@platform-advisor/api");
      expect(api).not.toHaveProperty("app");
      expect(typeof api.createApp).toBe("function");
      expect(() => api.loadConfig()).toThrow(api.ConfigError);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });
});
