import { prometheus } from "@hono/prometheus";
import type { Recommendation } from "@platform-advisor/model";
import { RULESET_VERSION } from "@platform-advisor/rules";
import type { Context, MiddlewareHandler, TypedResponse } from "hono";
import { Counter, collectDefaultMetrics, Gauge, Registry } from "prom-client";

export type Metrics = {
  /** Counts and times every request by method, matched route and status (@hono/prometheus). */
  middleware: MiddlewareHandler;
  /** Counts a recommendation served, by the platform it recommends. */
  recommended: (recommendation: Pick<Recommendation, "recommended">) => void;
  /** GET /metrics: Prometheus text format. */
  scrape: (c: Context) => Promise<Response & TypedResponse<string, 200, "text">>;
};

let processRegistry: Registry | undefined;
/** CPU, memory, event loop, GC: facts about the process, collected once however many apps it builds. */
const processMetrics = () => {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
};

/** The app's metrics in a registry of its own, so tests can build many apps and read each one's figures. */
export const createMetrics = (): Metrics => {
  const registry = new Registry();
  const { registerMetrics } = prometheus({ registry });
  const recommendations = new Counter({
    name: "platform_advisor_recommendations_total",
    help: "Recommendations served (including each item of a batch and each report), by recommended platform",
    labelNames: ["recommended"],
    registers: [registry],
  });
  new Gauge({
    name: "platform_advisor_ruleset_info",
    help: "The ruleset this process decides with; always 1",
    labelNames: ["version"],
    registers: [registry],
  }).set({ version: RULESET_VERSION }, 1);
  return {
    middleware: registerMetrics,
    recommended: (recommendation) => recommendations.inc({ recommended: recommendation.recommended }),
    scrape: async (c) => {
      const merged = Registry.merge([registry, processMetrics()]);
      return c.text(await merged.metrics(), 200, { "Content-Type": merged.contentType, "Cache-Control": "no-store" });
    },
  };
};
