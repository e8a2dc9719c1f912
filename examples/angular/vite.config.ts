import { defineConfig } from 'vite';
import { example } from '../vite.shared.js';

export default defineConfig(example({}));
