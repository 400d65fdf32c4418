import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The console is served by the gateway under `/console/` (development) or as static files anywhere.
 * `@switchboard/source` resolves the client workspace to its TypeScript sources (no client build needed).
 * `npm run dev -w @switchboard/console` proxies `/graphql` (HTTP and WebSocket) to a gateway on port 4000.
 */
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  resolve: { conditions: ['@switchboard/source', ...defaultClientConditions] },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/console/config.json': { target: 'http://localhost:4000' },
    },
  },
});
