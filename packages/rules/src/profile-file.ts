import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { OrgProfile } from "@platform-advisor/model";
import { parse as parseYaml } from "yaml";

/** A profile is a page of YAML; anything larger is a mistake (a log, an image, /dev/zero). */
export const PROFILE_MAX_BYTES = 1024 * 1024;
/** How long reading a profile file may take before it is given up on. */
export const PROFILE_READ_TIMEOUT_MS = 5000;

/** Thrown when a profile file cannot be read as YAML or JSON or breaks the schema; the message names each field at fault. */
export class ProfileError extends Error {
  override name = "ProfileError";
}

/** Parses an organisation profile from YAML or JSON text (JSON is YAML) and validates it. */
export const parseProfile = (text: string, where = "the profile"): OrgProfile => {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    throw new ProfileError(`${where} is not valid YAML or JSON: ${error instanceof Error ? error.message : error}`);
  }
  const result = OrgProfile.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const path = issue.path.map(String).join(".") || "(top)";
      const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
      return `  ${path}: ${issue.message}${keys}`;
    });
    throw new ProfileError(`${where} is not a valid organisation profile:\n${lines.join("\n")}`);
  }
  return result.data;
};

const kindOf = (stat: Stats) =>
  stat.isDirectory()
    ? "a folder"
    : stat.isFIFO()
      ? "a named pipe"
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? "a device"
        : stat.isSocket()
          ? "a socket"
          : "not a regular file";

/**
 * Reads a profile file as UTF-8 text: a regular file only (opened without blocking, so a named pipe is refused
 * rather than waited on), at most `maxBytes`, read in chunks that stop once `timeoutMs` has passed.
 */
export const readProfileFile = (
  path: string,
  { maxBytes = PROFILE_MAX_BYTES, timeoutMs = PROFILE_READ_TIMEOUT_MS } = {},
): string => {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ProfileError(`${path} cannot be read: ${error instanceof Error ? error.message : error}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ProfileError(`${path} is ${kindOf(stat)}: a profile must be a regular file.`);
    if (stat.size > maxBytes) {
      throw new ProfileError(`${path} is ${stat.size} bytes: a profile may be at most ${maxBytes} bytes.`);
    }
    const deadline = Date.now() + timeoutMs;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte past the limit tells a file that grew since fstat from one that ends at the limit.
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new ProfileError(`${path} is over ${maxBytes} bytes: a profile may be at most that.`);
      if (Date.now() > deadline) throw new ProfileError(`${path} took over ${timeoutMs} ms to read; giving up.`);
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
};
