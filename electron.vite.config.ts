import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY } from './src/shared/csp';

// DOSSIER_OUT lets several builds live side by side (out/ by default).
const OUT = process.env.DOSSIER_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      rollupOptions: {
        // The Electron shell, plus the Node entry points of the same build: browser mode, CLI, bench, and the threads.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          bench: resolve(__dirname, 'src/main/bench.ts'),
          'extract-worker': resolve(__dirname, 'src/main/extract-worker.ts'),
          'notebook-service': resolve(__dirname, 'src/main/notebook-service.ts'),
        },
        output: {
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      rollupOptions: {
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    plugins: [
      react(),
      // One CSP: index.html's meta tag is filled from src/shared/csp.ts, as the servers' header is.
      { name: 'dossier-csp', transformIndexHtml: (html: string) => html.replace(CSP_PLACEHOLDER, META_CONTENT_SECURITY_POLICY) },
    ],
    build: {
      outDir: `${OUT}/renderer`,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
