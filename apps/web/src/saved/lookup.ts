import type { CustomQuestion, Platform } from "@platform-advisor/model";
import { fetchPlatforms, fetchQuestions } from "../api/client.ts";

/*
 * What the saved pages need besides their own data to show names, never ids: the API's catalogue (an organisation's
 * own platforms included) and the organisation's own questions. Either may fail, or come from an API that has none;
 * the page then shows what this build knows, and its own data still decides whether it loads.
 */

/** The catalogue, or undefined when it cannot be had. */
export const catalogueOrNone = (signal?: AbortSignal): Promise<readonly Platform[] | undefined> =>
  fetchPlatforms(signal).catch(() => undefined);

/** The organisation profile's own questions; none when they cannot be had. */
export const customQuestionsOrNone = async (signal?: AbortSignal): Promise<readonly CustomQuestion[]> =>
  (await fetchQuestions(signal).catch(() => undefined))?.customQuestions ?? [];
