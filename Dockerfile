# baocao's command line in a container, for runs on a cluster (see the README: a Kubernetes
# Indexed Job, GNU parallel). Build: docker build -t baocao:0.1.0 .
# Run:   docker run --rm -v /archive:/archive:ro -v /out:/out baocao:0.1.0 extract /archive --out /out

# Build: compile the TypeScript (the compiler is a dev dependency, left in this stage).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
# --ignore-scripts: `prepare` would build before the sources are here; the build is the next step.
RUN npm ci --ignore-scripts && node node_modules/typescript/bin/tsc -p tsconfig.build.json
# What the package leaves out, the image does too: the bench and corpus tools, and source maps
# that would point at sources the image does not hold.
RUN rm -rf dist/tools && find dist -name '*.map' -delete

# Run: the run-time dependencies only (DuckDB's prebuilt binary comes from the npm registry),
# the compiled code, the schemas; as the unprivileged user of the Node image.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schemas ./schemas
# The output volume must be writable by this user (uid 1000: `fsGroup: 1000` on Kubernetes).
USER node
ENTRYPOINT ["node", "/app/dist/cli/main.js"]
CMD ["--help"]
