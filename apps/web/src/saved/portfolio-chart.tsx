import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { PortfolioBar } from "./portfolio-series.ts";

/** Workloads per recommended platform, as horizontal bars (names stay readable on a phone). Lazy-loaded with recharts. */
export default function PortfolioChart({ bars }: { bars: PortfolioBar[] }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, 44 * bars.length + 40)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={120} />
        <Tooltip />
        <Bar dataKey="workloads" name="Workloads" fill="#1d4ed8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
