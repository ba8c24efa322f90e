import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The dev server proxies the API to the NestJS server (npm run dev starts both).
const api = process.env.VITE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // `ws`: the live socket (graphql-ws) shares the /graphql path.
  // `/statements`: the CSV download (an authenticated HTTP route, not GraphQL).
  server: { port: 5173, proxy: { '/graphql': { target: api, ws: true }, '/health': api, '/statements': api } },
  // Two pages: the app, and the GraphQL playground the server serves at /graphql (bundled: no CDN).
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        playground: fileURLToPath(new URL('playground.html', import.meta.url)),
      },
    },
  },
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'jsdom', globals: false, setupFiles: ['./src/test-setup.ts'] },
});
