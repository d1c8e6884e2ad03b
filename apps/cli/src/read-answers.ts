import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Answers, QUESTION_IDS } from "@platform-advisor/model";
import type { z } from "zod";
import { CliError } from "./exit-codes.ts";
import type { Io } from "./io.ts";

export type AnswersInput = {
  answers: Answers;
  /** The text as read, to point findings at a line. */
  text: string;
  /** The path given, or "stdin". */
  name: string;
};

const QUESTIONS_HINT = 'run "platform-advisor questions" to see every field and the values it takes';

const where = (path: PropertyKey[]) => ["answers", ...path.map(String)].join(".");

/** One problem with the answers, naming the field at fault (`answers.custom.pci-scope: ...`). */
export const describeIssue = (issue: z.core.$ZodIssue): string => {
  if (issue.code === "unrecognized_keys")
    return issue.keys.map((key) => `${where([...issue.path, key])}: unknown field`).join("\n");
  return `${where(issue.path)}: ${issue.message}`;
};

const read = async (path: string, io: Io): Promise<string> => {
  if (path === "-") return io.readStdin();
  try {
    return await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : String(error);
    throw new CliError(
      `cannot read the answers file ${path}: ${why}`,
      "check the path, or pass - to read the answers from stdin",
    );
  }
};

/**
 * Reads answers from a file or stdin ("-") and validates them with the
 * contract's schema. A body sent to the API (`{ "answers": {...} }`) is read
 * as its answers. Anything wrong is a CliError naming the field at fault.
 */
export const readAnswers = async (path: string, io: Io): Promise<AnswersInput> => {
  const name = path === "-" ? "stdin" : path;
  const text = await read(path, io);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `${name} is not valid JSON: ${(error as Error).message}`,
      'the answers are one JSON object, for example {"teamSize": 5, "containerCount": 40}',
    );
  }
  if (data && typeof data === "object" && !Array.isArray(data) && Object.keys(data).join() === "answers")
    data = (data as { answers: unknown }).answers;
  const parsed = Answers.safeParse(data);
  if (!parsed.success) {
    const unknown = parsed.error.issues.some((issue) => issue.code === "unrecognized_keys");
    throw new CliError(
      `${name} holds answers that are not valid:\n${parsed.error.issues.map(describeIssue).join("\n")}`,
      unknown ? `the fields are ${QUESTION_IDS.join(", ")}; ${QUESTIONS_HINT}` : QUESTIONS_HINT,
    );
  }
  return { answers: parsed.data, text, name };
};
