import type { Config } from "./env.ts";

/** One structured log entry; written as one JSON line. */
export type LogRecord = { level: "debug" | "info" | "error"; msg: string } & Record<string, unknown>;

export type Logger = (record: LogRecord) => void;

const RANK = { debug: 0, info: 1, error: 2, silent: 3 } as const;

/** No log line is longer: a huge value (a body echoed in an error) must not flood the log. */
export const MAX_LINE_BYTES = 8192;

const line = (record: LogRecord) => {
  const text = JSON.stringify({ time: new Date().toISOString(), ...record });
  if (text.length <= MAX_LINE_BYTES) return text;
  // Keep what identifies the event; say how much was dropped.
  const { level, msg, requestId, method, path, status } = record;
  const kept = { level, msg, requestId, method, path: typeof path === "string" ? path.slice(0, 200) : path, status };
  return JSON.stringify({ time: new Date().toISOString(), ...kept, truncated: text.length });
};

/**
 * A logger that writes one JSON line per record, dropping records below `level`.
 * `write` is injectable so tests can capture lines or stay quiet.
 */
export const createLogger =
  (level: Config["logLevel"], write: (line: string) => void = (line) => process.stdout.write(line)): Logger =>
  (record) => {
    if (RANK[record.level] < RANK[level]) return;
    write(`${line(record)}\n`);
  };

/** Drops everything: for tests and benchmarks that measure without log output. */
export const silentLogger: Logger = () => {};
