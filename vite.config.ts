import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app may load nothing from another origin. The policy is added to the built page only: the
 * development server needs an inline script for hot reloading.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * After one visit the app works offline: a service worker precaches the built app. A new version is only
 * offered (registerType 'prompt'), never swapped in under someone mid-edit.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    name: 'Cost of Inaction',
    short_name: 'Cost of Inaction',
    description:
      'What doing nothing about domestic abuse costs each local partner, against funded services.',
    lang: 'en-GB',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d3557',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

/** Where the single-file build goes before the main build ships it as `offline.html`. */
const SINGLE_FILE_DIR = 'node_modules/.cache/offline-copy';

/**
 * The single-file copy runs from disk (file://) with no network: everything inline, and a policy that
 * lets it load nothing from anywhere.
 */
const SINGLE_FILE_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob:";

function singleFilePolicy(): Plugin {
  const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8'))}`;
  return {
    name: 'single-file-policy',
    // A file opened from disk cannot fetch /favicon.svg: the icon goes inline too.
    transformIndexHtml: (html) => ({
      html: html
        .replace('href="/favicon.svg"', `href="${icon}"`)
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, ''),
      tags: [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: SINGLE_FILE_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    }),
  };
}

/** The single-file copy has no service worker: its registration becomes a no-op. */
function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load: (loaded) =>
      loaded === `\0${id}`
        ? 'export function registerSW() { return () => Promise.resolve(); }'
        : null,
  };
}

/** Ships the single-file build inside the main build, for "Download offline copy". */
function shipOfflineCopy(): Plugin {
  return {
    name: 'ship-offline-copy',
    apply: 'build',
    generateBundle() {
      const built = `${SINGLE_FILE_DIR}/index.html`;
      if (!existsSync(built)) throw new Error('Build the single-file copy first: npm run build.');
      this.emitFile({
        type: 'asset',
        fileName: 'offline.html',
        source: readFileSync(built, 'utf8'),
      });
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'single-file'
    ? {
        plugins: [react(), viteSingleFile(), singleFilePolicy(), noServiceWorker()],
        publicDir: false,
        build: { target: 'es2022', outDir: SINGLE_FILE_DIR, emptyOutDir: true },
        define: { 'import.meta.env.SINGLE_FILE': 'true' },
      }
    : {
        plugins: [react(), contentSecurityPolicy(), offline, shipOfflineCopy()],
        build: { target: 'es2022', sourcemap: false },
        server: { host: '127.0.0.1' },
        preview: { host: '127.0.0.1' },
      },
);
