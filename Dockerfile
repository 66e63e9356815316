# syntax=docker/dockerfile:1
# One image per VoiceGraph process, chosen at build time:
#   docker build --build-arg SERVICE=people -t voicegraph/people .
# SERVICE is one of people, consultations, governance, feedback (services/<name>), gateway or
# board (the public "You said, we did" board, web/).
# docker-compose.yml builds all six; the build stage is shared through the layer cache.

# The supported LTS, the same version as .node-version (a unit test keeps them equal).
ARG NODE_IMAGE=node:26.12.1-bookworm-slim

# ---- build: install every workspace, compile all TypeScript, keep production deps only ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first so `npm ci` is cached until a dependency changes.
COPY package.json package-lock.json tsconfig.json ./
COPY services/platform/package.json services/platform/
COPY services/people/package.json services/people/
COPY services/consultations/package.json services/consultations/
COPY services/governance/package.json services/governance/
COPY services/feedback/package.json services/feedback/
COPY gateway/package.json gateway/
COPY tools/package.json tools/
COPY packages/events/package.json packages/events/
COPY examples/notifications/package.json examples/notifications/
COPY web/package.json web/
# Optional dependencies are local-development helpers only (an embedded PostgreSQL).
RUN npm ci --no-audit --no-fund --omit=optional
COPY . .
RUN npm run build \
 && npm prune --omit=dev --omit=optional --no-audit --no-fund

# ---- runtime: compiled output and production node_modules, run as the unprivileged `node` user ----
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ENV NODE_ENV=production \
    VOICEGRAPH_SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
COPY --from=build /app/services ./services
COPY --from=build /app/gateway ./gateway
COPY --from=build /app/web ./web
COPY --from=build /app/schema ./schema
# Resolve SERVICE to its entry point now, so a wrong name fails the build, not the container.
RUN set -eu; \
    case "${SERVICE:-}" in \
      people|consultations|governance|feedback) entry="services/${SERVICE}/dist/index.js" ;; \
      gateway) entry="gateway/dist/index.js" ;; \
      board) entry="web/dist/board/index.js" ;; \
      *) echo "build arg SERVICE must be people, consultations, governance, feedback, gateway or board (got '${SERVICE:-}')" >&2; exit 1 ;; \
    esac; \
    test -f "$entry" || { echo "$entry was not built" >&2; exit 1; }; \
    printf "require('./%s');\n" "$entry" > /app/main.js
USER node
# PORT is set per service by docker-compose.yml / k8s; 4000 is the gateway's default.
EXPOSE 4000 4001 4002 4003 4004 4010
CMD ["node", "/app/main.js"]
