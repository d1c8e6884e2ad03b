import { type PlatformId, platformById } from "@platform-advisor/model";

/** A platform's display name; the id itself for one this build of the app does not know. */
export const platformName = (id: string): string => {
  try {
    return platformById(id as PlatformId).name;
  } catch {
    return id;
  }
};

/** "23 Nov 2026, 05:30" in the reader's locale and time zone. */
export const savedAt = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
