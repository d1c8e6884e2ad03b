/** A point in pixels, with the text to place beside it. */
export interface LabelInput {
  id: string;
  x: number;
  y: number;
  text: string;
  /** A shorter text (the rank) to use when the full one fits nowhere. */
  short?: string;
  /** Must be labelled: tried farther from its marker, then with `short`, before it may cover a marker. */
  required?: boolean;
}

export type LabelSide =
  | "right"
  | "left"
  | "above"
  | "below"
  | "above-right"
  | "below-right"
  | "above-left"
  | "below-left";

export interface PlacedLabel {
  id: string;
  text: string;
  /** Anchor of the text: left edge (start), right edge (end) or middle, at the baseline. */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  side: LabelSide;
}

export interface LabelMetrics {
  /** Average width of one character at the label's font size. */
  charWidth: number;
  lineHeight: number;
  /** Radius kept clear around every marker. */
  markerRadius: number;
  /** The area labels must stay inside. */
  bounds: { left: number; top: number; right: number; bottom: number };
  /** Reference lines no label may sit on: a vertical one at `x`, a horizontal one at `y`. */
  lines?: readonly ({ x: number } | { y: number })[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 3;

/** Preferred first: beside the marker, then above or below it, then diagonally. */
const SIDES: LabelSide[] = [
  "right",
  "left",
  "above",
  "below",
  "above-right",
  "below-right",
  "above-left",
  "below-left",
];

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const candidate = (
  point: LabelInput,
  side: LabelSide,
  metrics: LabelMetrics,
  distance = 1,
): { label: PlacedLabel; box: Box } => {
  const width = point.text.length * metrics.charWidth;
  const height = metrics.lineHeight;
  const offset = (metrics.markerRadius + GAP) * distance;
  const top = {
    middle: point.y - height / 2,
    above: point.y - offset - height,
    below: point.y + offset,
  };
  const [vertical, horizontal] = side.includes("-")
    ? (side.split("-") as ["above" | "below", "right" | "left"])
    : side === "above" || side === "below"
      ? [side, "middle" as const]
      : ["middle" as const, side as "right" | "left"];
  const left =
    horizontal === "right"
      ? point.x + (vertical === "middle" ? offset : 0)
      : horizontal === "left"
        ? point.x - width - (vertical === "middle" ? offset : 0)
        : point.x - width / 2;
  const anchor = horizontal === "right" ? "start" : horizontal === "left" ? "end" : "middle";
  const x = anchor === "start" ? left : anchor === "end" ? left + width : point.x;
  const boxTop = top[vertical];
  return {
    label: { id: point.id, text: point.text, x, y: boxTop + height * 0.8, anchor, side },
    box: { left, top: boxTop, right: left + width, bottom: boxTop + height },
  };
};

/**
 * Places labels beside their markers so that no two labels overlap, no label
 * covers a marker and none leaves the bounds. Points come in priority order;
 * the first one is always labelled (over a marker if it must); any other label
 * that fits nowhere is left out (the tooltip and the table still name it),
 * except a `required` one: it is tried farther out and with its short text,
 * and may cover a marker rather than go unlabelled.
 */
export const placeLabels = (points: readonly LabelInput[], metrics: LabelMetrics): PlacedLabel[] => {
  const markers: Box[] = points.map((point) => ({
    left: point.x - metrics.markerRadius,
    top: point.y - metrics.markerRadius,
    right: point.x + metrics.markerRadius,
    bottom: point.y + metrics.markerRadius,
  }));
  const { bounds } = metrics;
  const lines: Box[] = (metrics.lines ?? []).map((line) =>
    "x" in line
      ? { left: line.x - 1.5, right: line.x + 1.5, top: bounds.top, bottom: bounds.bottom }
      : { left: bounds.left, right: bounds.right, top: line.y - 1.5, bottom: line.y + 1.5 },
  );
  const inside = (box: Box) =>
    box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const clearOf = (box: Box, avoidMarkers: boolean) =>
    !taken.some((other) => overlaps(box, other)) &&
    !lines.some((line) => overlaps(box, line)) &&
    (!avoidMarkers || !markers.some((m) => overlaps(box, m)));
  for (const [index, point] of points.entries()) {
    const options = (texts: string[], distances: number[]) =>
      texts.flatMap((text) =>
        distances.flatMap((distance) =>
          SIDES.map((side) => candidate({ ...point, text }, side, metrics, distance)).filter(({ box }) => inside(box)),
        ),
      );
    const near = options([point.text], [1]);
    let chosen = near.find(({ box }) => clearOf(box, true));
    if (!chosen && (point.required || index === 0)) {
      const texts = point.short ? [point.text, point.short] : [point.text];
      const wider = options(texts, [1, 2, 3]);
      chosen =
        wider.find(({ box }) => clearOf(box, true)) ??
        wider.find(({ box }) => clearOf(box, false)) ??
        (index === 0 ? near[0] : undefined);
    }
    if (chosen) {
      taken.push(chosen.box);
      placed.push(chosen.label);
    }
  }
  return placed;
};
