import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.ts";

describe("createLogger", () => {
  it("writes one JSON line per record, with a timestamp", () => {
    const lines: string[] = [];
    createLogger("info", (line) => lines.push(line))({ level: "info", msg: "request", status: 200 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.endsWith("\n")).toBe(true);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ level: "info", msg: "request", status: 200 });
    expect(Date.parse(JSON.parse(lines[0] ?? "").time)).not.toBeNaN();
  });

  it("drops records below its level", () => {
    const lines: string[] = [];
    const errorsOnly = createLogger("error", (line) => lines.push(line));
    errorsOnly({ level: "info", msg: "quiet" });
    errorsOnly({ level: "error", msg: "loud" });
    createLogger("silent", (line) => lines.push(line))({ level: "error", msg: "never" });
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["loud"]);
  });
});
