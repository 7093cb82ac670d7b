import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Vue must not resolve <chat-widgets> and the cw-* tags as Vue components.
  plugins: [
    vue({
      template: {
        compilerOptions: {
          isCustomElement: (tag) => tag === 'chat-widgets' || tag.startsWith('cw-'),
        },
      },
    }),
  ],
  base: './',
});
