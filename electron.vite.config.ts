import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// DOSSIER_OUT lets several builds live side by side (out/ by default).
const OUT = process.env.DOSSIER_OUT ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      rollupOptions: {
        // The Electron shell, plus the Node entry points of the same build: browser mode, CLI, bench.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
          cli: resolve(__dirname, 'src/main/cli.ts'),
          bench: resolve(__dirname, 'src/main/bench.ts'),
          'extract-worker': resolve(__dirname, 'src/main/extract-worker.ts'),
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
    plugins: [react()],
    build: {
      outDir: `${OUT}/renderer`,
      rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') },
    },
  },
});
