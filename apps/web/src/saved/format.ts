import { CATALOGUE } from "@platform-advisor/model";
import { type NamedPlatforms, platformNameIn } from "../api/platform-name.ts";

/**
 * A platform's display name from the lists given (a stored ranking, the API's catalogue with the organisation's own
 * platforms), then from this build's catalogue; never its id.
 */
export const platformName = (id: string, ...lists: readonly (NamedPlatforms | undefined)[]): string =>
  platformNameIn(id, ...lists, CATALOGUE);

/** "23 Nov 2026, 05:30" in the reader's locale and time zone. */
export const savedAt = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
