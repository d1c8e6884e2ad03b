/** The command's exit codes (CONTRACT.md, "Command line"). */
export const EXIT = {
  ok: 0,
  /** A --fail-on gate failed; the output was still written. */
  gateFailed: 1,
  /** Bad arguments, an unreadable file, or answers that are not valid. */
  usage: 2,
  /** A bug on our side. */
  internal: 3,
} as const;

/** An error the person can fix: what is wrong, and what to do about it. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
