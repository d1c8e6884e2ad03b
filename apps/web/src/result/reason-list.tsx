import type { Reason } from "@platform-advisor/model";
import { Source } from "../ui/source.tsx";
import { formatImpact } from "./format.ts";

const tone = (impact: number | null) => {
  if (impact === null) return "out";
  if (impact === 0) return "neutral";
  return impact > 0 ? "for" : "against";
};

/** Reasons with their effect on the score and their sources. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return <p className="muted">No specific reasons.</p>;
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <li key={`${reason.rule ?? ""}${reason.text}`} className={`reason reason-${tone(reason.impact)}`}>
          <span className="impact">{formatImpact(reason.impact)}</span>
          <span className="reason-body">
            {reason.text} <Source href={reason.href}>{reason.source}</Source>
          </span>
        </li>
      ))}
    </ul>
  );
}
