import type { Answers, QuestionId } from "./answers.ts";
import type { Question } from "./question.ts";
import { QUESTIONNAIRE } from "./questionnaire.ts";
import type { GrowthStep, Recommendation } from "./recommendation.ts";

/*
 * The one set of formatters that the web app and every report use, so that an
 * answer, a score or an impact reads the same wherever it appears. Pure and
 * browser-safe: the web passes the questions it fetched from the API.
 */

/** Short names of the questions, for tables and strips where the full prompt is too long. */
export const ANSWER_LABELS: Record<QuestionId, string> = {
  environment: "Environment",
  teamSize: "Team size",
  containerCount: "Containers at peak",
  hostCount: "Hosts",
  hosting: "Where it runs",
  management: "Infrastructure to operate",
  highAvailability: "Survives a lost host",
  scaling: "Scaling",
  zeroDowntimeDeploys: "Zero-downtime deploys",
  experience: "Orchestration experience",
  workloads: "Workloads",
  needs: "Advanced needs",
  currentPlatform: "Runs today on",
  traffic: "Inbound traffic",
  edgeFootprint: "At the edge",
};

/**
 * A number as en-US writes it ("1,400", "26.4"), rounded to at most `decimals` places as Intl rounds: half away from
 * zero, on the shortest decimal that reads back as the number (0.15 gives 0.2). Without Intl, because a page's
 * first Intl call builds ICU's formatter, about 100 ms on a slow phone (docs/benchmarks.md, issue 18). The same text
 * as `toLocaleString("en-US", { maximumFractionDigits: decimals })`, checked in display-format.test.ts.
 */
export const formatNumber = (value: number, decimals: number): string => {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes("e")) {
    return value.toLocaleString("en-US", { maximumFractionDigits: decimals });
  }
  const [whole = "0", fraction = ""] = shortest.split(".");
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, "0");
  if (fraction.length > decimals && fraction.charCodeAt(decimals) >= 53 /* "5" */) digits = addOne(digits);
  const integer = digits.slice(0, digits.length - decimals).replace(/^0+(?=\d)/, "") || "0";
  const kept = digits.slice(digits.length - decimals).replace(/0+$/, "");
  const negative = value < 0 || Object.is(value, -0);
  return `${negative ? "-" : ""}${integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${kept ? `.${kept}` : ""}`;
};

/** A string of decimal digits plus one ("199" gives "200", "99" gives "100"). */
const addOne = (digits: string): string => {
  let carry = 1;
  let out = "";
  for (let k = digits.length - 1; k >= 0; k--) {
    const sum = digits.charCodeAt(k) - 48 + carry;
    carry = sum > 9 ? 1 : 0;
    out = String(sum % 10) + out;
  }
  return carry ? `1${out}` : out;
};

/** A count with its noun, singular for one ("1 container", "3 containers"). */
export const countOf = (value: number, plural: string): string =>
  `${formatNumber(value, 3)} ${value === 1 ? plural.replace(/s$/, "") : plural}`;

/** Points and scores as a person reads them: at most one decimal. */
export const formatPoints = (value: number): string => formatNumber(value, 1);

/** Points with their noun ("1 point", "3.5 points"). */
export const pointsOf = (value: number): string => `${formatPoints(value)} ${value === 1 ? "point" : "points"}`;

/** A reason's effect on the points: "+12", "-4.5", or "rules out" when it excludes the platform. */
export const formatImpact = (impact: number | null): string => {
  if (impact === null) return "rules out";
  const sign = impact > 0 ? "+" : impact < 0 ? "-" : "±";
  return `${sign}${formatPoints(Math.abs(impact))}`;
};

/** An answer as a person would say it, given its question: option labels, numbers with their unit. */
export const formatAnswerOf = (question: Question | undefined, value: unknown): string => {
  if (value === undefined) return "not answered";
  const label = (item: unknown) => question?.options?.find((option) => option.value === item)?.label ?? String(item);
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(label).join(", ");
  if (typeof value === "number") return question?.unit ? countOf(value, question.unit) : formatPoints(value);
  return label(value);
};

/** An answer as a person would say it, by question id (uses the built-in questionnaire). */
export const formatAnswer = (question: QuestionId, value: unknown): string =>
  formatAnswerOf(
    QUESTIONNAIRE.find((candidate) => candidate.id === question),
    value,
  );

/** A set of answer changes ("Containers at peak: 150 containers; Hosts: 3 hosts"). */
export const formatChange = (change: Answers): string =>
  (Object.entries(change) as [QuestionId, unknown][])
    .map(([question, value]) => `${ANSWER_LABELS[question]}: ${formatAnswer(question, value)}`)
    .join("; ");

/** A set of answer changes in the fewest words ("120 containers", "Where it runs: AWS"), given the questions. */
export const formatChangeShortOf = (questions: readonly Question[], change: Answers): string =>
  (Object.entries(change) as [QuestionId, unknown][])
    .map(([id, value]) => {
      const question = questions.find((candidate) => candidate.id === id);
      const text = formatAnswerOf(question, value);
      return typeof value === "number" && question?.unit ? text : `${ANSWER_LABELS[id]}: ${text}`;
    })
    .join(", ");

/** The same, with the built-in questionnaire. */
export const formatChangeShort = (change: Answers): string => formatChangeShortOf(QUESTIONNAIRE, change);

const GROWTH_UNITS: Record<GrowthStep["dimension"], string> = {
  containerCount: "containers",
  hostCount: "hosts",
  teamSize: "engineers",
};

/** A growth step's size ("x10: 400 containers"). */
export const formatGrowth = (step: GrowthStep): string =>
  `x${formatPoints(step.factor)}: ${countOf(step.value, GROWTH_UNITS[step.dimension])}`;

/** Below this margin in points, the first place is a close call. */
export const CLOSE_CALL_POINTS = 5;

/**
 * How sure the recommendation is, in words: "clear choice: Amazon ECS is 12
 * points behind", "close call: Amazon ECS is 3 points behind", or "the only
 * platform that fits" when nothing else is eligible.
 */
export const confidenceInWords = (recommendation: Recommendation): string => {
  const runnerUp = recommendation.ranking[1];
  if (!runnerUp?.eligible) return "the only platform that fits these answers";
  const behind = `${runnerUp.name} is ${pointsOf(recommendation.margin)} behind`;
  return recommendation.margin < CLOSE_CALL_POINTS ? `close call: ${behind}` : `clear choice: ${behind}`;
};

/**
 * An assumed answer in words, the same on the page, in the PDF and in the ADR. One left open is said as such, never
 * as "null": where it runs is "left open" (only portable platforms are compared), anything else sets "no
 * requirement". `format` words a value (the questionnaire's labels by default).
 */
export const assumedValue = (
  question: QuestionId,
  value: unknown,
  format: (value: unknown) => string = (answer) => formatAnswer(question, answer),
): string =>
  value === null || value === undefined ? (question === "hosting" ? "left open" : "no requirement") : format(value);
