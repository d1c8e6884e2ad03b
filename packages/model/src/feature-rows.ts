/** The rows of seed 002's summary table, in its order (no zod here: the web app imports this). */
export const FEATURE_ROWS = [
  "scope",
  "setup",
  "scaling",
  "selfHealing",
  "networking",
  "loadBalancing",
  "secrets",
  "rollingUpdates",
  "configFormat",
  "learningCurve",
] as const;
/** Human labels of the rows of seed 002's summary table. */
export const FEATURE_LABELS: Record<(typeof FEATURE_ROWS)[number], string> = {
  scope: "Scope",
  setup: "Setup",
  scaling: "Scaling",
  selfHealing: "Self-healing",
  networking: "Networking",
  loadBalancing: "Load balancing",
  secrets: "Secrets",
  rollingUpdates: "Rolling updates",
  configFormat: "Config format",
  learningCurve: "Learning curve",
};
