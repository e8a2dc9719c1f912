import { defineConfig } from 'vite';
import { example } from '../vite.shared.js';

// Vite compiles JSX itself (the automatic runtime, from tsconfig.json's `jsx`): no React plugin needed to build.
export default defineConfig(example({}));
