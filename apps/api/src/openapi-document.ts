import type { OpenAPIHono } from "@hono/zod-openapi";
import { RULESET_VERSION } from "@platform-advisor/rules";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

type Operation = { security?: unknown };

/** The repository declares no open-source licence (every package is private): an SPDX reference for "ours". */
const LICENSE = { name: "Proprietary", identifier: "LicenseRef-Proprietary" };
type Document = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/**
 * Operations that name no security scheme are open to anyone: say so with `security: []`, as linters and client
 * generators expect, instead of leaving them to guess.
 */
const declareOpenOperations = (document: Document): Document => {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Partial<Record<(typeof METHODS)[number], Operation>>)[method];
      if (operation && operation.security === undefined) operation.security = [];
    }
  }
  return document;
};

/**
 * The OpenAPI 3.1 document of the API, generated from the same zod schemas that validate requests. The server
 * is this one: PUBLIC_URL when set, else wherever the document is served from.
 */
export const openApiDocument = (app: Pick<OpenAPIHono, "getOpenAPI31Document">, publicUrl?: string | undefined) =>
  declareOpenOperations(
    app.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Platform Advisor API",
        version: "1.0.0",
        description: `Recommends a container platform (Docker Compose, Swarm, Kubernetes, ECS, Fargate, Cloud Run, ...) from a team's answers, with reasons and their sources. Ruleset ${RULESET_VERSION}.\n\nEvery error is application/problem+json (RFC 9457). Validation errors list each value at fault in \`errors[].path\` (\`answers.teamSize\`). Every response carries an \`X-Request-Id\` and \`RateLimit-*\` headers.\n\nSaved assessments and the portfolio take a bearer token when the server has API_TOKENS or OIDC_ISSUER set: a static token, or an OpenID Connect access token whose teams claim limits the caller to its teams' assessments.`,
        license: LICENSE,
      },
      servers: [
        publicUrl
          ? { url: publicUrl, description: "This server (PUBLIC_URL)" }
          : { url: "/", description: "This server: the origin this document was fetched from" },
      ],
      tags: [
        { name: "Recommendations", description: "The decision" },
        { name: "Reports", description: "The decision as a file to hand on" },
        { name: "Data", description: "The questionnaire and the catalogue" },
        {
          name: "Assessments",
          description: "Saved assessments and the portfolio (bearer tokens when API_TOKENS or OIDC_ISSUER is set)",
        },
        { name: "Profile", description: "The organisation profile in force" },
        { name: "Service", description: "Health, readiness and metrics" },
      ],
    }),
  );
