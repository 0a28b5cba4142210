// Builds the browser pages (the explorer at /, GraphiQL at /graphql) from npm packages into dist/public, served by the server.
// No CDN: everything the pages load comes from the server, so they work offline.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/static/',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '..', 'dist', 'public'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: {
        explorer: resolve(here, 'explorer', 'index.html'),
        graphiql: resolve(here, 'graphiql', 'index.html'),
      },
      // React libraries mark modules "use client"; that means nothing in a static bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
