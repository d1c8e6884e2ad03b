import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { json } from "./harness.ts";

/** The real server, run from its sources as a child process, for the tests that make faults happen to it. */
const SERVER = fileURLToPath(new URL("../../apps/api/src/server.ts", import.meta.url));
const children: ChildProcess[] = [];
const folders: string[] = [];

/** A temporary folder, removed by `cleanUp({ folders: true })`. */
export const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), "platform-advisor-fault-"));
  folders.push(folder);
  return folder;
};

/** Kills the servers still running; with `folders`, removes the temporary folders too. */
export const cleanUp = ({ folders: removeFolders = false } = {}) => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  if (removeFolders) for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
};

export type StartedServer = ReturnType<typeof start>;

/**
 * Starts the server; `listening` resolves with its URL, `exited` with its exit code and what it wrote to stderr,
 * `waitForLog` once its log holds a line matching the pattern `count` times. `fileSizeLimitKiB` runs it under
 * that RLIMIT_FSIZE (`ulimit -f`): writing a file past it fails with EFBIG (Node ignores SIGXFSZ).
 */
export const start = (env: Record<string, string>, { fileSizeLimitKiB }: { fileSizeLimitKiB?: number } = {}) => {
  const node = ["--conditions=source", "--import", "tsx", SERVER];
  const [command, args] =
    fileSizeLimitKiB === undefined
      ? [process.execPath, node]
      : // POSIX sh counts `ulimit -f` in 512-byte blocks.
        ["sh", ["-c", `ulimit -f ${fileSizeLimitKiB * 2} && exec "$0" "$@"`, process.execPath, ...node]];
  const child = spawn(command, args, {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", WEB_ROOT: "/nonexistent", API_TOKENS: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = once(child, "exit").then(([code]) => ({ code: code as number | null, stderr: err }));
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", () => {
      const match = /"msg":"listening","url":"([^"]+)"/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    exited.then(({ code, stderr }) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  // Awaited by the tests that expect a start; the others await `exited`.
  listening.catch(() => undefined);
  const waitForLog = (pattern: RegExp, count = 1) =>
    new Promise<void>((resolve, reject) => {
      const global = new RegExp(pattern.source, "g");
      const check = () => {
        if ((out.match(global) ?? []).length >= count) {
          child.stdout?.off("data", check);
          resolve();
        }
      };
      child.stdout?.on("data", check);
      exited.then(({ code }) => reject(new Error(`server exited ${code} before logging ${pattern}`)));
      check();
    });
  return { child, listening, exited, log: () => out, waitForLog };
};

/** Saves an assessment for workload crash-<i>. */
export const save = (url: string, i: number) =>
  fetch(`${url}/api/v1/assessments`, json({ workload: { id: `crash-${i}` }, answers: { teamSize: 1 + (i % 40) } }));

/** Saves, answering the new id on a 201 and null on anything else, including no answer at all. */
export const saveOutcome = (url: string, i: number) =>
  save(url, i).then(
    async (response) => (response.status === 201 ? String((await response.json()).id) : null),
    () => null,
  );

/** Every stored assessment's id, newest first. */
export const storedIds = async (url: string): Promise<string[]> => {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await (
      await fetch(`${url}/api/v1/assessments?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`)
    ).json();
    ids.push(...page.items.map((item: { id: string }) => item.id));
    cursor = page.next ?? undefined;
  } while (cursor);
  return ids;
};

/**
 * Starts `count` saves at once; `acknowledgedAt` resolves (with that number) once `threshold` of them have been
 * answered 201 to this client, and `outcomes` with each save's id, or null when it got no 201.
 */
export const concurrentSaves = (url: string, count: number, threshold: number) => {
  let acknowledged = 0;
  let reached: (count: number) => void = () => undefined;
  const outcomes: Promise<(string | null)[]> = Promise.all(
    Array.from({ length: count }, (_, i) =>
      saveOutcome(url, i).then((id) => {
        if (id !== null && ++acknowledged === threshold) reached(threshold);
        return id;
      }),
    ),
  );
  const acknowledgedAt = new Promise<number>((resolve, reject) => {
    reached = resolve;
    // Every save ended with fewer than `threshold` acknowledged: nothing to kill during.
    void outcomes.then(() => reject(new Error(`only ${acknowledged} of ${count} saves were acknowledged`)));
  });
  return { outcomes, acknowledgedAt };
};
