import type { AnyPlatformId, Recommendation } from "@platform-advisor/model";

/** How a platform is drawn: the pick, an eligible one, one that misses a stated requirement, or ruled out. */
export type PointStatus = "recommended" | "eligible" | "unmet" | "excluded";

/** One platform on the complexity/capability plane. */
export interface ChartPoint {
  id: AnyPlatformId;
  name: string;
  /** The name without its parenthesised examples: what the chart writes beside the marker. */
  label: string;
  complexity: number;
  capability: number;
  score: number;
  rank: number;
  status: PointStatus;
  /** The stated requirements this platform does not meet (contract v3 `unmet`), in words. */
  unmet: string[];
  /** Why a ruled-out platform is out, in words (its first exclusion). */
  out?: string;
}

/** The area where a platform is capable enough and simple enough for this team. */
export interface SweetSpot {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

export interface ChartData {
  /** Every platform, by rank: what the data table lists. */
  points: ChartPoint[];
  /**
   * The platforms the chart draws, by rank: every eligible one. A ruled-out platform is never drawn, not even
   * outside the shaded area: it is named below the chart instead, with the ruled-out list.
   */
  plotted: ChartPoint[];
  /** The ruled-out platforms, by rank: named beside the chart, never drawn on it. */
  ruledOut: ChartPoint[];
  series: Record<PointStatus, ChartPoint[]>;
  capabilityNeeded: number;
  complexityBudget: number;
  /** Undefined when no area meets both lines, e.g. the need exceeds the scale. */
  sweetSpot: SweetSpot | undefined;
  domain: [number, number];
}

/** Both axes use the catalogue's scale. */
export const SCALE: [number, number] = [0, 10];

const statusOf = (
  recommended: AnyPlatformId,
  platform: AnyPlatformId,
  eligible: boolean,
  unmet: number,
): PointStatus => {
  if (platform === recommended) return "recommended";
  if (!eligible) return "excluded";
  return unmet > 0 ? "unmet" : "eligible";
};

/**
 * "Managed Kubernetes (EKS, GKE, AKS)" becomes "Managed Kubernetes": labels must stay short on a phone.
 * A parenthesis that tells platforms apart rather than listing examples stays: "Kubernetes (self-managed)".
 */
export const shortName = (name: string): string => name.replace(/\s*\([^)]*[,/][^)]*\)\s*$/, "") || name;

/** Turns a recommendation into the chart's series, reference lines and sweet spot. */
export const toChartData = (recommendation: Recommendation): ChartData => {
  const points = [...recommendation.ranking]
    .sort((a, b) => a.rank - b.rank)
    .map((entry): ChartPoint => {
      // A live API from before contract v3 sends no `unmet`.
      const unmet = (entry.unmet ?? []).map((item) => item.text);
      const out = entry.eligible ? undefined : entry.reasons.find((reason) => reason.impact === null)?.text;
      return {
        id: entry.platform,
        name: entry.name,
        label: shortName(entry.name),
        complexity: entry.complexity,
        capability: entry.capability,
        score: entry.score,
        rank: entry.rank,
        status: statusOf(recommendation.recommended, entry.platform, entry.eligible, unmet.length),
        unmet,
        ...(out ? { out } : {}),
      };
    });
  const { capability, complexityBudget } = recommendation.requirements;
  const [low, high] = SCALE;
  const budget = Math.min(Math.max(complexityBudget, low), high);
  const need = Math.min(Math.max(capability, low), high);
  return {
    points,
    plotted: points.filter((point) => point.status !== "excluded"),
    ruledOut: points.filter((point) => point.status === "excluded"),
    series: {
      recommended: points.filter((point) => point.status === "recommended"),
      eligible: points.filter((point) => point.status === "eligible"),
      unmet: points.filter((point) => point.status === "unmet"),
      excluded: points.filter((point) => point.status === "excluded"),
    },
    capabilityNeeded: capability,
    complexityBudget,
    sweetSpot: budget > low && need < high ? { x1: low, x2: budget, y1: need, y2: high } : undefined,
    domain: SCALE,
  };
};

const ordinal = (rank: number) => {
  const tens = rank % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[rank % 10];
  return `${rank}${suffix ?? "th"}`;
};

/**
 * Where a point sits, in words that agree with the ranking: a ruled-out
 * platform is out (never "in the sweet spot"), one that misses a stated
 * requirement says so, and an eligible one gives its rank before where it
 * sits against this team's two lines.
 */
export const fitOf = (point: ChartPoint, data: ChartData): string => {
  if (point.status === "excluded") return point.out ? `Ruled out: ${point.out}` : "Ruled out";
  const rank = `Ranked ${ordinal(point.rank)}`;
  if (point.unmet.length > 0) return `${rank}, but misses a requirement you stated: ${point.unmet.join("; ")}`;
  const capable = point.capability >= data.capabilityNeeded;
  const affordable = point.complexity <= data.complexityBudget;
  if (capable && affordable) return `${rank}, in the sweet spot`;
  if (capable) return `${rank}; capable enough, more complex than the team carries comfortably`;
  if (affordable) return `${rank}; simple enough, below the capability line (other answers weigh more)`;
  return `${rank}; more complex and less capable than the lines, ranked on other answers`;
};

/**
 * The chart's message, from the ranking: what ranks first and second, and how
 * the two lines relate to them. Never advice the ranking does not follow.
 */
export const chartMessage = (data: ChartData): string => {
  const ranked = data.points.filter((point) => point.status !== "excluded");
  const [first, second] = ranked;
  if (!first) return "No platform fits these answers.";
  const inSpot = ranked.filter((point) => point.unmet.length === 0 && fitOf(point, data).endsWith("in the sweet spot"));
  const lead = `${first.name} ranks first${second ? `, ${second.name} second` : ""}.`;
  const lines =
    "The green line is the capability your answers need, the purple one the complexity your team carries comfortably; the ranking also weighs where it runs, what you asked to operate and what you already know, so a platform can rank high outside the shaded area.";
  const spot =
    inSpot.length === 0
      ? "No eligible platform sits in the shaded area."
      : `In the shaded area: ${inSpot.map((point) => point.label).join(", ")}.`;
  return `${lead} ${lines} ${spot}`;
};
