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
