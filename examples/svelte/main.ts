import { mount } from 'svelte';
import 'majlis';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
