# syntax=docker/dockerfile:1
# The gateway, with the admin interface (served at /) and the analysts' explorer (/explorer) built in.
# Build from the repository root:
#   docker build -f deploy/docker/gateway.Dockerfile -t kinderschutz/gateway .
# The image expects the subgraphs' URLs and an OIDC provider: see docs/deployment.md.
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
# The gateway, the admin interface and the explorer with what they depend on, from the store.
RUN pnpm install --frozen-lockfile --offline --filter "@kinderschutz/gateway..." --filter "@kinderschutz/admin-ui..." --filter "@kinderschutz/explorer..."
# The interface's build checks its operations against gateway/schema.graphql and writes trusted-documents.json.
RUN pnpm --filter "@kinderschutz/gateway..." --filter "@kinderschutz/admin-ui..." --filter "@kinderschutz/explorer..." build
# One folder with the built gateway (and its committed supergraph.graphql) and its production dependencies only,
# the kit copied in (not linked). pnpm 10 deploys from the workspace's lockfile only with injected workspace
# packages; set here for the deploy alone (--legacy would resolve the dependencies anew).
RUN pnpm --config.inject-workspace-packages=true --filter @kinderschutz/gateway deploy --prod --offline /out

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# Owned by root and not writable for the user the process runs as: the code cannot be changed at run time.
COPY --from=build /out ./
# Plain static files: the interface and the explorer need nothing installed at run time.
COPY --from=build /src/admin-ui/build ./admin-ui
COPY --from=build /src/explorer/dist ./explorer
# The interface's registered operations come with the interface: the state office's and youth offices' tokens
# run nothing else (set TRUSTED_DOCUMENTS_FILE empty to turn this off).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 \
    ADMIN_UI_DIR=/app/admin-ui EXPLORER_DIR=/app/explorer TRUSTED_DOCUMENTS_FILE=/app/admin-ui/trusted-documents.json
EXPOSE 4000
# The image's "node" user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
# Ready does not ask the subgraphs: with one of them down the gateway still answers the others' fields.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=8", "dist/main.js"]
