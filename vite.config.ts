import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { defineConfig } from 'vite';
import { coursePlugin } from './scripts/vite-course-plugin';

/** Where the site is hosted, e.g. BASE_PATH=/courses/virt/ for https://uni.example/courses/virt/. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  return ('/' + raw + '/').replace(/\/+/g, '/');
}

export default defineConfig({
  base: basePath(),
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkGfm], rehypePlugins: [rehypeSlug] }) },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    coursePlugin(),
  ],
  build: {
    target: 'es2022',
    cssCodeSplit: false,
  },
  ssr: {
    noExternal: ['framer-motion', 'motion-dom', 'motion-utils'],
  },
});
