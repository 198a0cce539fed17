import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';
import { shellTexts } from './shell-texts.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app. `npm run build:web` writes web/dist, which Fastify serves (src/web.ts);
 * `npm run dev` runs this dev server with /api proxied to the API server on port 3000.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [shellTexts(), react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // antd's rc-component packages are pure but do not say so (no "sideEffects": false); without this,
      // importing one context from @rc-component/form drags the whole form engine into the shell.
      treeshake: { moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }] },
      output: {
        // Libraries split by exactly which routes use them, so a route never downloads another's (antd's form code stays off the shell).
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules[\\/]/, entriesAware: true }] },
        // Those chunks are named after every route that shares them; a hash alone is enough.
        chunkFileNames: (chunk) => (chunk.name.startsWith('vendor') ? 'assets/vendor-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    strictPort: true,
    // Keep the browser's Host header: the API compares it with Origin to refuse cross-site writes.
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, changeOrigin: false } },
  },
});
