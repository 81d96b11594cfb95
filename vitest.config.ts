import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests (node) and component tests (jsdom, chosen per file with `@vitest-environment jsdom`). */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
