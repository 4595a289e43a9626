import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from './src-main/shell/security';

// The renderer is built once and served from the app:// scheme in Electron and from the localhost host.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [
    react(),
    {
      name: 'kakehashi-csp',
      transformIndexHtml: (html) => html.replace('%CSP%', CONTENT_SECURITY_POLICY_META),
    },
  ],
  resolve: { alias: { '@shared': path.resolve(import.meta.dirname, 'src-shared') } },
  build: {
    outDir: path.resolve(import.meta.dirname, 'build/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    assetsInlineLimit: 0,
  },
});
