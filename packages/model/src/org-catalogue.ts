import type { HostingTarget } from "./answers.ts";
import { CAPABILITIES, CAPABILITY_IDS, type CapabilityCell, type CapabilityLevel } from "./capability.ts";
import { CATALOGUE, capabilityTraits } from "./catalogue.ts";
import { FEATURE_ROWS } from "./feature-rows.ts";
import type { CustomCapability, CustomPlatform, CustomQuestion, OrgLevel, OrgProfile } from "./org-profile.ts";
import type { Platform, Trait } from "./platform.ts";
import type { PlatformId } from "./platform-id.ts";
import { capitalise } from "./words.ts";

/*
 * The catalogue a decision runs on: the built-in platforms and capabilities, and those an organisation profile
 * (v2) adds. Everything that reads "every platform" or "this platform's level" reads it from here, so a custom
 * platform is ranked, explained and compared exactly like a built-in one.
 */

/** What a capability is called and does, in words a reason can use. */
export interface CapabilityText {
  label: string;
  does: string;
}

export interface Catalogue {
  /** Built-in platforms in contract order, then the profile's own. */
  readonly platforms: readonly Platform[];
  /** Built-in capabilities, then the profile's own. */
  readonly capabilityIds: readonly string[];
  /** The profile's own questions, in its order (none without a v2 profile). */
  readonly questions: readonly CustomQuestion[];
  /** How many of `platforms` are built-in (the rest come from the profile). */
  readonly builtIn: number;
  /** A platform's position, or -1 when neither the catalogue nor the profile has it. */
  indexOf(id: string): number;
  /** A platform by id; throws when unknown (a caller names only ids the catalogue gave it). */
  platform(id: string): Platform;
  /** A platform's level for a capability, with its source (every platform has one for every capability). */
  cell(platform: number, capability: string): CapabilityCell;
  /** What a capability is called and does. */
  capability(id: string): CapabilityText;
}

/** How a profile is cited wherever it is the source. */
export const profileSource = (profile: OrgProfile): string =>
  `Organisation profile ${profile.metadata.name} r${profile.metadata.revision}`;

const build = (
  platforms: readonly Platform[],
  builtIn: number,
  texts: ReadonlyMap<string, CapabilityText>,
  questions: readonly CustomQuestion[],
): Catalogue => {
  const index = new Map(platforms.map((platform, i) => [platform.id as string, i]));
  const cells = platforms.map((platform) => new Map(platform.capabilities.map((cell) => [cell.id as string, cell])));
  const capabilityIds = [...texts.keys()];
  return {
    platforms,
    capabilityIds,
    questions,
    builtIn,
    indexOf: (id) => index.get(id) ?? -1,
    platform: (id) => {
      const platform = platforms[index.get(id) ?? -1];
      if (!platform) throw new Error(`Unknown platform ${id}`);
      return platform;
    },
    cell: (i, capability) => {
      const cell = cells[i]?.get(capability);
      if (!cell) throw new Error(`catalogue: no level for ${capability} at position ${i} of ${platforms.length}`);
      return cell;
    },
    capability: (id) => {
      const text = texts.get(id);
      if (!text) throw new Error(`Unknown capability ${id}`);
      return text;
    },
  };
};

const BUILT_IN_TEXTS = new Map<string, CapabilityText>(CAPABILITY_IDS.map((id) => [id, CAPABILITIES[id]]));

/** The built-in catalogue: what every decision without a v2 profile runs on. */
export const BUILT_IN_CATALOGUE: Catalogue = build(CATALOGUE, CATALOGUE.length, BUILT_IN_TEXTS, []);

/** A level as a catalogue cell, cited as stated or else as `cited` (the platform's own document, or the profile). */
const cellOf = (id: string, level: OrgLevel, cited: { title: string; href?: string | undefined }): CapabilityCell => {
  const href = level.source ? level.href : (level.href ?? cited.href);
  return {
    id: id as CapabilityCell["id"],
    level: level.level,
    ...(level.via ? { via: level.via } : {}),
    ...(level.note ? { note: level.note } : {}),
    source: level.source ?? cited.title,
    ...(href ? { href } : {}),
    checked: level.checked,
  };
};

const LEVEL_WORDS: Record<CapabilityLevel, string> = {
  native: "Yes",
  "add-on": "With an add-on",
  edition: "In a paid edition",
  none: "No",
};

