import { createRoute, type RouteHandler } from "@hono/zod-openapi";
import type { OrgProfile, Recommendation } from "@platform-advisor/model";
import { ReportDocument, ReportFormat, renderReport } from "@platform-advisor/report";
import { z } from "zod";
import type { AppDeps } from "../app-deps.ts";
import type { AppEnv } from "../app-env.ts";
import { problemResponse } from "../problem-json.ts";
import type { RecommendationCache } from "../recommendation-cache.ts";

import { ReportRequest } from "../request-schemas.ts";
import { BODY_PROBLEMS, DECISION_PROBLEMS } from "./problem-responses.ts";
import { noEligiblePlatform, rejectedByCore } from "./recommendations.ts";

/** A downloaded report shows its own inline styles and SVG, and nothing else. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

export const reportsRoute = createRoute({
  method: "post",
  path: "/v1/reports",
  operationId: "createReport",
  tags: ["Reports"],
  summary: "The recommendation report as a file",
  description:
    "What a team hands to its manager. Every format but json opens with a one-page summary (the decision, how sure it is, the deciding reasons, conflicts with stated preferences, the assumptions, the date and the ruleset), then appendices: the ranking with scores, reasons for and against each platform with their sources, why each excluded platform is out, the assumptions, the what-if tipping points, the growth path, the complexity-versus-capability chart, the answers (an organisation profile's own questions by their prompts and the chosen options' labels), the ruleset version and the date. Sources are named by their titles, with links where they can be read (an organisation's own platform's documents at the addresses its profile gives). Sent as an attachment named after the recommendation and the date; adr is a MADR 4.0.0 decision record named NNNN-container-platform-<platform>.md (decisionRecord.number, 0001 by default), to commit to docs/decisions/.",
  request: {
    query: z.object({
      format: ReportFormat.describe(
        "md: Markdown for a code host (chart as Mermaid); html: one standalone page with an SVG chart and a print stylesheet; pdf: A4 with a vector chart; json: the recommendation with the report's metadata (sources as precise strings, `customAnswers` by prompt and label, `sources` with their links); adr: an architecture decision record in MADR 4.0.0 form (text/markdown), front matter status (decisionRecord.status, proposed by default), date, decision-makers, consulted, informed; numbered by decisionRecord.number (file NNNN-container-platform-<platform>.md); consequences in plain language (what the team runs itself, add-ons, lock-in and exit path, cost model, unmet requirements); and links (to the answers and the source documents) from PUBLIC_URL when set.",
      ),
    }),
    body: { required: true, content: { "application/json": { schema: ReportRequest } } },
  },
  responses: {
    200: {
      description: "The report file",
      headers: z.object({
        "Content-Disposition": z
          .string()
          .meta({ example: 'attachment; filename="platform-advisor-docker-swarm-2026-11-22.pdf"' }),
      }),
      content: {
        "text/markdown": { schema: z.string() },
        "text/html": { schema: z.string() },
        "application/pdf": { schema: z.string().meta({ format: "binary" }) },
        "application/json": { schema: ReportDocument },
      },
    },
    ...BODY_PROBLEMS,
    ...DECISION_PROBLEMS,
  },
});

export const reports =
  (
    { recommend }: Pick<RecommendationCache, "recommend">,
    clock: AppDeps["clock"],
    publicUrl?: string | undefined,
    profile?: OrgProfile | undefined,
  ): RouteHandler<typeof reportsRoute, AppEnv> =>
  async (c) => {
    const { format } = c.req.valid("query");
    const { answers, decisionRecord } = c.req.valid("json");
    let recommendation: Recommendation;
    try {
      recommendation = await recommend(answers);
    } catch (error) {
      const problem = rejectedByCore(error) ?? noEligiblePlatform(error);
      if (problem) return problemResponse(c, problem);
      throw error;
    }
    const report = await renderReport(format, recommendation, answers, clock(), {
      appUrl: new URL(c.req.url).origin,
      ...(publicUrl ? { publicUrl } : {}),
      ...(profile ? { profile } : {}),
      ...decisionRecord,
    });
    return c.body(report.body, 200, {
      "Content-Type": report.contentType,
      "Content-Disposition": `attachment; filename="${report.fileName}"`,
      "Content-Security-Policy": REPORT_CSP,
      "Cache-Control": "no-store",
    });
  };
