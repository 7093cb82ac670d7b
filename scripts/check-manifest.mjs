// Fails when custom-elements.json is stale: regenerates it into node_modules/.cache and compares.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins `outdir` to the working directory, so it must be relative.
const out = join('node_modules', '.cache', 'cem-check');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const config = join(out, 'config.mjs');
writeFileSync(
  config,
  `import base from '../../../custom-elements-manifest.config.mjs';\nexport default { ...base, outdir: ${JSON.stringify(out)} };\n`,
);
execFileSync('npx', ['cem', 'analyze', '--config', config], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
const committed = readFileSync('custom-elements.json', 'utf8');
if (fresh !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date.');
