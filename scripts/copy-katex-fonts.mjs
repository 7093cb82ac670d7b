// Copies KaTeX's woff2 fonts beside the modules that load them (math-katex.ts resolves
// `./katex-fonts/…` from its own URL): dist/markdown/ (the npm build), dist/cdn/chunks/ (the
// module CDN build, whose chunks live there) and dist/cdn/ (the classic script). Run by `npm run
// build` after rollup.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const from = fileURLToPath(new URL('node_modules/katex/dist/fonts/', root));
const targets = ['dist/markdown/', 'dist/cdn/chunks/', 'dist/cdn/'];
const fonts = readdirSync(from).filter((f) => f.endsWith('.woff2'));
for (const target of targets) {
  const dir = fileURLToPath(new URL(`${target}katex-fonts/`, root));
  if (!existsSync(fileURLToPath(new URL(target, root)))) continue;
  mkdirSync(dir, { recursive: true });
  for (const font of fonts) copyFileSync(`${from}${font}`, `${dir}${font}`);
}
console.log(`copied ${fonts.length} KaTeX fonts to ${targets.join(', ')}`);
