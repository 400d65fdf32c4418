# syntax=docker/dockerfile:1
# Switchboard gateway: built with the same commands test/e2e/built-gateway.test.ts runs outside a container
# (`npm ci && npm run build`, then `npm ci --omit=dev` and `node dist/src/main.js`).

FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY emulator/src ./emulator/src
# The client's manifest of trusted documents: `npm run build` ships it beside the build (TRUSTED_DOCUMENTS).
COPY client/src/gql/persisted-documents.json ./client/src/gql/persisted-documents.json
RUN npm run build

FROM node:24.22.3-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
# Only the gateway: production never starts the emulator, so the image does not carry it.
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/client ./dist/client
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "--eval", "fetch(`http://127.0.0.1:${process.env.PORT ?? 4000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The gateway drains on SIGTERM (SHUTDOWN_GRACE_MS); give the orchestrator's stop timeout more than that.
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/main.js"]
