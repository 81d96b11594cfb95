import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Unit tests (node) and component tests (jsdom, chosen per file with `@vitest-environment jsdom`). */
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    environment: 'node',
    // Component tests run the real engine in-process: keep Node's module semantics for them, so that
    // `new URL(…, import.meta.url)` in the engine still points at files (jsdom mode would rewrite it).
    testTransformMode: { ssr: ['**/test/component/**'] },
    testTimeout: 20_000,
    globalSetup: ['test/unit/global-setup.ts'],
  },
});
