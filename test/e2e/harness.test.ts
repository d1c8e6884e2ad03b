import { readdir } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startHarness, WEB_ROOT_PREFIX } from "./harness.ts";

const webRoots = async () =>
  (await readdir(dirname(WEB_ROOT_PREFIX))).filter((name) => name.startsWith(basename(WEB_ROOT_PREFIX)));
const listeningServers = () => process.getActiveResourcesInfo().filter((kind) => kind === "TCPServerWrap").length;

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe("the browser harness", () => {
  it("launches the browser at CHROMIUM_PATH, and when that fails stops its server and removes its build", async () => {
    const [rootsBefore, serversBefore] = [await webRoots(), listeningServers()];
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    await expect(startHarness()).rejects.toThrow(/nonexistent\/chromium/);
    expect(await webRoots()).toEqual(rootsBefore);
    expect(listeningServers()).toBe(serversBefore);
  });
});
