# syntax=docker/dockerfile:1
# Platform Advisor: the API and the web app in one image.
#   docker build -t platform-advisor .
#   docker run --rm -p 8787:8787 platform-advisor
# Node 24: CI runs the full suite on it (.ci/run), and smoke-tests the built tree on 22 and 26.
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Build: every dependency, then plain JavaScript in each workspace's dist/ and the web app.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/model/package.json packages/model/
COPY packages/rules/package.json packages/rules/
COPY packages/report/package.json packages/report/
COPY apps/api/package.json apps/api/
COPY apps/cli/package.json apps/cli/
COPY apps/web/package.json apps/web/
COPY test/package.json test/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies of the server and the command only: no devDependency, no web build tools.
FROM ${NODE_IMAGE} AS production-deps
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/model/package.json packages/model/
COPY --from=build /app/packages/rules/package.json packages/rules/
COPY --from=build /app/packages/report/package.json packages/report/
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/cli/package.json apps/cli/
COPY --from=build /app/apps/web/package.json apps/web/
COPY --from=build /app/test/package.json test/
# The command's committed entry: npm links node_modules/.bin/platform-advisor only to a file that exists.
COPY --from=build /app/apps/cli/bin apps/cli/bin
RUN npm ci --omit=dev --workspace=@platform-advisor/api --workspace=@platform-advisor/cli --no-audit --no-fund \
  && npm cache clean --force

# 3. Runtime: production node_modules and built output, owned by root and read-only to the app's user.
FROM ${NODE_IMAGE}
# Listening beyond loopback, the server serves saved assessments only with API_TOKENS set (or ALLOW_ANONYMOUS=true),
# and refuses to start otherwise: pass them at run time (docker run -e API_TOKENS=...).
# DATA_DIR: the embedded store's folder when there is no DATABASE_URL; /app is read-only to the app's user.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=production-deps /app ./
COPY --from=build /app/packages/model/dist packages/model/dist
COPY --from=build /app/packages/rules/dist packages/rules/dist
COPY --from=build /app/packages/report/dist packages/report/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/api/migrations apps/api/migrations
COPY --from=build /app/apps/api/migrations-sqlite apps/api/migrations-sqlite
COPY --from=build /app/apps/cli/dist apps/cli/dist
COPY --from=build /app/apps/web/dist apps/web/dist
# The source documents, rendered at /sources/<file> for the reasons' links.
COPY --from=build /app/docs/sources docs/sources
# The one writable place (DATA_DIR, for an embedded store); a new named volume takes its owner.
RUN mkdir -p /data && chown 1000:1000 /data
# The official image's unprivileged user "node" (uid 1000); Kubernetes' runAsNonRoot checks the numeric id.
USER 1000:1000
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8787) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# node itself is PID 1 and receives SIGTERM: no npm, no shell in the start path.
CMD ["node", "apps/api/dist/server.js"]
