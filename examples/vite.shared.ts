// The examples' common Vite settings: `majlis`, `majlis/memory` and `majlis/react` from this repository's sources
// (an application uses the npm package instead and needs none of this), relative asset URLs so a page works from
// any folder, and the build in the example's own dist/.
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

export function example(config: UserConfig): UserConfig {
  return {
    ...config,
    base: './',
    logLevel: 'warn',
    resolve: {
      alias: [
        { find: /^majlis$/, replacement: source('index.ts') },
        { find: /^majlis\/memory$/, replacement: source('adapters/memory.ts') },
        { find: /^majlis\/react$/, replacement: source('react.ts') },
      ],
    },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  };
}
