/*
 * Platform names for ids the API sends. An organisation profile (v2) adds platforms of its own (`org-` ids) that no
 * build of the app knows, so a name comes from what the API sent: a recommendation's ranking (every platform it
 * ranked) or the catalogue (GET /api/v1/platforms, the profile's platforms included). A reader never sees an id.
 */

/** A list that names platforms: a ranking (`platform`) or the catalogue (`id`). */
export type NamedPlatforms = readonly ({ platform: string; name: string } | { id: string; name: string })[];

/** What a platform no list names is called: an organisation's own that its profile dropped, or one no catalogue has. */
export const UNLISTED_OWN_PLATFORM = "Internal platform (no longer in the organisation profile)";
export const UNLISTED_PLATFORM = "Platform not in today's catalogue";

const idOf = (entry: NamedPlatforms[number]) => ("platform" in entry ? entry.platform : entry.id);

/** Whether an id names an organisation's own platform (contract v3: custom platform ids start with org-). */
export const isOwnPlatform = (id: string): boolean => id.startsWith("org-");

/** A platform's name from the first list that has it, in the order given. */
export const platformNameIn = (id: string, ...lists: readonly (NamedPlatforms | undefined)[]): string => {
  for (const list of lists) {
    const found = list?.find((entry) => idOf(entry) === id);
    if (found) return found.name;
  }
  return isOwnPlatform(id) ? UNLISTED_OWN_PLATFORM : UNLISTED_PLATFORM;
};
