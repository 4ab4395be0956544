import { createHash } from 'node:crypto';
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
  "style-src 'self'",
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
    // The single-file offline copy carries the workbook writer too (about 2.3 MB): it must be cached
    // like every other part, or "Download offline copy" would fail offline.
    maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
  },
});

/** Where the single-file build goes before the main build ships it as `offline.html`. */
const SINGLE_FILE_DIR = 'node_modules/.cache/offline-copy';

/**
 * The single-file copy runs from disk (file://) with no network. Its policy lets it load nothing from
 * anywhere and run exactly its own inline script and style, named by their SHA-256 hashes: an injected
 * script, even one written into the page, has no hash and does not run. The model a downloaded copy
 * carries is a `type="application/json"` element, data the browser never runs, so it needs no hash.
 */
function singleFilePolicy(): Plugin {
  const icon = `data:image/svg+xml,${encodeURIComponent(readFileSync('public/favicon.svg', 'utf8'))}`;
  return {
    name: 'single-file-policy',
    // A file opened from disk cannot fetch /favicon.svg: the icon goes inline too.
    transformIndexHtml: (html) =>
      html
        .replace('href="/favicon.svg"', `href="${icon}"`)
        .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, ''),
  };
}

/** `'sha256-…'` of an element's text, as a Content-Security-Policy source. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every script and style element's text in a page (JSON data elements aside). */
function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/type\s*=\s*["']?application\/json/i.test(attributes))
    .map(([, , text = '']) => hashSource(text));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) =>
    hashSource(text),
  );
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

function singleFilePolicyFor(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  const list = (sources: string[]) => (sources.length > 0 ? sources.join(' ') : "'none'");
  return [
    "default-src 'none'",
    `script-src ${list(scripts)}`,
    `style-src ${list(styles)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Writes the policy once vite-plugin-singlefile has inlined the bundle (so the hashes are of the final
 * text), just after the charset declaration and before any script.
 */
function singleFileHashes(): Plugin {
  return {
    name: 'single-file-hashes',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
          const html = String(output.source);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicyFor(html)}" />`;
          const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
          const at = charset ? charset.index + charset[0].length : html.indexOf('<head>') + 6;
          if (at < 6) throw new Error('The single-file page has no <head> for its policy.');
          output.source = `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
        }
      },
    },
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
        plugins: [
          react(),
          viteSingleFile(),
          singleFilePolicy(),
          noServiceWorker(),
          singleFileHashes(),
        ],
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
