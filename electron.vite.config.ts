import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for every host: out/main holds the Electron shell, the CLI, the Chromium host
// and the bench (all over the same core), out/preload the sandboxed preload (CommonJS,
// dependencies bundled, as a sandboxed preload must be), out/renderer the UI.
export default defineConfig({
  main: {
    // src/shared by one name wherever it is imported (main, preload and renderer alike).
    resolve: { alias: { '@shared': resolve('src/shared') } },
    build: {
      outDir: 'out/main',
      // The Chromium host drives a browser through playwright-core, loaded from node_modules.
      externalizeDeps: { include: ['playwright-core'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/electron/index.ts'),
          cli: resolve('src/main/cli/index.ts'),
          'chromium-host': resolve('src/main/chromium-host/index.ts'),
          bench: resolve('src/main/bench/index.ts'),
          // Reads and checks a voter list on a second core during an import.
          'list-check-worker': resolve('src/main/core/features/voters/list-check-worker.ts'),
          // Checks and parses an .xlsx voter list in a thread with a capped heap.
          'xlsx-worker': resolve('src/main/core/features/voters/list-file/xlsx-worker.ts'),
          // Reads, checks and decrypts sync files ahead of the writer in a supervisor's import.
          'sync-read-worker': resolve('src/main/core/features/supervisor/read-worker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: { '@shared': resolve('src/shared') } },
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    base: './',
    resolve: { alias: { '@shared': resolve('src/shared') } },
    build: {
      outDir: 'out/renderer',
      minify: true,
      // One bundle for a desktop app read from disk; splitting would only add requests.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
