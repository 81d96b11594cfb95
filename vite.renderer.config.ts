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
  },
});
