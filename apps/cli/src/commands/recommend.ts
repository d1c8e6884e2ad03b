import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Answers, catalogueOf, type OrgProfile } from "@platform-advisor/model";
import { renderReport } from "@platform-advisor/report";
import { NoEligiblePlatformError, recommend } from "@platform-advisor/rules";
import { ZodError } from "zod";
import { paintFor } from "../colour.ts";
import { CliError, EXIT } from "../exit-codes.ts";
import { type CliFormat, isReportFormat } from "../formats.ts";
import { drift, forbidden, type Gate, type GateResult } from "../gates.ts";
import type { Io } from "../io.ts";
import { loadProfile } from "../profile.ts";
import { describeIssue, readAnswers } from "../read-answers.ts";
import { sarifLog } from "../sarif.ts";
import { textSummary } from "../text-summary.ts";

export type RecommendOptions = {
  answers: string;
  format: CliFormat;
  out?: string;
  profile?: string;
  failOn?: Gate;
};

const write = async (io: Io, out: string | undefined, body: string | Uint8Array) => {
  if (out === undefined) return io.stdout.write(body);
  try {
    await writeFile(resolve(io.cwd, out), body);
  } catch (error) {
    throw new CliError(
      `cannot write ${out}: ${(error as Error).message}`,
      "check that its folder exists and is writable",
    );
  }
};

/** The recommendation, or a usage error when a profile leaves no platform eligible for these answers. */
const recommendOrExplain = async (answers: Answers, profile: OrgProfile | undefined, profilePath?: string) => {
  try {
    return await recommend(answers, profile ? { profile } : {});
  } catch (error) {
    // The decision core checks what the schema cannot: custom answers to questions (or with options) the profile
    // does not define.
    if (error instanceof ZodError) {
      const questions = profilePath === undefined ? "questions" : `questions --profile ${profilePath}`;
      throw new CliError(
        `the answers are not valid:\n${error.issues.map(describeIssue).join("\n")}`,
        `answer only the questions that "platform-advisor ${questions}" lists, with the values it accepts`,
      );
    }
    if (error instanceof NoEligiblePlatformError) {
      throw new CliError(
        error.message,
        "the profile rules out every platform that fits these answers; check its platforms",
      );
    }
    throw error;
  }
};

/** recommend: answers in, the recommendation out in the format asked for; gates decide the exit code. */
export const recommendCommand = async (options: RecommendOptions, io: Io, toolVersion: string): Promise<number> => {
  if (options.failOn === "forbidden" && options.profile === undefined)
    throw new CliError(
      "--fail-on forbidden needs --profile",
      "pass the organisation profile that says what is forbidden",
    );
  const profile = options.profile === undefined ? undefined : await loadProfile(options.profile, io.cwd);
  if (options.format === "pdf" && options.out === undefined && io.stdout.isTTY)
    throw new CliError(
      "a PDF is binary and stdout is a terminal",
      "add --out report.pdf, or redirect stdout to a file",
    );

  const input = await readAnswers(options.answers, io);
  const recommendation = await recommendOrExplain(input.answers, profile, options.profile);
  const driftResult: GateResult = drift(input.answers, recommendation);
  const forbiddenResult: GateResult | undefined = profile ? forbidden(input.answers, profile) : undefined;

  const format = options.format;
  let body: string | Uint8Array;
  if (format === "text")
    body = textSummary(recommendation, paintFor(io, options.out !== undefined), input.answers, catalogueOf(profile));
  else if (format === "sarif")
    body = `${JSON.stringify(
      sarifLog({
        recommendation,
        answersName: input.name,
        answersText: input.text,
        drift: driftResult,
        forbidden: forbiddenResult,
        toolVersion,
      }),
      null,
      2,
    )}\n`;
  else if (isReportFormat(format))
    body = (await renderReport(format, recommendation, input.answers, new Date(), profile ? { profile } : {})).body;
  else throw new CliError(`unknown format ${format}`);
  await write(io, options.out, body);

  const gate = options.failOn === "drift" ? driftResult : options.failOn === "forbidden" ? forbiddenResult : undefined;
  if (gate) {
    io.stderr(`platform-advisor: ${gate.message}\n`);
    if (gate.failed) return EXIT.gateFailed;
  }
  return EXIT.ok;
};
