import type { FeatureRow } from "@platform-advisor/model";

/*
 * The rows of seed 002's summary table, as the model names them. Copied, not
 * imported: a value import from the model's entry adds zod and the catalogue
 * to the first load. feature-rows.test.ts keeps this copy equal to the model's.
 */
export const FEATURE_ROWS: readonly { row: FeatureRow; label: string }[] = [
  { row: "scope", label: "Scope" },
  { row: "setup", label: "Setup" },
  { row: "scaling", label: "Scaling" },
  { row: "selfHealing", label: "Self-healing" },
  { row: "networking", label: "Networking" },
  { row: "loadBalancing", label: "Load balancing" },
  { row: "secrets", label: "Secrets" },
  { row: "rollingUpdates", label: "Rolling updates" },
  { row: "configFormat", label: "Config format" },
  { row: "learningCurve", label: "Learning curve" },
];
