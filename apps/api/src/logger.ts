import type { Config } from "./env.ts";

/** One structured log entry; written as one JSON line. */
export type LogRecord = { level: "info" | "error"; msg: string } & Record<string, unknown>;

export type Logger = (record: LogRecord) => void;

const RANK = { info: 0, error: 1, silent: 2 } as const;

/**
 * A logger that writes one JSON line per record, dropping records below `level`.
 * `write` is injectable so tests can capture lines or stay quiet.
 */
export const createLogger =
  (level: Config["logLevel"], write: (line: string) => void = (line) => process.stdout.write(line)): Logger =>
  (record) => {
    if (RANK[record.level] < RANK[level]) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`);
  };

/** Drops everything: for tests and benchmarks that measure without log output. */
export const silentLogger: Logger = () => {};
