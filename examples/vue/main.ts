import { createApp } from 'vue';
import 'majlis';
import App from './App.vue';

createApp(App).mount('#app');
