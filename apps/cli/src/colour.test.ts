import { describe, expect, it } from "vitest";
import { paintFor } from "./colour.ts";
import type { Io } from "./io.ts";

const io = (isTTY: boolean, env: Record<string, string> = {}): Io => ({
  stdout: { write: () => {}, isTTY },
  stderr: () => {},
  readStdin: async () => "",
  env,
  cwd: "/",
});

describe("paintFor", () => {
  it("colours only for a terminal, never into a file, and never with NO_COLOR set", () => {
    expect(paintFor(io(true), false).green("x")).toBe("\u001b[32mx\u001b[39m");
    expect(paintFor(io(false), false).green("x")).toBe("x");
    expect(paintFor(io(true), true).green("x")).toBe("x");
    expect(paintFor(io(true, { NO_COLOR: "1" }), false).green("x")).toBe("x");
    // no-color.org: an empty NO_COLOR does not count.
    expect(paintFor(io(true, { NO_COLOR: "" }), false).green("x")).toBe("\u001b[32mx\u001b[39m");
  });
});
