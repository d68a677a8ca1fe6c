# zhnews worker image (node:20). Build: docker build -t zhnews .
# Entry point is the CLI, so the same image runs `worker` (the default), `enqueue`, `status`, ...
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Toolchain only for native modules without a prebuilt binary (better-sqlite3 falls back to node-gyp).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV ONNXRUNTIME_NODE_INSTALL=skip
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: the `prepare` script would build before the sources are here, and
# onnxruntime-node's postinstall fetches a CUDA add-on we do not need; better-sqlite3's
# own install step (prebuilt binary or compile) is run explicitly.
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3
COPY . .
RUN mkdir -p models \
 && npx tsc -p tsconfig.build.json \
 && npm prune --omit=dev --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
COPY --from=build /app/models ./models
# Relative store paths and enqueue inputs resolve under /data (a volume in docker-compose.yml).
RUN mkdir -p /data && chown node:node /data
WORKDIR /data
USER node
ENTRYPOINT ["node", "/app/bin/zhnews.js"]
CMD ["worker", "--store", "sqlite:/data/zhnews.db"]
