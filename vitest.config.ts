import path from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const alias = { '@shared': path.resolve(import.meta.dirname, 'src-shared') };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'main', include: ['src-shared/**/*.test.ts', 'src-main/**/*.test.ts', 'tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [react()],
        resolve: { alias },
        test: {
          name: 'renderer',
          include: ['src-renderer/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src-renderer/test/setup.ts'],
          testTimeout: 30_000,
          css: false,
        },
      },
    ],
  },
});
