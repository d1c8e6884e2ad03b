import type { Recommendation } from "@platform-advisor/model";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { GateResult } from "./gates.ts";

/** The recommendation, drift and forbidden-platform rules, in the order results refer to them by index. */
const RULES: [ReportingDescriptor, ReportingDescriptor, ReportingDescriptor] = [
  {
    id: "platform-advisor/recommendation",
    name: "Recommendation",
    shortDescription: { text: "The container platform recommended for these answers" },
    defaultConfiguration: { level: "note" },
  },
  {
    id: "platform-advisor/drift",
    name: "PlatformDrift",
    shortDescription: { text: "The workload runs on another platform than the one recommended" },
    help: { text: "Move the workload to the recommended platform, or record why it stays (an ADR), and rerun." },
    defaultConfiguration: { level: "warning" },
  },
  {
    id: "platform-advisor/forbidden",
    name: "ForbiddenPlatform",
    shortDescription: { text: "The workload runs on a platform the organisation profile does not allow" },
    help: { text: "Move the workload to an allowed platform, or ask the platform team to change the profile." },
    defaultConfiguration: { level: "error" },
  },
];

/** The 1-based line of a field in the answers file, so code hosts annotate it; 1 when it is not there. */
const lineOf = (text: string, field: string) => {
  const index = text.indexOf(`"${field}"`);
  return index < 0 ? 1 : text.slice(0, index).split("\n").length;
};

export type SarifInput = {
  recommendation: Recommendation;
  /** The answers file as given on the command line; "stdin" when piped. */
  answersName: string;
  answersText: string;
  drift: GateResult | undefined;
  forbidden?: GateResult | undefined;
  toolVersion: string;
};

/** A SARIF 2.1.0 log: the recommendation as a note on the answers file, and drift as a warning on its currentPlatform line. */
export const sarifLog = ({
  recommendation,
  answersName,
  answersText,
  drift,
  forbidden,
  toolVersion,
}: SarifInput): Log => {
  const location = (field: string) => [
    {
      physicalLocation: {
        artifactLocation: { uri: answersName.replaceAll("\\", "/") },
        region: { startLine: lineOf(answersText, field) },
      },
    },
  ];
  const first = recommendation.ranking[0];
  const results: Result[] = [
    {
      ruleId: "platform-advisor/recommendation",
      ruleIndex: 0,
      level: "note",
      message: {
        text: `Recommended platform: ${first?.name ?? recommendation.recommended} (${recommendation.recommended}), score ${Math.round(first?.score ?? 0)}/100, ruleset ${recommendation.rulesetVersion}.`,
      },
      locations: location("currentPlatform"),
      properties: { recommended: recommendation.recommended, rulesetVersion: recommendation.rulesetVersion },
    },
  ];
  const gates: [GateResult | undefined, 1 | 2][] = [
    [drift, 1],
    [forbidden, 2],
  ];
  for (const [gate, ruleIndex] of gates) {
    if (!gate?.failed) continue;
    const rule = RULES[ruleIndex];
    results.push({
      ruleId: rule.id,
      ruleIndex,
      level: rule.defaultConfiguration?.level ?? "warning",
      message: { text: `${gate.message[0]?.toUpperCase()}${gate.message.slice(1)}.` },
      locations: location("currentPlatform"),
    });
  }
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "platform-advisor", version: toolVersion, rules: RULES } },
        results,
      },
    ],
  };
};
