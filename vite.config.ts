import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderLanding } from './scripts/indexHtml.ts';
import { preloadDeepLinks } from './scripts/preloadDeepLinks.ts';

// BASE_PATH lets the static build live under a fixed folder (e.g. /course/scale-lab/); the
// default './' works from any folder, since routes live in the URL hash.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    prerenderLanding(),
    preloadDeepLinks(),
    // A service worker precaches the whole app, so a classroom with poor Wi-Fi works offline
    // after one visit; a new version waits for the reader to accept it (see UpdatePrompt).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'course-example.html'],
      manifest: {
        name: 'Scale Lab',
        short_name: 'Scale Lab',
        description: 'Interactive simulations of system design at scale.',
        theme_color: '#0a5fa8',
        background_color: '#f7f7f5',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
});
