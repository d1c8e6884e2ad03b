import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PLATFORM_IDS, QUESTION_IDS, QUESTIONNAIRE } from "@platform-advisor/model";
import { ReportFormat } from "@platform-advisor/report";
import type { Log } from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The built command, run as a process the way a pipeline runs it: the tests
 * build the packages and the CLI first, then only look at stdout, stderr and
 * the exit code.
 */

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const BIN = join(ROOT, "apps/cli/dist/main.js");

type Run = { code: number | null; stdout: Buffer; stderr: string };

const cli = (args: string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    child.stdin.end(options.stdin ?? "");
  });

let dir = "";
const ANSWERS = { teamSize: 4, containerCount: 30, hostCount: 3, currentPlatform: "kubernetes" };
const answersFile = () => join(dir, "team.json");
/**
 * The documented example profile (v2): forbids Mesos and Nomad, assumes AWS, adds 5 points to Fargate, the internal
 * platform org-runway ("Acme Runway") and the question cardholder-data.
 */
const PROFILE = join(ROOT, "docs/org-profile.example.yaml");
const BAD_PROFILE = "bad-profile.yaml";

beforeAll(async () => {
  await promisify(execFile)(
    "npm",
    ["run", "build", ...["model", "rules", "report", "cli"].flatMap((name) => ["-w", `@platform-advisor/${name}`])],
    { cwd: ROOT },
  );
  dir = await mkdtemp(join(tmpdir(), "platform-advisor-cli-"));
  await writeFile(answersFile(), `${JSON.stringify(ANSWERS, null, 2)}\n`);
  await writeFile(
    join(dir, BAD_PROFILE),
    "apiVersion: platform-advisor/v1\nmetadata: { name: x, revision: 1 }\nspec:\n  platforms: { allowed: [], forbidden: [] }\n",
  );
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.concurrent("platform-advisor recommend", () => {
  it("prints a readable summary without colour when stdout is not a terminal", async () => {
    const { code, stdout, stderr } = await cli(["recommend", "--answers", "team.json"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const text = stdout.toString();
    expect(text).toMatch(/^Recommended: .+ \([a-z0-9-]+\), score [\d.]+ of 100\n/);
    // The gap to the runner-up is what a reader gets by subtracting the two scores shown.
    const [, second, gap, first] = text.match(/score ([\d.]+), ([\d.]+) below ([\d.]+)\./) ?? [];
    expect(Number(first) - Number(second)).toBeCloseTo(Number(gap), 5);
    expect(text).toContain("\nWhy\n");
    expect(text).toContain("\nRanking\n");
    expect(text).toMatch(/ruleset \S+\n$/);
    expect(text).not.toContain("\u001b[");
  });

  it.each([
    ["md", (body: Buffer) => expect(body.toString()).toMatch(/^# /m)],
    ["html", (body: Buffer) => expect(body.toString()).toMatch(/^<!doctype html>/i)],
    ["pdf", (body: Buffer) => expect(body.subarray(0, 5).toString()).toBe("%PDF-")],
    ["json", (body: Buffer) => expect(JSON.parse(body.toString()).recommendation.recommended).toBeTypeOf("string")],
  ])("writes the %s report to stdout", async (format, check) => {
    const { code, stdout, stderr } = await cli(["recommend", "--answers", "team.json", "--format", format]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    check(stdout);
  });

  it.each(ReportFormat.options)("offers every format of the report package: %s", async (format) => {
    const { code, stdout } = await cli(["recommend", "--answers", "team.json", "--format", format]);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(100);
    expect((await cli(["recommend", "--help"])).stdout.toString()).toContain(`"${format}"`);
  });

  it("reads an API request body ({ answers }) as its answers", async () => {
    const { code, stdout } = await cli(["recommend", "--answers", "-", "--format", "json"], {
      stdin: JSON.stringify({ answers: ANSWERS }),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout.toString()).recommendation.answers.teamSize).toBe(ANSWERS.teamSize);
  });

  it("reads the answers from stdin with --answers -, and writes to --out", async () => {
    const { code, stdout } = await cli(["recommend", "--answers", "-", "--format", "json", "--out", "report.json"], {
      stdin: JSON.stringify(ANSWERS),
    });
    expect(code).toBe(0);
    expect(stdout.length).toBe(0);
    const report = JSON.parse(await readFile(join(dir, "report.json"), "utf8"));
    expect(PLATFORM_IDS).toContain(report.recommendation.recommended);
  });

  it("writes SARIF 2.1.0 with the recommendation and the drift on the currentPlatform line", async () => {
    const { code, stdout } = await cli(["recommend", "--answers", "team.json", "--format", "sarif"]);
    expect(code).toBe(0);
    const log = JSON.parse(stdout.toString()) as Log;
    expect(log.version).toBe("2.1.0");
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe("platform-advisor");
    expect(run?.results?.map((result) => result.ruleId)).toEqual([
      "platform-advisor/recommendation",
      "platform-advisor/drift",
    ]);
    const drift = run?.results?.[1];
    expect(drift?.level).toBe("warning");
    expect(drift?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe("team.json");
    // team.json is pretty-printed: currentPlatform is on line 5.
    expect(drift?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(5);
  });

  it("--fail-on drift exits 1 when the workload runs elsewhere, still writing the output", async () => {
    const { code, stdout, stderr } = await cli(["recommend", "--answers", "team.json", "--fail-on", "drift"]);
    expect(code).toBe(1);
    expect(stdout.toString()).toMatch(/^Recommended: /);
    expect(stderr).toMatch(/drift: runs on kubernetes, but the recommendation is /);
  });

  it("--fail-on drift exits 0 when the workload runs on the recommendation", async () => {
    const first = await cli(["recommend", "--answers", "team.json", "--format", "json"]);
    const recommended = JSON.parse(first.stdout.toString()).recommendation.recommended;
    const { code, stderr } = await cli(["recommend", "--answers", "-", "--fail-on", "drift"], {
      stdin: JSON.stringify({ ...ANSWERS, currentPlatform: recommended }),
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/no drift/);
  });

  it.each([
    ["a missing file", ["--answers", "missing.json"], "", /cannot read the answers file missing\.json: no such file/],
    ["malformed JSON", ["--answers", "-"], "{ teamSize: 4", /stdin is not valid JSON/],
    ["an unknown field", ["--answers", "-"], '{"teamSize": 4, "teamsize": 5}', /answers\.teamsize: unknown field/],
    ["a value out of range", ["--answers", "-"], '{"teamSize": 0}', /answers\.teamSize: Too small/],
    ["a wrong type", ["--answers", "-"], '{"hosting": "aws"}', /answers\.hosting: /],
    [
      "an answer to a question no profile defines",
      ["--answers", "-"],
      '{"teamSize": 4, "custom": {"pci-scope": "yes"}}',
      /answers\.custom\.pci-scope: No question "pci-scope"/,
    ],
  ])("exits 2 on %s, naming what is at fault, with a hint and nothing on stdout", async (_, args, stdin, message) => {
    const { code, stdout, stderr } = await cli(["recommend", ...args], { stdin });
    expect(code).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^hint: /m);
  });

  it.each([
    ["no --answers", []],
    ["an unknown format", ["--answers", "team.json", "--format", "docx"]],
    ["an unknown gate", ["--answers", "team.json", "--fail-on", "everything"]],
    ["an unknown option", ["--answers", "team.json", "--colour"]],
    ["--fail-on forbidden without a profile", ["--answers", "team.json", "--fail-on", "forbidden"]],
  ])("exits 2 on %s", async (_, args) => {
    const { code, stdout, stderr } = await cli(["recommend", ...args]);
    expect(code).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).not.toBe("");
  });

  it("applies an organisation profile: its exclusions show, and the recommendation carries it", async () => {
    const { code, stdout } = await cli([
      "recommend",
      "--answers",
      "team.json",
      "--profile",
      PROFILE,
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout.toString());
    expect(report.recommendation.profile).toMatchObject({ name: "acme", revision: 2 });
    const nomad = report.recommendation.ranking.find((r: { platform: string }) => r.platform === "nomad");
    expect(nomad.eligible).toBe(false);
    expect(nomad.reasons[0].source).toBe("Organisation profile acme r2");
  });

  it("exits 1 on --fail-on forbidden when the workload runs on a platform the profile rules out, 0 when allowed", async () => {
    const onNomad = JSON.stringify({ teamSize: 12, containerCount: 40, hosting: ["aws"], currentPlatform: "nomad" });
    const failed = await cli(["recommend", "--answers", "-", "--profile", PROFILE, "--fail-on", "forbidden"], {
      stdin: onNomad,
    });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("No team at Acme supports Nomad");
    const onFargate = onNomad.replace("nomad", "aws-fargate");
    const passed = await cli(["recommend", "--answers", "-", "--profile", PROFILE, "--fail-on", "forbidden"], {
      stdin: onFargate,
    });
    expect(passed.code).toBe(0);
    const sarif = await cli(["recommend", "--answers", "-", "--profile", PROFILE, "--format", "sarif"], {
      stdin: onNomad,
    });
    const results = JSON.parse(sarif.stdout.toString()).runs[0].results;
    expect(results.map((r: { ruleId: string }) => r.ruleId)).toContain("platform-advisor/forbidden");
  });

  it.each([
    ["a missing profile", "missing.yaml", /cannot read the profile missing\.yaml/],
    ["a profile that breaks the schema", BAD_PROFILE, /spec\.platforms/],
  ])("exits 2 on %s, naming what is at fault", async (_, profile, message) => {
    const { code, stdout, stderr } = await cli(["recommend", "--answers", "team.json", "--profile", profile]);
    expect(code).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toMatch(message);
  });
});

describe.concurrent("platform-advisor questions and platforms", () => {
  it("lists every answers field as a table, or the questionnaire as JSON", async () => {
    const table = (await cli(["questions"])).stdout.toString();
    for (const id of QUESTION_IDS) expect(table).toMatch(new RegExp(`^${id} `, "m"));
    const json = JSON.parse((await cli(["questions", "--json"])).stdout.toString());
    // The questionnaire's own order (a follow-up question right after the one it follows), every field once.
    const ids = json.map((question: { id: string }) => question.id);
    expect(ids).toEqual(QUESTIONNAIRE.map((question) => question.id));
    expect([...ids].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it("lists every platform as a table, or the catalogue as JSON", async () => {
    const table = (await cli(["platforms"])).stdout.toString();
    for (const id of PLATFORM_IDS) expect(table).toMatch(new RegExp(`^${id} `, "m"));
    const json = JSON.parse((await cli(["platforms", "--json"])).stdout.toString());
    expect(json.map((platform: { id: string }) => platform.id)).toEqual([...PLATFORM_IDS]);
  });
});

describe.concurrent("an organisation profile's own questions and platforms (v2)", () => {
  const PROMPT = "Does the workload store, process or transmit payment card data?";
  const CARDHOLDER = JSON.stringify({ teamSize: 6, hosting: ["on-prem"], custom: { "cardholder-data": "yes" } });

  it("lists the profile's questions after the built-in ones, as a table and as the API's JSON", async () => {
    const table = (await cli(["questions", "--profile", PROFILE])).stdout.toString();
    expect(table).toMatch(new RegExp(`^custom\\.cardholder-data +${PROMPT.replace(/[?]/g, "\\?")} +yes, no$`, "m"));
    const { questions, customQuestions } = JSON.parse(
      (await cli(["questions", "--json", "--profile", PROFILE])).stdout.toString(),
    );
    expect(questions.map((question: { id: string }) => question.id)).toEqual(QUESTIONNAIRE.map(({ id }) => id));
    expect(customQuestions.map((question: { id: string }) => question.id)).toEqual(["cardholder-data"]);
  });

  it("lists the profile's platforms after the built-in ones", async () => {
    const table = (await cli(["platforms", "--profile", PROFILE])).stdout.toString();
    expect(table).toMatch(/^org-runway +Acme Runway +3 +8 +cluster +active$/m);
    const json = JSON.parse((await cli(["platforms", "--json", "--profile", PROFILE])).stdout.toString());
    expect(json.map((platform: { id: string }) => platform.id)).toEqual([...PLATFORM_IDS, "org-runway"]);
    expect(json.at(-1).sources[0]).toEqual({
      title: "Acme Runway handbook",
      href: "https://runway.acme.example/handbook",
    });
  });

  it("recommends from custom answers and names the organisation's platform by its name", async () => {
    const { code, stdout, stderr } = await cli(["recommend", "--answers", "-", "--profile", PROFILE], {
      stdin: CARDHOLDER,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const text = stdout.toString();
    expect(text).toMatch(/^Recommended: Acme Runway \(org-runway\), score/);
    expect(text).toContain(`The organisation's questions\n  ${PROMPT} Yes, cardholder data\n`);
  });

  it("writes the report with the custom answer by its prompt and label", async () => {
    const { code, stdout } = await cli(["recommend", "--answers", "-", "--profile", PROFILE, "--format", "md"], {
      stdin: CARDHOLDER,
    });
    expect(code).toBe(0);
    const markdown = stdout.toString();
    expect(markdown).toContain(`| ${PROMPT} | Yes, cardholder data | given |`);
    expect(markdown).toContain("[Acme Runway handbook](https://runway.acme.example/handbook)");
  });

  it.each([
    ["an unknown question", { nope: "x" }, /answers\.custom\.nope: /],
    ["an unknown option", { "cardholder-data": "maybe" }, /answers\.custom\.cardholder-data: /],
  ])("exits 2 on %s, naming it, with a hint to list the profile's questions", async (_, custom, message) => {
    const { code, stdout, stderr } = await cli(["recommend", "--answers", "-", "--profile", PROFILE], {
      stdin: JSON.stringify({ teamSize: 6, custom }),
    });
    expect(code).toBe(2);
    expect(stdout.length).toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).toContain(`hint: answer only the questions that "platform-advisor questions --profile ${PROFILE}"`);
  });
});

describe.concurrent("help and version", () => {
  it.each([[[]], [["recommend"]], [["questions"]], [["platforms"]]])(
    "%j --help prints usage and exits 0",
    async (args) => {
      const { code, stdout } = await cli([...args, "--help"]);
      expect(code).toBe(0);
      expect(stdout.toString()).toMatch(/^Usage: platform-advisor/);
    },
  );

  it("--version prints the version and the ruleset", async () => {
    const { code, stdout } = await cli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.toString()).toMatch(/^\d+\.\d+\.\d+ \(ruleset \S+\)\n$/);
  });

  it("exits 2 on an unknown command or none", async () => {
    expect((await cli(["bogus"])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });
});
