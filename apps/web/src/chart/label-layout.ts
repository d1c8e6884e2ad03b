/** A point in pixels, with the text to place beside it. */
export interface LabelInput {
  id: string;
  x: number;
  y: number;
  text: string;
}

export type LabelSide = "right" | "left" | "above" | "below";

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
  /** The plot area labels must stay inside. */
  bounds: { left: number; top: number; right: number; bottom: number };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 4;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const candidate = (point: LabelInput, side: LabelSide, metrics: LabelMetrics): { label: PlacedLabel; box: Box } => {
  const width = point.text.length * metrics.charWidth;
  const height = metrics.lineHeight;
  const offset = metrics.markerRadius + GAP;
  const place = (left: number, top: number, anchor: PlacedLabel["anchor"], x: number) => ({
    label: { id: point.id, text: point.text, x, y: top + height * 0.8, anchor, side },
    box: { left, top, right: left + width, bottom: top + height },
  });
  switch (side) {
    case "right":
      return place(point.x + offset, point.y - height / 2, "start", point.x + offset);
    case "left":
      return place(point.x - offset - width, point.y - height / 2, "end", point.x - offset);
    case "above":
      return place(point.x - width / 2, point.y - offset - height, "middle", point.x);
    case "below":
      return place(point.x - width / 2, point.y + offset, "middle", point.x);
  }
};

const SIDES: LabelSide[] = ["right", "left", "above", "below"];

/**
 * Places labels beside their markers so that no two labels overlap, no label
 * covers a marker and none leaves the plot. Points come in priority order; a
 * label that fits nowhere is left out (the tooltip and the table still name it).
 */
export const placeLabels = (points: readonly LabelInput[], metrics: LabelMetrics): PlacedLabel[] => {
  const markers: Box[] = points.map((point) => ({
    left: point.x - metrics.markerRadius,
    top: point.y - metrics.markerRadius,
    right: point.x + metrics.markerRadius,
    bottom: point.y + metrics.markerRadius,
  }));
  const { bounds } = metrics;
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const point of points) {
    for (const side of SIDES) {
      const { label, box } = candidate(point, side, metrics);
      const inside =
        box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
      if (inside && !taken.some((other) => overlaps(box, other)) && !markers.some((m) => overlaps(box, m))) {
        taken.push(box);
        placed.push(label);
        break;
      }
    }
  }
  return placed;
};
