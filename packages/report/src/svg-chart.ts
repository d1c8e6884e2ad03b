import { CHART_COLOURS, type ChartLayout, pointColour } from "./chart.ts";
import { escapeHtml } from "./escape-html.ts";

const n = (value: number) => String(Math.round(value * 10) / 10);

/**
 * The complexity-versus-capability chart as a standalone SVG element: a grid
 * on the catalogue's 0-10 scale, the team's comfort zone shaded, one numbered
 * marker per eligible platform (its rank) with its name as a tooltip.
 */
export const renderSvgChart = (layout: ChartLayout): string => {
  const { plot, width, height } = layout;
  const grid = layout.ticks.map(
    (tick) =>
      `<line x1="${n(tick.x)}" y1="${n(plot.top)}" x2="${n(tick.x)}" y2="${n(plot.bottom)}" stroke="${CHART_COLOURS.grid}" stroke-width="0.5"/>` +
      `<line x1="${n(plot.left)}" y1="${n(tick.y)}" x2="${n(plot.right)}" y2="${n(tick.y)}" stroke="${CHART_COLOURS.grid}" stroke-width="0.5"/>` +
      `<text x="${n(tick.x)}" y="${n(plot.bottom + 14)}" text-anchor="middle" font-size="10" fill="${CHART_COLOURS.axis}">${tick.value}</text>` +
      `<text x="${n(plot.left - 6)}" y="${n(tick.y + 3)}" text-anchor="end" font-size="10" fill="${CHART_COLOURS.axis}">${tick.value}</text>`,
  );
  const zoneWidth = Math.max(0, Math.min(layout.budgetX, plot.right) - plot.left);
  const zoneHeight = Math.max(0, layout.needY - plot.top);
  const points = layout.points.map((point) => {
    const radius = point.recommended ? layout.radius + 3 : layout.radius;
    const fill = pointColour(point);
    return (
      `<g><title>${escapeHtml(`${point.rank}. ${point.name}: complexity ${point.complexity}, capability ${point.capability}`)}</title>` +
      `<circle cx="${n(point.x)}" cy="${n(point.y)}" r="${radius}" fill="${fill}" stroke="#ffffff" stroke-width="1.5"/>` +
      `<text x="${n(point.x)}" y="${n(point.y + 3.5)}" text-anchor="middle" font-size="10" font-weight="bold" fill="#ffffff">${point.rank}</text></g>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-title" font-family="Helvetica, Arial, sans-serif">`,
    `<title id="chart-title">Complexity versus capability of every eligible platform, numbered by rank</title>`,
    `<rect x="${n(plot.left)}" y="${n(plot.top)}" width="${n(zoneWidth)}" height="${n(zoneHeight)}" fill="${CHART_COLOURS.recommended}" fill-opacity="0.08"/>`,
    ...grid,
    `<rect x="${n(plot.left)}" y="${n(plot.top)}" width="${n(plot.right - plot.left)}" height="${n(plot.bottom - plot.top)}" fill="none" stroke="${CHART_COLOURS.axis}"/>`,
    `<line x1="${n(layout.budgetX)}" y1="${n(plot.top)}" x2="${n(layout.budgetX)}" y2="${n(plot.bottom)}" stroke="${CHART_COLOURS.guide}" stroke-dasharray="4 3"/>`,
    `<line x1="${n(plot.left)}" y1="${n(layout.needY)}" x2="${n(plot.right)}" y2="${n(layout.needY)}" stroke="${CHART_COLOURS.guide}" stroke-dasharray="4 3"/>`,
    layout.budgetX + 150 > plot.right
      ? `<text x="${n(layout.budgetX - 4)}" y="${n(plot.bottom - 6)}" text-anchor="end" font-size="10" fill="${CHART_COLOURS.guide}">complexity this team carries</text>`
      : `<text x="${n(layout.budgetX + 4)}" y="${n(plot.bottom - 6)}" font-size="10" fill="${CHART_COLOURS.guide}">complexity this team carries</text>`,
    `<text x="${n(plot.right - 4)}" y="${n(layout.needY - 5)}" text-anchor="end" font-size="10" fill="${CHART_COLOURS.guide}">capability needed</text>`,
    ...points,
    `<text x="${n((plot.left + plot.right) / 2)}" y="${n(height - 8)}" text-anchor="middle" font-size="11" fill="${CHART_COLOURS.text}">Complexity (0-10)</text>`,
    `<text x="12" y="${n((plot.top + plot.bottom) / 2)}" text-anchor="middle" font-size="11" fill="${CHART_COLOURS.text}" transform="rotate(-90 12 ${n((plot.top + plot.bottom) / 2)})">Capability (0-10)</text>`,
    "</svg>",
  ].join("\n");
};
