import { createRequire } from "node:module";
import { RULESET_VERSION } from "@platform-advisor/rules";
import { Command, CommanderError, Option } from "commander";
import { type CatalogueOptions, platformsCommand, questionsCommand } from "./commands/catalogue.ts";
import { type RecommendOptions, recommendCommand } from "./commands/recommend.ts";
import { CliError, EXIT } from "./exit-codes.ts";
import { CLI_FORMATS } from "./formats.ts";
import { GATES } from "./gates.ts";
import type { Io } from "./io.ts";

/** The command's own version, from its package.json (found from src/ and dist/ alike). */
export const VERSION: string = createRequire(import.meta.url)("../package.json").version;

const EXAMPLES = `
Examples:
  platform-advisor recommend --answers team.json
  platform-advisor recommend --answers team.json --format pdf --out report.pdf
  cat team.json | platform-advisor recommend --answers - --format sarif --fail-on drift > advisor.sarif
  platform-advisor questions
  platform-advisor questions --profile profile.yaml

Exit codes: 0 ok, 1 a --fail-on gate failed, 2 usage error or invalid answers.`;

const program = (io: Io, exit: { code: number }) => {
  const root = new Command("platform-advisor")
    .description("Recommends a container platform from a team's answers, with reasons and their sources.")
    .version(`${VERSION} (ruleset ${RULESET_VERSION})`, "-V, --version", "print the version and the ruleset version")
    .helpOption("-h, --help", "show help")
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: io.stderr })
    .showHelpAfterError("(add --help for usage)")
    .exitOverride()
    .addHelpText("after", EXAMPLES);

  root
    .command("recommend")
    .description("recommend a platform for a set of answers, as a terminal summary, a report or SARIF")
    .requiredOption("--answers <file>", 'the answers as JSON (a file, or "-" for stdin)')
    .addOption(new Option("--format <format>", "what to write").choices(CLI_FORMATS).default("text"))
    .option("--out <file>", "write to this file instead of stdout")
    .option("--profile <file>", "the organisation profile to apply")
    .addOption(
      new Option(
        "--fail-on <gate>",
        "exit 1 on drift (currentPlatform is not the recommendation) or a forbidden platform",
      ).choices(GATES),
    )
    .action(async (options: RecommendOptions) => {
      exit.code = await recommendCommand(options, io, VERSION);
    });

  root
    .command("questions")
    .description("list the questions: each answers field, what it accepts, and the question")
    .option("--json", "the questionnaire as JSON (with --profile: { questions, customQuestions }, as the API)")
    .option("--profile <file>", "add the organisation profile's own questions (answers.custom.<id>)")
    .action((options: CatalogueOptions) => questionsCommand(options, io));

  root
    .command("platforms")
    .description("list the platforms of the catalogue")
    .option("--json", "the catalogue as JSON")
    .option("--profile <file>", "add the organisation profile's own platforms (org-) and capabilities")
    .action((options: CatalogueOptions) => platformsCommand(options, io));

  return root;
};

/** Runs the command line `argv` (without node and the script) and resolves to the exit code. */
export const run = async (argv: string[], io: Io): Promise<number> => {
  const exit = { code: EXIT.ok as number };
  try {
    await program(io, exit).parseAsync(argv, { from: "user" });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end parsing with exit code 0; everything else commander refuses is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr(`platform-advisor: error: ${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ""}`);
      return error.exitCode;
    }
    io.stderr(
      `platform-advisor: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  }
};
