import type { Answers, CustomQuestion, Platform, Question, Recommendation } from "@platform-advisor/model";
import { isProblem, type Problem } from "./problem.ts";

const BASE = "/api/v1";

/** A failed call: `status` 0 when the API could not be reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The request itself was wrong: retrying it unchanged will not help. */
  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

/** Calls the API; a failure becomes an ApiError carrying the problem+json the server answered. */
export const send = async (path: string, init: RequestInit = {}): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, undefined, "The advisor could not be reached. Check your connection and try again.");
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => undefined);
  const problem = isProblem(body) ? body : undefined;
  throw new ApiError(
    response.status,
    problem,
    problem?.detail ?? problem?.title ?? `The advisor answered ${response.status} ${response.statusText}.`.trim(),
  );
};

const json = async <T>(path: string, init?: RequestInit): Promise<T> => (await send(path, init)).json() as Promise<T>;

const postAnswers = (answers: Answers, signal?: AbortSignal): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ answers }),
  ...(signal ? { signal } : {}),
});

/** The questionnaire: the built-in questions and the organisation profile's own, each in the order it is asked. */
export interface QuestionSet {
  questions: Question[];
  customQuestions: CustomQuestion[];
}

/** The questionnaire; an API without a v2 profile (or from before contract v3) sends no custom questions. */
export const fetchQuestions = async (signal?: AbortSignal): Promise<QuestionSet> => {
  const body = await json<{ questions: Question[]; customQuestions?: CustomQuestion[] }>(
    "/questions",
    signal ? { signal } : {},
  );
  return { questions: body.questions, customQuestions: body.customQuestions ?? [] };
};

/** The platform catalogue. */
export const fetchPlatforms = async (signal?: AbortSignal): Promise<Platform[]> =>
  (await json<{ platforms: Platform[] }>("/platforms", signal ? { signal } : {})).platforms;

/** The recommendation for these answers; a 4xx carries the problem with the fields at fault. */
export const fetchRecommendation = (answers: Answers, signal?: AbortSignal): Promise<Recommendation> =>
  json<Recommendation>("/recommendations", postAnswers(answers, signal));

export type ReportFormat = "md" | "html" | "pdf" | "json" | "adr";

/** A report file: its bytes and the name the API gave it (Content-Disposition). */
export const fetchReport = async (
  answers: Answers,
  format: ReportFormat,
): Promise<{ blob: Blob; filename: string }> => {
  const response = await send(`/reports?format=${format}`, postAnswers(answers));
  const disposition = response.headers.get("content-disposition") ?? "";
  const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? `platform-recommendation.${format}`;
  return { blob: await response.blob(), filename };
};
