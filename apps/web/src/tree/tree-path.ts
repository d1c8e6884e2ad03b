import type { Answers, PlatformId } from "@platform-advisor/model";

/*
 * Seed 002's decision tree (§4.5, "Choosing the Right Platform") as data, and
 * the path a team's answers take through it. The tree knows five leaves; the
 * ranking weighs every answer and fifteen platforms, so the two can differ.
 */

export type TreeNodeId = "team" | "containers" | "multiOrOnPrem" | "awsOnly" | LeafId;
export type LeafId = "compose" | "swarm" | "kubernetes" | "ecsFargate" | "managedKubernetes";

export type TreeNode = {
  id: TreeNodeId;
  /** One or two short lines. */
  lines: string[];
  x: number;
  y: number;
  yes?: TreeNodeId;
  no?: TreeNodeId;
  /** The platforms a leaf names. */
  platforms?: PlatformId[];
};

export const TREE: readonly TreeNode[] = [
  { id: "team", lines: ["Small team", "(under 10)?"], x: 360, y: 30, yes: "containers", no: "multiOrOnPrem" },
  { id: "containers", lines: ["Under 20", "containers?"], x: 170, y: 115, yes: "compose", no: "swarm" },
  { id: "multiOrOnPrem", lines: ["Multi-cloud or", "on-prem?"], x: 540, y: 115, yes: "kubernetes", no: "awsOnly" },
  { id: "compose", lines: ["Docker Compose", "(single host)"], x: 80, y: 205, platforms: ["docker-compose"] },
  { id: "swarm", lines: ["Docker Swarm", "(small cluster)"], x: 250, y: 205, platforms: ["docker-swarm"] },
  {
    id: "kubernetes",
    lines: ["Kubernetes", "(managed or self-hosted)"],
    x: 450,
    y: 205,
    platforms: ["kubernetes", "managed-kubernetes", "k3s"],
  },
  { id: "awsOnly", lines: ["AWS only?"], x: 630, y: 205, yes: "ecsFargate", no: "managedKubernetes" },
  { id: "ecsFargate", lines: ["ECS + Fargate"], x: 552, y: 290, platforms: ["aws-fargate", "amazon-ecs"] },
  { id: "managedKubernetes", lines: ["Kubernetes", "(managed)"], x: 700, y: 290, platforms: ["managed-kubernetes"] },
];

export type PathStep = { node: TreeNode; answer?: "yes" | "no" };

const CLOUDS = ["aws", "azure", "gcp", "other-cloud"];

const decide = (id: TreeNodeId, answers: Answers): boolean => {
  const hosting = answers.hosting ?? [];
  switch (id) {
    case "team":
      return (answers.teamSize ?? 5) < 10;
    case "containers":
      return (answers.containerCount ?? 5) < 20;
    case "multiOrOnPrem":
      return hosting.includes("on-prem") || hosting.filter((target) => CLOUDS.includes(target)).length >= 2;
    case "awsOnly":
      return hosting.length === 1 && hosting[0] === "aws";
    default:
      return false;
  }
};

/** Where every walk starts: the first question. */
export const TREE_ROOT: TreeNodeId = "team";

const node = (id: TreeNodeId): TreeNode => TREE.find((candidate) => candidate.id === id) ?? (TREE[0] as TreeNode);

/** The path the answers (assumptions included) take from the root to a leaf, with the answer at each question. */
export const treePath = (answers: Answers): PathStep[] => {
  const path: PathStep[] = [];
  let current = node(TREE_ROOT);
  while (current.yes && current.no) {
    const yes = decide(current.id, answers);
    path.push({ node: current, answer: yes ? "yes" : "no" });
    current = node(yes ? current.yes : current.no);
  }
  path.push({ node: current });
  return path;
};
