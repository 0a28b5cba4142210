# The Sahel Graph server image used by docker-compose.yml (Neo4j runs in its own container, so
# NEO4J_URI is always set and the image has no local Neo4j: no neo4j/pom.xml, no Java).
# tests/integration/docker-image.test.ts builds from exactly the files copied here, runs these
# RUN steps and starts the CMD: keep to FROM, WORKDIR, COPY, RUN, ENV, USER, EXPOSE and CMD.

# Build: the TypeScript compiler and Vite (the browser pages) are dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY web ./web
RUN npm run build

# Run: production dependencies, the compiled server and pages, and the Cypher and seeds it reads.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY seeds ./seeds
# Listen on all of the container's interfaces: its loopback is unreachable from the host.
ENV HOST=0.0.0.0 PORT=4000
USER node
EXPOSE 4000
CMD ["node", "dist/src/index.js"]
