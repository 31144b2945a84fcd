# syntax=docker/dockerfile:1
# The networks subgraph. Build from the repository root:
#   docker build -f deploy/docker/networks.Dockerfile -t kinderschutz/networks .
# The image expects PostgreSQL (DATABASE_URL) and an OIDC provider (AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE):
# see docs/deployment.md.
ARG NODE_IMAGE=node:24.22.3-bookworm-slim

FROM ${NODE_IMAGE} AS build
# pnpm from npm, the version the lockfile was written with (corepack's signature check fails on some machines).
RUN npm install -g pnpm@10.34.9
WORKDIR /src
# Every package the lockfile names goes into pnpm's store first: this layer is rebuilt only when the lockfile
# changes, not on every change of the sources.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
# Only this subgraph and what it depends on (the shared kit, the root's TypeScript), from the store.
RUN pnpm install --frozen-lockfile --offline --filter "@kinderschutz/networks..."
RUN pnpm --filter "@kinderschutz/networks..." build
# One folder with the built subgraph and its production dependencies only, the kit copied in (not linked).
# pnpm 10 deploys from the workspace's lockfile only with injected workspace packages; set here for the deploy
# alone (--legacy would resolve the dependencies anew).
RUN pnpm --config.inject-workspace-packages=true --filter @kinderschutz/networks deploy --prod --offline /out

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# Owned by root and not writable for the user the process runs as: the code cannot be changed at run time.
COPY --from=build /out ./
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4002 DEMO_DATA=false
EXPOSE 4002
# The image's "node" user, by number so that Kubernetes can check runAsNonRoot; its home directory exists,
# which the PostgreSQL driver's dependencies look up when they load.
USER 1000:1000
# Ready: the database answers and the process is not stopping (compose starts the gateway after this).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=16", "dist/main.js"]
