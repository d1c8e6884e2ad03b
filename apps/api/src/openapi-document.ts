import type { OpenAPIHono } from "@hono/zod-openapi";
import { RULESET_VERSION } from "@platform-advisor/rules";

/** The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate requests. */
export const openApiDocument = (app: Pick<OpenAPIHono, "getOpenAPI31Document">) =>
  app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Platform Advisor API",
      version: "1.0.0",
      description: `Recommends a container platform (Docker Compose, Swarm, Kubernetes, ECS, Fargate, Cloud Run, ...) from a team's answers, with reasons and their sources. Ruleset ${RULESET_VERSION}.\n\nEvery error is application/problem+json (RFC 9457). Validation errors list each value at fault in \`errors[].path\` (\`answers.teamSize\`). Every response carries an \`X-Request-Id\` and \`RateLimit-*\` headers.`,
    },
    tags: [
      { name: "Recommendations", description: "The decision" },
      { name: "Reports", description: "The decision as a file to hand on" },
      { name: "Data", description: "The questionnaire and the catalogue" },
      {
        name: "Assessments",
        description: "Saved assessments and the portfolio (bearer tokens when API_TOKENS is set)",
      },
      { name: "Profile", description: "The organisation profile in force" },
      { name: "Service", description: "Health, readiness and metrics" },
    ],
  });
