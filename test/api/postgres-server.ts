import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Debian puts PostgreSQL's programs under /usr/lib/postgresql/<major>/bin, outside PATH. */
const binary = (name: string): string => {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const major of majors) {
    const path = join(root, major, "bin", name);
    if (existsSync(path)) return path;
  }
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
  if (found) return found;
  throw new Error(`${name} not found: install PostgreSQL (apt-get install -y postgresql), as .ci/run does`);
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const isRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL program, as the postgres user when we are root (PostgreSQL refuses to run as root). */
const run = (program: string, args: string[]) => {
  if (!isRoot) return execFileSync(program, args, { stdio: "pipe" });
  const quoted = [program, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
  return execFileSync("su", ["postgres", "-s", "/bin/sh", "-c", quoted], { stdio: "pipe" });
};

export type PostgresServer = {
  url: string;
  /** Shuts the server down and removes its folder. */
  stop: () => void;
  /** Shuts the server down (fast: connections are ended) and keeps its folder, for `restart`. */
  halt: () => void;
  /** Starts a halted server again, on the same port and data. */
  restart: () => void;
  /** The server's process ids (postmaster first, then its backends and workers), to freeze it with SIGSTOP. */
  processes: () => number[];
};

/**
 * A throwaway PostgreSQL server: initdb into a temporary folder, pg_ctl start on a free
 * loopback port, its socket in the same folder. `stop` shuts it down and removes the folder.
 * fsync is off unless asked for: tests do not survive power loss, benchmarks should pay for it.
 */
export const startPostgres = async ({ fsync = false } = {}): Promise<PostgresServer> => {
  const dir = mkdtempSync(join(tmpdir(), "platform-advisor-pg-"));
  const data = join(dir, "data");
  if (isRoot) {
    chmodSync(dir, 0o777);
    execFileSync("chown", ["postgres", dir]);
  }
  run(binary("initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  const port = await freePort();
  const pgStart = () =>
    run(binary("pg_ctl"), [
      "-D",
      data,
      "-l",
      join(dir, "log"),
      "-w",
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=${fsync ? "on" : "off"}`,
      "start",
    ]);
  pgStart();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt: () => run(binary("pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]),
    restart: pgStart,
    processes: () => {
      const postmaster = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
      const children = readdirSync("/proc")
        .filter((name) => /^\d+$/.test(name))
        .filter((pid) => {
          try {
            // Field 4 of /proc/PID/stat, after the parenthesised command name, is the parent's id.
            return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]) === postmaster;
          } catch {
            return false;
          }
        })
        .map(Number);
      return [postmaster, ...children];
    },
    stop: () => {
      try {
        run(binary("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
};
