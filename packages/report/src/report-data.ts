import {
  ANSWER_LABELS,
  type Answers,
  type AnyPlatformId,
  assumedValue,
  type Catalogue,
  catalogueOf,
  describeSource,
  formatAnswer,
  formatChange,
  formatGrowth,
  formatImpact,
  formatPoints,
  groupRuledOut,
  isShown,
  type OrgProfile,
  pruneToPath,
  QUESTION_IDS,
  QUESTIONNAIRE,
  type QuestionId,
  type Reason,
  type Recommendation,
  type RequirementQuestion,
  sourceHref,
  verdictOf,
} from "@platform-advisor/model";
import { answersQuery } from "./answers-query.ts";
import { type ChartPoint, chartPoints } from "./chart.ts";
import { type CustomAnswer, customAnswers } from "./custom-answers.ts";
import { type DecisionRecordData, decisionRecordData } from "./decision-record.ts";

/** A reason as a reader sees it: its effect in words and a short reference instead of the raw source. */
export type ReportReason = {
  text: string;
  impact: number | null;
  /** "+12", "-4", "rules out". */
  effect: string;
  /** A short reference ("Docker in Production, ch. 4, §4.5"); the full one is in `sources`. */
  source: string;
};

export type PlatformReasons = {
  platform: AnyPlatformId;
  name: string;
  rank: number;
  score: number;
  points: number;
  eligible: boolean;
  /** Reasons that add points, strongest first. */
  pros: ReportReason[];
  /** Reasons that take points away, strongest first. */
  cons: ReportReason[];
  /** Why an ineligible platform is out. */
  exclusions: ReportReason[];
};

/** Platforms ruled out for the same cause, in one row; `source` is a short reference. */
export type RuledOutGroup = {
  cause: string;
  platforms: string[];
  source: string;
  /** A cause that is a sentence of its own (an organisation's reason), not what follows the platform's name. */
  stated: boolean;
};

/** One answer as the report lists it; an organisation's own question is `custom.<id>`, labelled by its prompt. */
export type AnswerRow = {
  question: RequirementQuestion;
  label: string;
  value: string;
  /**
   * `assumed`: counted among the assumptions; `default`: filled in to rank the other platforms, not counted because
   * the pick does not depend on it (hosts under a serverless pick).
   */
  origin: "given" | "assumed" | "default" | "not asked" | "not answered";
};

/** A document the report cites, as a reader sees it. */
export type CitedSource = {
  /** "Publisher: title", or the seed's own title. */
  title: string;
  url?: string;
  /** The sections cited, in order. */
  sections: string[];
};

/** What the first page says: the decision and why in a minute. */
export type ExecutiveSummary = {
  /** "Docker Swarm, score 84 of 100." */
  decision: string;
  /** How sure, in words: "Clear choice: Docker Swarm meets every requirement you stated and leads ...". */
  confidence: string;
  /** "Runner-up: Kubernetes, score 62.5, 16.5 below 79." (the gap is what the two shown scores subtract to) */
  runnerUp?: string;
  /** "Docker Swarm meets all 3 of your stated requirements." or which it does not, with the trade-off. */
  requirements: string;
  /** The (up to) three reasons that decided it. */
  reasons: ReportReason[];
  /** Answers the recommended platform does not honour, each with the best option that does. */
  conflicts: string[];
  /** Assumed answers, in a few words each ("Survives a lost host: No"). */
  assumptions: string[];
  /** "Based on 3 assumed answers." or "Based on your answers alone: nothing was assumed." */
  assumedLine: string;
  /** The profile in force, in words, when there is one. */
  profile?: string;
};

