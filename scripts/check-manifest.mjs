// Fails when custom-elements.json is stale (regenerates it into node_modules/.cache and compares)
// or incomplete (see below).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { registrations } from '../custom-elements-manifest.config.mjs';

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

// Complete: what the source registers, styles and renders is documented, and the paths point at
// files the package ships.
const manifest = JSON.parse(committed);
const problems = [];
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ ...d, module: m.path })),
);
const definitions = manifest.modules.flatMap((m) =>
  (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
);
for (const { tag, className } of registrations()) {
  if (!elements.some((d) => d.tagName === tag && d.name === className))
    problems.push(`<${tag}> (${className}) is registered but has no declaration with that tagName`);
  if (!definitions.some((e) => e.name === tag && e.declaration.name === className))
    problems.push(`<${tag}> has no custom-element-definition export`);
}

const sources = readdirSync('src', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => [join('src', f), readFileSync(join('src', f), 'utf8')]);

// Names with <placeholders> document a family (`--cw-palette-<hue>-<shade>`).
const documentedProps = elements
  .flatMap((d) => d.cssProperties ?? [])
  .map((p) => new RegExp(`^${p.name.replace(/<[^>]+>/g, '[a-z0-9]+')}$`));
const usedProps = new Set();
for (const [, text] of sources) {
  // Built names (`--cw-palette-${hue}-${shade}`) count as one of the family.
  for (const [name] of text.matchAll(/--cw-(?:[a-z0-9-]|\$\{[^}]*\})+/g))
    usedProps.add(name.replace(/\$\{[^}]*\}/g, 'x').replace(/-+$/, ''));
}
for (const name of usedProps)
  if (!documentedProps.some((re) => re.test(name)))
    problems.push(`${name} is used in src/ but documented as no element's CSS custom property`);

const documentedParts = new Set(elements.flatMap((d) => d.cssParts ?? []).map((p) => p.name));
for (const [file, text] of sources) {
  const parts = [...text.matchAll(/\spart="([^"$]+)"/g)].flatMap((m) => m[1].split(/\s+/));
  const exported = [...text.matchAll(/exportparts="([^"$]+)"/g)].flatMap((m) =>
    m[1].split(',').map((p) => p.split(':').at(-1).trim()),
  );
  for (const part of [...parts, ...exported])
    if (!documentedParts.has(part)) problems.push(`part "${part}" (${file}) is not a @csspart`);
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
for (const d of elements) {
  for (const a of d.attributes ?? [])
    if (a.fieldName && a.fieldName !== camel(a.name))
      problems.push(`<${d.tagName}> attribute ${a.name} sets ${a.fieldName}, not ${camel(a.name)}`);
  for (const e of d.events ?? []) {
    if (!/^(cw-|chatkit\.)/.test(e.name)) problems.push(`<${d.tagName}> event "${e.name}"`);
    if (!e.type?.text) problems.push(`<${d.tagName}> event ${e.name} has no type (@fires {Class})`);
  }
}
for (const m of manifest.modules) {
  const source = m.path.replace(/^dist\/(.*)\.js$/, 'src/$1.ts');
  if (!m.path.startsWith('dist/') || !existsSync(source))
    problems.push(`module path ${m.path} is not the shipped build of a source file`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(
    'custom-elements.json is incomplete: document these in the JSDoc, then npm run analyze.',
  );
  process.exit(1);
}
console.log(
  `custom-elements.json is complete: ${elements.length} elements, ${definitions.length} tag registrations, ` +
    `${usedProps.size} custom properties and every part documented.`,
);
