import {
  type Answers,
  BUILT_IN_CATALOGUE,
  type CapabilityId,
  type Catalogue,
  formatPoints,
  NEED_CAPABILITY,
  type RankedPlatform,
  type Recommendation,
  SCALING_CAPABILITY,
  TRAFFIC_CAPABILITY,
  WORKLOAD_CAPABILITY,
} from "@platform-advisor/model";
import { customRequirements } from "./custom-answers.ts";
import {
  type Considered,
  cannotPoints,
  capabilityPoints,
  considered,
  costModel,
  effort,
  lockIn,
  operations,
  point,
  type RecordPoint,
  sentence,
} from "./record-points.ts";

export type { RecordPoint } from "./record-points.ts";

/** What a decision record adds to the report: consequences by topic, and each considered option's pros and cons. */
export type DecisionRecordData = {
  consequences: { topic: string; points: RecordPoint[] }[];
  options: { platform: RankedPlatform["platform"]; name: string; score: number; points: RecordPoint[] }[];
};

/** How many options the record weighs: the top eligible platforms. */
export const CONSIDERED = 3;

/**
 * The capabilities the answers ask for, in questionnaire order (contract v3's answer-to-capability tables), then
 * those the organisation's own questions make requirements (built-in or its own capabilities).
 */
export const neededCapabilities = (answers: Answers, catalogue: Catalogue = BUILT_IN_CATALOGUE): string[] => {
  const needed: (CapabilityId | null | undefined)[] = [
    answers.highAvailability ? "failover" : null,
    answers.scaling ? SCALING_CAPABILITY[answers.scaling] : null,
    answers.zeroDowntimeDeploys ? "rolling-updates" : null,
    ...(answers.workloads ?? []).map((workload) => WORKLOAD_CAPABILITY[workload]),
    ...(answers.needs ?? []).map((need) => NEED_CAPABILITY[need]),
    ...(answers.traffic ?? []).map((traffic) => TRAFFIC_CAPABILITY[traffic]),
    answers.hosting?.includes("edge") ? "fleet-rollout" : null,
  ];
  return [
    ...new Set([
      ...needed.filter((id): id is CapabilityId => typeof id === "string"),
      ...customRequirements(answers, catalogue),
    ]),
  ];
};

/** The reasons the value model counted, without its arithmetic: operability is said by `effort` instead. */
const reasonPoints = (entry: RankedPlatform): RecordPoint[] =>
  entry.reasons
    .filter((reason) => reason.impact !== null && reason.impact !== 0 && reason.criterion !== "operability")
    .filter((reason) => !/\bpoints?\b.*\ba unit\b/.test(reason.text))
    .map((reason) => point((reason.impact ?? 0) > 0 ? "good" : "bad", sentence(reason.text), reason.source));

/** Points in order, each text once: a drawback the rules and the catalogue both state is said once. */
const once = (points: RecordPoint[]): RecordPoint[] => {
  const seen = new Set<string>();
  return points.filter((item) => {
    const key = item.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * What the chosen platform does not do for these answers: the drawbacks the ranking counted against it and those
 * the catalogue lists for where the team hosts, whether or not the answers asked for them.
 */
const drawbacks = (chosen: Considered, entry: RankedPlatform): RecordPoint[] =>
  once([...reasonPoints(entry).filter((item) => item.kind === "bad"), ...cannotPoints(chosen)]);

/**
 * A decision record's substance: for the chosen platform, what the team will
 * run itself, the add-ons it needs, what it does not do, lock-in and exit
 * path, the cost model and the requirements it leaves unmet; for each
 * considered option, its real pros and cons. Drawn from the catalogue as it
 * reads for the team's hosting and from the capability matrix, each point
 * with the document it rests on.
 */
export const decisionRecordData = (
  recommendation: Recommendation,
  given: Answers,
  catalogue: Catalogue = BUILT_IN_CATALOGUE,
): DecisionRecordData => {
  const answers = { ...recommendation.answers, ...given };
  const needed = neededCapabilities(answers, catalogue);
  const hosting = answers.hosting ?? [];
  const platformOf = (id: RankedPlatform["platform"]): Considered | undefined => {
    const at = catalogue.indexOf(id);
    const platform = catalogue.platforms[at];
    return platform ? considered(platform, at, at >= catalogue.builtIn, hosting) : undefined;
  };
  const chosenEntry = recommendation.ranking.find((entry) => entry.platform === recommendation.recommended);
  const chosen = platformOf(recommendation.recommended);
  const teamSize = given.teamSize ?? recommendation.answers.teamSize;
  const eligible = recommendation.ranking.filter((entry) => entry.eligible);
  const next = eligible.find((entry) => entry.platform !== recommendation.recommended);
  const consequences: DecisionRecordData["consequences"] = [];
  if (chosen && chosenEntry) {
    const name = chosenEntry.name;
    const capabilities = capabilityPoints(chosen, name, needed, catalogue);
    const unmet = (chosenEntry.unmet ?? []).map((item) => point("bad", `Not met: ${sentence(item.text)}`));
    const conflicts = recommendation.conflicts
      .filter((conflict) => !(chosenEntry.unmet ?? []).some((item) => item.question === conflict.question))
      .map((conflict) => point("bad", `Not honoured: ${sentence(conflict.text)}`));
    const lacking = drawbacks(chosen, chosenEntry);
    consequences.push(
      {
        topic: "What the team runs itself",
        points: [...operations(chosen, name), effort(chosen.platform, name, recommendation, teamSize)],
      },
      {
        topic: "Add-ons and requirements",
        points:
          capabilities.length + unmet.length + conflicts.length > 0
            ? [...capabilities, ...unmet, ...conflicts]
            : [point("neutral", "The answers state no capability beyond running containers: nothing to add.")],
      },
      {
        topic: "What it does not do",
        points:
          lacking.length > 0
            ? lacking
            : [
                point(
                  "neutral",
                  `Neither the ranking nor the catalogue counts a drawback of ${name} against these answers.`,
                ),
              ],
      },
      {
        topic: "Lock-in and exit path",
        points: [...lockIn(chosen, name), ...exitPath(recommendation, next)],
      },
      { topic: "Cost model", points: [costModel(chosen, name)] },
    );
  }
  const options = eligible.slice(0, CONSIDERED).map((entry) => {
    const option = platformOf(entry.platform);
    const points = option
      ? once([
          ...reasonPoints(entry),
          effort(option.platform, entry.name, recommendation, teamSize),
          ...capabilityPoints(option, entry.name, needed, catalogue),
          ...(entry.unmet ?? []).map((item) =>
            point("bad", `Does not meet a stated requirement: ${sentence(item.text)}`),
          ),
          ...cannotPoints(option),
          ...lockIn(option, entry.name),
        ])
      : reasonPoints(entry);
    return { platform: entry.platform, name: entry.name, score: entry.score, points };
  });
  return { consequences, options };
};

const exitPath = (recommendation: Recommendation, next: RankedPlatform | undefined): RecordPoint[] => {
  const points: RecordPoint[] = [];
  if (next)
    points.push(
      point(
        "neutral",
        `If it stops fitting, ${next.name} ranks next for these answers (score ${formatPoints(next.score)}).`,
      ),
    );
  const moves = recommendation.growthPath.filter((step) => step.recommended !== recommendation.recommended);
  const first = moves[0];
  if (first) points.push(point("bad", sentence(`A move may be needed as the workload grows: ${first.text}`)));
  else
    points.push(
      point("good", sentence(recommendation.growthSummary || "It still leads at 2, 5 and 10 times the size")),
    );
  return points;
};