/** Everything a report shows, in reading order; the formats differ only in how they draw it. */
export type ReportData = {
  title: string;
  /** The day the report was made (YYYY-MM-DD, UTC). */
  date: string;
  generatedAt: string;
  rulesetVersion: string;
  recommended: { platform: AnyPlatformId; name: string; score: number };
  runnerUp?: { platform: AnyPlatformId; name: string; score: number };
  /** Points between the first two (the value model's unit; reports show scores, see `scoreGap`). */
  margin: number;
  /** Score points between the first two, as the two shown scores subtract. */
  scoreGap?: number;
  summary: ExecutiveSummary;
  /** Why the recommended platform wins: its reasons that add points. */
  why: ReportReason[];
  /** The recommended platform's reasons that cost it points. */
  against: ReportReason[];
  platforms: PlatformReasons[];
  ruledOut: RuledOutGroup[];
  conflicts: string[];
  ignored: string[];
  assumptions: { label: string; value: string; text: string; source?: string }[];
  /** Answers filled in to rank the other platforms, not counted: the pick does not depend on them. */
  defaults: { label: string; value: string }[];
  /** Those answers and why they are not counted, in one sentence; empty when there are none. */
  defaultsLine: string;
  whatIf: { change: string; recommended: string; text: string }[];
  /** One line when the recommendation holds as the workload grows; the steps where it changes otherwise. */
  growth: { holds: boolean; line: string; steps: { step: string; recommended: string; text: string }[] };
  requirements: Recommendation["requirements"];
  chart: ChartPoint[];
  /** Every answer: the built-in questions in questionnaire order, then the organisation profile's own. */
  answers: AnswerRow[];
  /** The answers to the organisation profile's own questions, by prompt and option label. */
  customAnswers: CustomAnswer[];
  /** Every platform's name, the organisation's own included: words a sentence may start with. */
  platformNames: string[];
  /** Every document the report cites, once, by label. */
  sources: CitedSource[];
  /** The web address that opens these answers again, when the report knows where the app runs. */
  restoreLink?: string;
  /** The decision record's consequences and options (format adr). */
  decisionRecord: DecisionRecordData;
  profile?: string;
};

export type ReportOptions = {
  /** Where the web app runs ("https://advisor.example.com"): reports then link back to these answers. */
  appUrl?: string;
  /** The server's public address (PUBLIC_URL): preferred over `appUrl` for every link a report carries. */
  publicUrl?: string;
  /**
   * The organisation profile the recommendation was made under: the report reads its own platforms, capabilities
   * and questions from it. Without it, an `org-` platform is known by its ranking entry alone.
   */
  profile?: OrgProfile;
};

const byStrength = (a: Reason, b: Reason) => Math.abs(b.impact ?? 0) - Math.abs(a.impact ?? 0);

const toReportReason = (reason: Reason): ReportReason => ({
  text: reason.text,
  impact: reason.impact,
  effect: formatImpact(reason.impact),
  source: describeSource(reason.source).label,
});

/** Whether the questionnaire asks this question on the path the given answers describe. */
const onPath = (question: QuestionId, given: Answers): boolean => {
  const asked = QUESTIONNAIRE.find((candidate) => candidate.id === question);
  return asked !== undefined && isShown(asked, pruneToPath(QUESTIONNAIRE, given));
};

const answerOrigin = (question: QuestionId, given: Answers, recommendation: Recommendation): AnswerRow["origin"] => {
  if (given[question] !== undefined) return "given";
  if (recommendation.assumptions.some((assumption) => assumption.question === question)) return "assumed";
  if (recommendation.answers[question] === undefined || !onPath(question, given)) return "not asked";
  return "default";
};

/** One built-in answer's row: the value given, the one assumed (said even when open), or the one filled in. */
const answerRow = (question: QuestionId, given: Answers, recommendation: Recommendation): AnswerRow => {
  const origin = answerOrigin(question, given, recommendation);
  const assumption = recommendation.assumptions.find((candidate) => candidate.question === question);
  const value =
    origin === "assumed"
      ? assumedValue(question, assumption?.value)
      : origin === "not asked"
        ? "-"
        : formatAnswer(question, given[question] ?? recommendation.answers[question]);
  return { question, label: ANSWER_LABELS[question], value, origin };
};

/**
 * The rows of the organisation's own questions, in its order: each answer by its options' labels, a question left
 * unanswered said so; then answers to ids the profile does not define (a report made without it).
 */
const customRows = (custom: CustomAnswer[], catalogue: Catalogue): AnswerRow[] => {
  const row = (answer: CustomAnswer): AnswerRow => ({
    question: answer.question,
    label: answer.prompt,
    value: answer.labels.length > 0 ? answer.labels.join(", ") : "none",
    origin: "given",
  });
  const asked = catalogue.questions.map((question): AnswerRow => {
    const answer = custom.find((item) => item.question === `custom.${question.id}`);
    return answer
      ? row(answer)
      : { question: `custom.${question.id}`, label: question.prompt, value: "none stated", origin: "not answered" };
  });
  const known = new Set(asked.map((item) => item.question));
  return [...asked, ...custom.filter((answer) => !known.has(answer.question)).map(row)];
};

