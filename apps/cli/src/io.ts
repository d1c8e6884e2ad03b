/** What the command reads and writes; the entry point passes the process's, tests pass their own. */
export type Io = {
  /** Data only: the report, the table, the JSON. */
  stdout: { write: (chunk: string | Uint8Array) => void; isTTY: boolean };
  /** Messages for the person: errors, hints, gate results. */
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
};

/** The process's streams, environment and working directory. */
export const processIo = (): Io => ({
  stdout: {
    write: (chunk) => process.stdout.write(chunk),
    isTTY: process.stdout.isTTY === true,
  },
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  env: process.env,
  cwd: process.cwd(),
});
