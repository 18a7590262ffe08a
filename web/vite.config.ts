import { defineConfig } from 'vite';

// The dashboard is plain TypeScript and bundles everything it draws with (the world map comes from
// the world-atlas package), so the page works with no network at all. `eventlens serve` runs this
// build on first start (src/serve/web-bundle.ts); `npx vite build web` works too.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: {
    target: 'es2022',
    // One small app: a single chunk keeps loading simple and offline-safe.
    chunkSizeWarningLimit: 1024,
    reportCompressedSize: false,
  },
});