/**
 * What the catalogue says of the documents it cites for these platforms: where each can be read (an organisation's
 * platform's sources, the links capability levels give), and which are an organisation's own platform's sources.
 */
const catalogueDocuments = (recommendation: Recommendation, catalogue: Catalogue) => {
  const links = new Map<string, string>();
  const internal: { title: string; href?: string | undefined }[] = [];
  for (const entry of recommendation.ranking) {
    const platform = catalogue.platforms[catalogue.indexOf(entry.platform)];
    internal.push(...(platform?.sources ?? []));
    for (const { title, href } of platform?.sources ?? []) if (href && !links.has(title)) links.set(title, href);
    for (const cell of platform?.capabilities ?? [])
      if (cell.href && !links.has(cell.source)) links.set(cell.source, cell.href);
  }
  return { links, internal };
};

const WEB_ADDRESS = /^https?:\/\//;

/**
 * Every cited document once, with its sections. A vendor document links to its page; a source document links to
 * the app's rendering of it when the report knows where the app runs (`base`); an organisation's own document to
 * the address its profile (or the reason) gives. The sources of an organisation's own platform are always listed:
 * its place in the ranking and on the chart rests on them.
 */
const citedSources = (
  recommendation: Recommendation,
  base: string | undefined,
  catalogue: Catalogue,
): CitedSource[] => {
  const sources = new Map<string, CitedSource>();
  const { links, internal } = catalogueDocuments(recommendation, catalogue);
  const cited: { source: string; href?: string | undefined }[] = [
    ...recommendation.ranking.flatMap((entry) => entry.reasons),
    ...recommendation.assumptions.flatMap((assumption) => (assumption.source ? [{ source: assumption.source }] : [])),
  ];
  for (const { source, href } of cited) {
    const citations = source.split("; ");
    // A reason's own link names its one document; for "A; B" it cannot say which.
    const own = href && WEB_ADDRESS.test(href) && citations.length === 1 ? href : undefined;
    for (const [index, document] of describeSource(source).documents.entries()) {
      const title = document.publisher ? `${document.publisher}: ${document.title}` : document.title;
      const local = document.url ? undefined : sourceHref(citations[index] ?? "")?.split("#")[0];
      const url =
        document.url ?? (local?.startsWith("/") && base ? `${base}${local}` : undefined) ?? links.get(title) ?? own;
      const entry = sources.get(title) ?? { title, ...(url ? { url } : {}), sections: [] };
      if (document.section && !entry.sections.includes(document.section)) entry.sections.push(document.section);
      sources.set(title, entry);
    }
  }
  for (const { title, href } of internal) {
    if (!sources.has(title)) sources.set(title, { title, ...(href ? { url: href } : {}), sections: [] });
  }
  return [...sources.values()]
    .map((entry) => ({
      ...entry,
      sections: entry.sections.sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
};

const growthOf = (recommendation: Recommendation, name: string): ReportData["growth"] => {
  const changes = recommendation.growthPath.filter((step) => step.recommended !== recommendation.recommended);
  const steps = changes.map((step) => ({
    step: formatGrowth(step),
    recommended: recommendation.ranking.find((entry) => entry.platform === step.recommended)?.name ?? step.recommended,
    text: step.text,
  }));
  if (steps.length === 0)
    return { holds: true, line: `${name} still leads at 2, 5 and 10 times the containers, hosts and team.`, steps };
  return { holds: false, line: `${name} stops leading at some sizes:`, steps };
};

/**
 * Builds what every report format shows from a recommendation, the answers the
 * team gave and the moment the report is made (injected so output is reproducible).
 */
export const reportData = (
  recommendation: Recommendation,
  given: Answers,
  generatedAt: Date,
  options: ReportOptions = {},
): ReportData => {
  const catalogue = catalogueOf(options.profile);
  const [first, second] = recommendation.ranking;
  const recommended = recommendation.ranking.find((entry) => entry.platform === recommendation.recommended) ?? first;
  if (!recommended) throw new Error("A recommendation without a ranking cannot be reported");
  const platforms: PlatformReasons[] = recommendation.ranking.map((entry) => ({
    platform: entry.platform,
    name: entry.name,
    rank: entry.rank,
    score: entry.score,
    points: entry.points,
    eligible: entry.eligible,
    pros: entry.reasons
      .filter((reason) => (reason.impact ?? 0) > 0)
      .sort(byStrength)
      .map(toReportReason),
    cons: entry.reasons
      .filter((reason) => reason.impact !== null && reason.impact < 0)
      .sort(byStrength)
      .map(toReportReason),
    exclusions: entry.reasons.filter((reason) => reason.impact === null).map(toReportReason),
  }));
  const winner = platforms.find((entry) => entry.platform === recommended.platform);
  const why = winner?.pros ?? [];
  const runnerUp = second?.eligible && first?.platform === recommended.platform ? second : undefined;
  const assumptions = recommendation.assumptions.map((assumption) => ({
    label: ANSWER_LABELS[assumption.question],
    value: assumedValue(assumption.question, assumption.value),
    text: assumption.text,
    ...(assumption.source ? { source: describeSource(assumption.source).label } : {}),
  }));
  const profile = recommendation.profile
    ? `${recommendation.profile.name}, revision ${recommendation.profile.revision}`
    : undefined;
  const assumedCount = assumptions.length;
  const query = answersQuery(given);
  const custom = customAnswers(given, catalogue);
  const verdict = verdictOf(recommendation, given, catalogue.questions);
  const appUrl = (options.publicUrl ?? options.appUrl)?.replace(/\/$/, "");
  const builtInRows = QUESTION_IDS.map((question) => answerRow(question, given, recommendation));
  const defaults = builtInRows
    .filter((row) => row.origin === "default")
    .map((row) => ({ label: row.label, value: row.value }));

  return {
    title: `Container platform recommendation: ${recommended.name}`,
    date: generatedAt.toISOString().slice(0, 10),
    generatedAt: generatedAt.toISOString(),
    rulesetVersion: recommendation.rulesetVersion,
    recommended: { platform: recommended.platform, name: recommended.name, score: recommended.score },
    ...(runnerUp ? { runnerUp: { platform: runnerUp.platform, name: runnerUp.name, score: runnerUp.score } } : {}),
    margin: recommendation.margin,
    ...(verdict.runnerUp ? { scoreGap: verdict.runnerUp.gap } : {}),
    summary: {
      decision: `${recommended.name}, score ${formatPoints(recommended.score)} of 100.`,
      confidence: `${verdict.headline}: ${verdict.text}`,
      ...(verdict.runnerUp ? { runnerUp: verdict.runnerUp.line } : {}),
      requirements: verdict.requirements.line,
      reasons: (why.length > 0 ? why : (winner?.cons ?? [])).slice(0, 3),
      conflicts: recommendation.conflicts.map((conflict) => conflict.text),
      assumptions: assumptions.map((assumption) => `${assumption.label}: ${assumption.value}`),
      assumedLine:
        assumedCount === 0
          ? "Based on your answers alone: nothing was assumed."
          : `Based on ${assumedCount === 1 ? "1 assumed answer" : `${assumedCount} assumed answers`}:`,
      ...(profile ? { profile } : {}),
    },
    why,
    against: winner?.cons ?? [],
    platforms,
    ruledOut: groupRuledOut(recommendation.ranking).map((group) => ({
      ...group,
      source: describeSource(group.source).label,
    })),
    conflicts: recommendation.conflicts.map((conflict) => conflict.text),
    ignored: recommendation.ignored.map((item) => item.text),
    assumptions,
    whatIf: recommendation.whatIf.map((item) => ({
      change: formatChange(item.change),
      recommended:
        recommendation.ranking.find((entry) => entry.platform === item.recommended)?.name ?? item.recommended,
      text: item.text,
    })),
    growth: growthOf(recommendation, recommended.name),
    requirements: recommendation.requirements,
    chart: chartPoints(recommendation),
    answers: [...builtInRows, ...customRows(custom, catalogue)],
    defaults,
    defaultsLine:
      defaults.length === 0
        ? ""
        : `Filled in to rank the other platforms, and not counted as assumed because ${recommended.name} does not depend on ${defaults.length === 1 ? "it" : "them"}: ${defaults.map((item) => `${item.label}: ${item.value}`).join("; ")}.`,
    customAnswers: custom,
    platformNames: recommendation.ranking.map((entry) => entry.name),
    sources: citedSources(recommendation, appUrl, catalogue),
    decisionRecord: decisionRecordData(recommendation, given, catalogue),
    ...(appUrl ? { restoreLink: `${appUrl}/?view=result${query ? `&${query}` : ""}` } : {}),
    ...(profile ? { profile } : {}),
  };
};
