import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { example } from '../vite.shared.js';

export default defineConfig(example({ plugins: [svelte()] }));
