import type { Question } from "@platform-advisor/model";
import { Source } from "../ui/source.tsx";

/** Why a question matters, with the document the reason comes from. */
export function WhyWeAsk({ why }: { why: Question["why"] }) {
  return (
    <details className="why">
      <summary>Why we ask</summary>
      <p>{why.text}</p>
      <p>
        <Source>{why.source}</Source>
      </p>
    </details>
  );
}
