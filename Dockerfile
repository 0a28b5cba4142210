# The Sahel Graph server image used by docker-compose.yml (Neo4j runs in its own container).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY src ./src
COPY cypher ./cypher
COPY seeds ./seeds
RUN npm run build && npm prune --omit=dev
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "dist/src/index.js"]
