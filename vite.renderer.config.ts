import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer on its own, for the browser host (`werkbank serve`) and the e2e tests.
 * `base: './'` keeps every asset URL relative, so the same build loads from any folder or protocol.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    // The output folder lies outside `root`; Vite only empties it when told to.
    emptyOutDir: true,
    // One script of about 1.1 MB, loaded from the user's own disk (or 127.0.0.1), never over a network:
    // Rollup's advice for web pages would only print a warning into every `npm ci`.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // zod's sources carry comments placed where Rollup cannot read them as annotations; it drops them
      // and the output is unchanged. That is zod's business, not the user's terminal's.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
