import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startHarness } from "./harness.ts";

const listeningServers = () => process.getActiveResourcesInfo().filter((kind) => kind === "TCPServerWrap").length;

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe("the browser harness", () => {
  it("launches the browser at CHROMIUM_PATH, and when that fails stops its server and removes its build", async () => {
    // A folder of its own: other test files build into the shared temporary folder at the same time.
    const parent = await mkdtemp(join(tmpdir(), "harness-test-"));
    try {
      const serversBefore = listeningServers();
      process.env.CHROMIUM_PATH = "/nonexistent/chromium";
      await expect(startHarness({ webRootPrefix: join(parent, "web-") })).rejects.toThrow(/nonexistent\/chromium/);
      expect(await readdir(parent)).toEqual([]);
      expect(listeningServers()).toBe(serversBefore);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
