import { z } from "zod";

export const PLATFORM_IDS = [
  "docker-compose",
  "docker-engine",
  "docker-swarm",
  "kubernetes",
  "managed-kubernetes",
  "k3s",
  "amazon-ecs",
  "aws-fargate",
  "google-cloud-run",
  "azure-container-apps",
  "azure-container-instances",
  "nomad",
  "paas",
  "iot-edge",
  "mesos",
] as const;

export const PlatformId = z.enum(PLATFORM_IDS).meta({ id: "PlatformId", description: "A platform of the catalogue." });
export type PlatformId = z.infer<typeof PlatformId>;

/** An id an organisation profile gives its own platform or capability (v2): org-, then a slug (contract v3). */
const orgId = () => z.templateLiteral(["org-", z.string().regex(/^[a-z0-9][a-z0-9-]{0,55}$/)]);

/** A platform an organisation profile adds. */
export const CustomPlatformId = orgId().meta({
  id: "CustomPlatformId",
  description: "A platform an organisation profile adds: org-, then lower-case letters, digits and dashes.",
});
export type CustomPlatformId = z.infer<typeof CustomPlatformId>;

/** A platform of the catalogue or of the organisation profile in force. */
export const AnyPlatformId = z
  .union([PlatformId, CustomPlatformId], {
    error: `a platform of the catalogue (${PLATFORM_IDS.join(", ")}) or an organisation's own (org-, then lower-case letters, digits and dashes)`,
  })
  .meta({
    id: "AnyPlatformId",
    description: "A platform of the catalogue, or one the organisation profile in force adds (org-).",
  });
export type AnyPlatformId = z.infer<typeof AnyPlatformId>;

/** A capability an organisation profile defines: org-, apart from the built-in ones. */
export const CustomCapabilityId = orgId().describe("A capability an organisation profile defines (org-).");
export type CustomCapabilityId = z.infer<typeof CustomCapabilityId>;
