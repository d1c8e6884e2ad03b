import { type Answers, type Recommendation, Seed, seedTitle, sourceHref } from "@platform-advisor/model";
import { isOwnPlatform } from "../api/platform-name.ts";
import { TREE, TREE_ROOT, type TreeNode, type TreeNodeId, treePath } from "./tree-path.ts";

/** The tree's source, in words and as a link to its section. */
const TREE_SOURCE = `${Seed.orchestrationChapter}: 4.5 Choosing the Right Platform`;
export const TREE_SOURCE_NAME = `${seedTitle(Seed.orchestrationChapter)?.title ?? "Container Orchestration"}, section 4.5 “Choosing the Right Platform”`;

/** The same tree as nested lists, for narrow screens: every question with its two branches, the path marked. */
function TreeList({ id, onPath }: { id: TreeNodeId; onPath: ReadonlySet<TreeNodeId> }) {
  const node = TREE.find((candidate) => candidate.id === id);
  if (!node) return null;
  const text = node.lines.join(" ");
  const here = onPath.has(node.id);
  if (node.platforms) return <span className={here ? "tree-leaf on-path" : "tree-leaf"}>{text}</span>;
  return (
    <>
      <span className={here ? "tree-question on-path" : "tree-question"}>{text}</span>
      <ul>
        {(["yes", "no"] as const).map((answer) => {
          const next = node[answer];
          if (!next) return null;
          const taken = here && onPath.has(next);
          return (
            <li key={answer} className={taken ? "tree-branch taken" : "tree-branch"}>
              <span className="tree-answer">{answer === "yes" ? "Yes" : "No"}</span>
              {taken && <span className="sr-only"> (your path)</span>}: <TreeList id={next} onPath={onPath} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

const BOX = { width: 132, height: 40 };

const edgeLabel = (from: TreeNode, to: TreeNode, text: string, active: boolean) => {
  const x = (from.x + to.x) / 2;
  const y = (from.y + BOX.height / 2 + to.y - BOX.height / 2) / 2;
  return (
    <text x={x + (to.x < from.x ? -10 : 10)} y={y} className={active ? "edge-label active" : "edge-label"}>
      {text}
    </text>
  );
};

/**
 * The decision tree of "Container Orchestration" (§4.5) drawn small (as nested lists on a phone), with this team's path through it
 * highlighted to its leaf; when the ranking picks another platform, one
 * sentence says why.
 */
export function DecisionTree({ recommendation, answers }: { recommendation: Recommendation; answers: Answers }) {
  const path = treePath({ ...recommendation.answers, ...answers });
  const onPath = new Set(path.map((step) => step.node.id));
  const leaf = path.at(-1)?.node;
  if (!leaf) throw new Error("treePath returned no step: every walk of the tree should end at a leaf");
  const leafName = leaf.lines.join(" ");
  const winner = recommendation.ranking[0];
  const agrees = leaf.platforms?.some((platform) => platform === recommendation.recommended) ?? false;
  const topReason = winner?.reasons
    .filter((reason) => (reason.impact ?? 0) > 0)
    .sort((a, b) => (b.impact ?? 0) - (a.impact ?? 0))[0];
  const above = topReason ? `, above all: ${topReason.text}` : "";
  const words = path
    .map((step) => (step.answer ? `${step.node.lines.join(" ")} ${step.answer === "yes" ? "Yes" : "No"}` : leafName))
    .join(" → ");
  return (
    <>
      <p className="tree-source">
        From{" "}
        <a href={sourceHref(TREE_SOURCE)} target="_blank" rel="noreferrer">
          {TREE_SOURCE_NAME}
        </a>
        .
      </p>
      <svg
        className="decision-tree"
        viewBox="0 0 770 320"
        role="img"
        aria-labelledby="tree-title tree-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="tree-title">The decision tree of {TREE_SOURCE_NAME}, with your path highlighted</title>
        <desc id="tree-desc">Your path: {words}.</desc>
        {TREE.flatMap((node) =>
          (["yes", "no"] as const).flatMap((answer) => {
            const to = TREE.find((candidate) => candidate.id === node[answer]);
            if (!to) return [];
            const active = onPath.has(node.id) && onPath.has(to.id);
            return [
              <g key={`${node.id}-${answer}`}>
                <line
                  x1={node.x}
                  y1={node.y + BOX.height / 2}
                  x2={to.x}
                  y2={to.y - BOX.height / 2}
                  className={active ? "edge active" : "edge"}
                />
                {edgeLabel(node, to, answer === "yes" ? "Yes" : "No", active)}
              </g>,
            ];
          }),
        )}
        {TREE.map((node) => {
          const classes = ["node", node.platforms ? "leaf" : "question", onPath.has(node.id) ? "on-path" : ""];
          return (
            <g key={node.id} className={classes.join(" ").trim()}>
              <rect
                x={node.x - BOX.width / 2}
                y={node.y - BOX.height / 2}
                width={BOX.width}
                height={BOX.height}
                rx={node.platforms ? 4 : 14}
              />
              {node.lines.map((line, index) => (
                <text
                  key={line}
                  x={node.x}
                  y={node.y + (index - (node.lines.length - 1) / 2) * 14 + 4}
                  textAnchor="middle"
                >
                  {line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
      <div className="tree-list">
        <TreeList id={TREE_ROOT} onPath={onPath} />
      </div>
      <p className="tree-path">
        <strong>Your path:</strong> {words}.
      </p>
      {winner && (
        <p className="tree-verdict">
          {agrees
            ? `The ranking agrees with the tree: ${winner.name}.`
            : isOwnPlatform(winner.platform)
              ? `The tree ends at ${leafName}; the ranking picks ${winner.name}, your organisation's own platform, which the tree (written for public platforms) cannot name${above}.`
              : `The tree ends at ${leafName}; the ranking picks ${winner.name} because it weighs every answer and fifteen platforms${above}.`}
        </p>
      )}
    </>
  );
}
