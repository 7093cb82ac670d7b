import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: {
    rollupOptions: {
      input: { element: 'index.html', wrapper: 'wrapper.html', chatkit: 'chatkit.html' },
    },
  },
});
