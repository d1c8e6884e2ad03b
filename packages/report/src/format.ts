import {
  type Answers,
  CATALOGUE,
  type GrowthStep,
  type PlatformId,
  QUESTIONNAIRE,
  type QuestionId,
} from "@platform-advisor/model";

/** Short names of the questions, for tables where the full prompt is too long. */
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
};

const GROWTH_LABELS: Record<GrowthStep["dimension"], string> = {
  containerCount: "containers",
  hostCount: "hosts",
  teamSize: "engineers",
};

const NAMES = new Map<string, string>(CATALOGUE.map((platform) => [platform.id, platform.name]));

/** A platform's display name. */
export const platformName = (id: PlatformId): string => NAMES.get(id) ?? id;

const optionLabel = (question: QuestionId, value: unknown): string => {
  const options = QUESTIONNAIRE.find((q) => q.id === question)?.options ?? [];
  return options.find((option) => option.value === value)?.label ?? String(value);
};

const number = (value: number): string => value.toLocaleString("en-US");

/** An answer as a person would say it: option labels, numbers with their unit. */
export const formatAnswer = (question: QuestionId, value: unknown): string => {
  if (value === undefined) return "not answered";
  if (Array.isArray(value))
    return value.length === 0 ? "none" : value.map((item) => optionLabel(question, item)).join(", ");
  if (typeof value === "number") {
    const unit = QUESTIONNAIRE.find((q) => q.id === question)?.unit;
    return unit ? `${number(value)} ${unit}` : number(value);
  }
  return optionLabel(question, value);
};

/** A set of answer changes ("Containers at peak: 150 containers; Hosts: 3 hosts"). */
export const formatChange = (change: Answers): string =>
  (Object.entries(change) as [QuestionId, unknown][])
    .map(([question, value]) => `${ANSWER_LABELS[question]}: ${formatAnswer(question, value)}`)
    .join("; ");

/** A growth step's size ("x10: 400 containers"). */
export const formatGrowth = (step: GrowthStep): string =>
  `x${number(step.factor)}: ${number(step.value)} ${GROWTH_LABELS[step.dimension]}`;

/** A score as shown in reports: whole points. */
export const formatScore = (score: number): string => String(Math.round(score));

/** A reason's effect on the score ("+12", "-4", "excludes"). */
export const formatImpact = (impact: number | null): string => {
  if (impact === null) return "excludes";
  const rounded = Math.round(impact);
  return rounded > 0 ? `+${rounded}` : String(rounded);
};
