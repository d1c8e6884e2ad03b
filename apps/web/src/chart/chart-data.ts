import type { PlatformId, Recommendation } from "@platform-advisor/model";

export type PointStatus = "recommended" | "eligible" | "excluded";

/** One platform on the complexity/capability plane. */
export interface ChartPoint {
  id: PlatformId;
  name: string;
  /** The name without its parenthesised examples: what the chart writes beside the marker. */
  label: string;
  complexity: number;
  capability: number;
  score: number;
  rank: number;
  status: PointStatus;
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
  series: Record<PointStatus, ChartPoint[]>;
  capabilityNeeded: number;
  complexityBudget: number;
  /** Undefined when no area meets both lines, e.g. the need exceeds the scale. */
  sweetSpot: SweetSpot | undefined;
  domain: [number, number];
}

/** Both axes use the catalogue's scale. */
export const SCALE: [number, number] = [0, 10];

const statusOf = (recommended: PlatformId, platform: PlatformId, eligible: boolean): PointStatus => {
  if (platform === recommended) return "recommended";
  return eligible ? "eligible" : "excluded";
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
    .map(
      (entry): ChartPoint => ({
        id: entry.platform,
        name: entry.name,
        label: shortName(entry.name),
        complexity: entry.complexity,
        capability: entry.capability,
        score: entry.score,
        rank: entry.rank,
        status: statusOf(recommendation.recommended, entry.platform, entry.eligible),
      }),
    );
  const { capability, complexityBudget } = recommendation.requirements;
  const [low, high] = SCALE;
  const budget = Math.min(Math.max(complexityBudget, low), high);
  const need = Math.min(Math.max(capability, low), high);
  return {
    points,
    series: {
      recommended: points.filter((point) => point.status === "recommended"),
      eligible: points.filter((point) => point.status === "eligible"),
      excluded: points.filter((point) => point.status === "excluded"),
    },
    capabilityNeeded: capability,
    complexityBudget,
    sweetSpot: budget > low && need < high ? { x1: low, x2: budget, y1: need, y2: high } : undefined,
    domain: SCALE,
  };
};

/** Where a point sits against this team's lines, in words (for the table and tooltips). */
export const fitOf = (point: ChartPoint, data: ChartData): string => {
  const capable = point.capability >= data.capabilityNeeded;
  const affordable = point.complexity <= data.complexityBudget;
  if (capable && affordable) return "In the sweet spot";
  if (capable) return "Capable enough, more complex than you can afford";
  if (affordable) return "Simple enough, less capable than you need";
  return "Too complex and not capable enough";
};