/** A custom platform as a catalogue entry: its traits follow from its levels and its answers, as for a built-in. */
const customEntry = (custom: CustomPlatform, cells: CapabilityCell[], source: string): Platform => {
  const own: Trait[] = [custom.scope === "single-host" ? "single-host" : "multi-host"];
  if (custom.management === "self-managed") own.push("self-operated");
  else own.push("cloud-service");
  if (custom.management === "serverless") own.push("serverless");
  // Seen from a team, an internal platform that is managed or serverless is operated for it wherever it runs.
  if (custom.management !== "self-managed") own.push("operated-for-you");
  // Teams deploy to it with the Kubernetes API: it is Kubernetes, as the seeds' guidance means it, run in-house.
  if (custom.kubernetesApi) own.push("kubernetes-api", "internal-kubernetes");
  if (custom.runsOn.includes("edge")) own.push("edge-devices");
  const clouds = custom.runsOn.filter((target): target is HostingTarget => ["aws", "azure", "gcp"].includes(target));
  if (clouds.length === 1 && custom.runsOn.length === 1) own.push("one-provider");
  const levels = new Map<string, CapabilityCell>(cells.map((cell) => [cell.id, cell]));
  const levelOf = (id: string) => levels.get(id)?.level ?? "none";
  const traits = [...own, ...capabilityTraits(levelOf)];
  const cited = custom.sources[0]?.title ?? source;
  const word = (id: string) => {
    const via = levels.get(id)?.via;
    return `${LEVEL_WORDS[levelOf(id)]}${via ? ` (${via})` : ""}`;
  };
  const features: Record<(typeof FEATURE_ROWS)[number], string> = {
    scope: custom.scope === "single-host" ? "Single host" : "Cluster",
    setup: `Run by ${custom.vendor}`,
    scaling: `Autoscaling: ${word("autoscaling")}`,
    selfHealing: word("failover"),
    networking: `HTTP: ${word("http-ingress")}; TCP/UDP: ${word("tcp-udp-ingress")}`,
    loadBalancing: word("http-ingress"),
    secrets: `As ${custom.vendor} documents`,
    rollingUpdates: word("rolling-updates"),
    configFormat: custom.kubernetesApi ? "Kubernetes manifests" : `As ${custom.vendor} documents`,
    learningCurve: `Complexity ${custom.complexity}/10`,
  };
  return {
    id: custom.id,
    name: custom.name,
    vendor: custom.vendor,
    summary: custom.summary,
    status: "active",
    runsOn: { value: custom.runsOn, source: cited },
    scope: { value: custom.scope, source: cited },
    complexity: { value: custom.complexity, source: cited },
    capability: { value: custom.capability, source: cited },
    traits,
    traitSources: Object.fromEntries(traits.map((trait) => [trait, source])),
    features: Object.fromEntries(
      FEATURE_ROWS.map((row) => [row, { value: features[row], source: cited }]),
    ) as Platform["features"],
    limits: [],
    // What it cannot do, as the organisation notes it on the capabilities it lacks.
    cannot: cells.flatMap((cell) =>
      cell.level === "none" && cell.note ? [{ text: cell.note, source: cell.source }] : [],
    ),
    capabilities: cells,
    sources: custom.sources,
  };
};

const BY_PROFILE = new WeakMap<OrgProfile, Catalogue>();

/**
 * The catalogue for an organisation profile: the built-in one when the profile adds nothing, else the built-in
 * platforms with the profile's capability levels and the profile's own platforms after them. Memoised per profile.
 */
export const catalogueOf = (profile: OrgProfile | undefined): Catalogue => {
  if (!profile) return BUILT_IN_CATALOGUE;
  const known = BY_PROFILE.get(profile);
  if (known) return known;
  const capabilities = profile.spec.capabilities ?? [];
  const custom = profile.spec.platforms?.custom ?? [];
  const questions = profile.spec.questions ?? [];
  if (capabilities.length === 0 && custom.length === 0 && questions.length === 0) {
    BY_PROFILE.set(profile, BUILT_IN_CATALOGUE);
    return BUILT_IN_CATALOGUE;
  }
  const source = profileSource(profile);
  // A built-in platform a capability does not list is not cleared for it, as of the date the list was checked.
  const unlisted = (capability: CustomCapability): OrgLevel => ({
    level: "none",
    note: `${capitalise(profile.metadata.name)}'s list of the platforms cleared for it, checked ${capability.checked}, does not include it.`,
    checked: capability.checked,
  });
  const builtIns = CATALOGUE.map((platform) =>
    capabilities.length === 0
      ? platform
      : {
          ...platform,
          capabilities: [
            ...platform.capabilities,
            ...capabilities.map((capability) =>
              cellOf(capability.id, capability.levels?.[platform.id as PlatformId] ?? unlisted(capability), {
                title: source,
              }),
            ),
          ],
        },
  );
  const own = custom.map((platform) =>
    customEntry(
      platform,
      // The schema requires a level for every capability: none is invented here (catalogue.cell names a gap).
      [...CAPABILITY_IDS, ...capabilities.map((capability) => capability.id)].flatMap((id) => {
        const level = platform.capabilities[id];
        return level ? [cellOf(id, level, platform.sources[0] ?? { title: source })] : [];
      }),
      source,
    ),
  );
  const texts = new Map(BUILT_IN_TEXTS);
  for (const capability of capabilities) texts.set(capability.id, { label: capability.label, does: capability.does });
  const catalogue = build([...builtIns, ...own], CATALOGUE.length, texts, questions);
  BY_PROFILE.set(profile, catalogue);
  return catalogue;
};
