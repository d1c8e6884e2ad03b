import { describe, expect, it } from "vitest";
import { type LabelInput, type LabelMetrics, placeLabels } from "./label-layout.ts";

const metrics: LabelMetrics = {
  charWidth: 6,
  lineHeight: 14,
  markerRadius: 5,
  bounds: { left: 0, top: 0, right: 400, bottom: 300 },
};

const box = (label: ReturnType<typeof placeLabels>[number]) => {
  const width = label.text.length * metrics.charWidth;
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  const top = label.y - metrics.lineHeight * 0.8;
  return { left, top, right: left + width, bottom: top + metrics.lineHeight };
};

const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("placeLabels", () => {
  it("puts a lone label to the right of its marker", () => {
    const [label] = placeLabels([{ id: "a", x: 100, y: 100, text: "Swarm" }], metrics);
    expect(label).toMatchObject({ id: "a", side: "right", anchor: "start", x: 108 });
  });

  it("moves a label that would leave the plot to the other side", () => {
    const [label] = placeLabels([{ id: "k", x: 390, y: 20, text: "Kubernetes" }], metrics);
    expect(label?.side).toBe("left");
  });

  it("keeps crowded labels apart and off every marker", () => {
    const crowded: LabelInput[] = [
      { id: "fargate", x: 140, y: 120, text: "AWS Fargate" },
      { id: "aca", x: 160, y: 120, text: "Azure Container Apps" },
      { id: "ecs", x: 200, y: 120, text: "Amazon ECS" },
      { id: "nomad", x: 240, y: 110, text: "Nomad" },
    ];
    const placed = placeLabels(crowded, metrics);
    expect(placed[0]?.id).toBe("fargate");
    const boxes = placed.map(box);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const point of crowded) {
        const marker = { left: point.x - 5, top: point.y - 5, right: point.x + 5, bottom: point.y + 5 };
        expect(overlap(a, marker)).toBe(false);
      }
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(400);
    }
  });

  it("leaves out a label that fits nowhere rather than overlapping", () => {
    const tight = { ...metrics, bounds: { left: 0, top: 0, right: 60, bottom: 20 } };
    const placed = placeLabels(
      [
        { id: "a", x: 10, y: 10, text: "AAAA" },
        { id: "b", x: 50, y: 10, text: "BBBB" },
      ],
      tight,
    );
    expect(placed.map((label) => label.id)).toEqual(["a"]);
  });

  it("always labels the first point, even when only a spot over a marker is left", () => {
    const crowd: LabelInput[] = [
      { id: "first", x: 100, y: 100, text: "Recommended" },
      ...[-16, 16].flatMap((dx) =>
        [-16, 0, 16].map((dy) => ({ id: `${dx},${dy}`, x: 100 + dx, y: 100 + dy, text: "" })),
      ),
      { id: "up", x: 100, y: 84, text: "" },
      { id: "down", x: 100, y: 116, text: "" },
    ];
    const placed = placeLabels(crowd, metrics);
    expect(placed[0]).toMatchObject({ id: "first", side: "right" });
  });

  it("tries diagonal spots when the sides are taken", () => {
    const placed = placeLabels(
      [
        { id: "a", x: 100, y: 100, text: "Alpha" },
        { id: "r", x: 125, y: 100, text: "" },
        { id: "l", x: 75, y: 100, text: "" },
        { id: "u", x: 90, y: 84, text: "" },
        { id: "d", x: 90, y: 116, text: "" },
      ],
      metrics,
    );
    expect(placed[0]?.side).toMatch(/-/);
  });
});

describe("placeLabels and the reference lines", () => {
  it("keeps labels off the reference lines", () => {
    const lines = [{ x: 150 }, { y: 100 }];
    const [label] = placeLabels([{ id: "c", x: 100, y: 100, text: "Docker Compose" }], { ...metrics, lines });
    const placed = box(label!);
    expect(placed.top >= 101.5 || placed.bottom <= 98.5).toBe(true);
    expect(placed.left >= 151.5 || placed.right <= 148.5).toBe(true);
  });
});
