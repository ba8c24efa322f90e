import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The dev server proxies the API to the NestJS server (npm run dev starts both).
const api = process.env.VITE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/graphql': api, '/health': api } },
  build: { outDir: 'dist', sourcemap: true },
  test: { include: ['src/**/*.test.{ts,tsx}'], environment: 'jsdom', globals: false, setupFiles: ['./src/test-setup.ts'] },
});
