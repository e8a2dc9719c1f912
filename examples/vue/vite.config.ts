import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { example } from '../vite.shared.js';

// Vue leaves `majlis-*` tags to the browser (custom elements) instead of resolving them as Vue components.
const isCustomElement = (tag: string) => tag.startsWith('majlis-');

export default defineConfig(example({ plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] }));
