import type { PortfolioBar } from "./portfolio-series.ts";

/**
 * Workloads per recommended platform as bars drawn in HTML: each name wraps in its own row above its bar, so
 * labels never overlap and no column of fixed width leaves a gap, at any width.
 */
export function PortfolioChart({ bars }: { bars: readonly PortfolioBar[] }) {
  const most = Math.max(1, ...bars.map((bar) => bar.workloads));
  return (
    <ul className="portfolio-bars">
      {bars.map((bar) => (
        <li key={bar.platform}>
          <span className="bar-name">{bar.name}</span>
          <span className="bar-row">
            <span className="bar" style={{ width: `${(bar.workloads / most) * 100}%` }} aria-hidden="true" />
            <span className="bar-count">
              {bar.workloads} workload{bar.workloads === 1 ? "" : "s"}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
