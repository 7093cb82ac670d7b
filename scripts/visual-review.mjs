// Writes tmp/visual/review.html, a page for a person to look at pictures before committing them:
//
//   node scripts/visual-review.mjs          the baselines changed since the last commit (`npm run
//                                           test:visual -- --update` wrote them), old beside new,
//                                           and the failures of the last compare run with their diffs
//   node scripts/visual-review.mjs --all    every baseline, light beside dark, narrow beside wide
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const baselines = join(root, 'test/visual/baselines');
const failedDir = join(root, 'tmp/visual/failed');
const out = join(root, 'tmp/visual');
mkdirSync(join(out, 'old'), { recursive: true });

const walk = (dir) =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : p.endsWith('.png') ? [p] : [];
      })
    : [];
const esc = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const img = (p, label) =>
  `<figure><img src="${esc(relative(out, p))}" loading="lazy"><figcaption>${esc(label)}</figcaption></figure>`;
const sections = [];

if (process.argv.includes('--all')) {
  const groups = new Map();
  for (const p of walk(baselines).sort()) {
    const key = relative(baselines, p).replace(/--(light|dark)-\d+\.png$/, '');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const [key, files] of groups)
    sections.push(
      `<h2>${esc(key)}</h2><div class="row">${files.map((p) => img(p, relative(baselines, p).split('--').at(-1))).join('')}</div>`,
    );
} else {
  const changed = execFileSync(
    'git',
    ['status', '--porcelain', '--untracked-files=all', '--', 'test/visual/baselines'],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean)
    .map((l) => ({ state: l.slice(0, 2).trim(), path: l.slice(3) }));
  for (const { state, path } of changed) {
    const now = join(root, path);
    const cells = [];
    if (state !== '??' && state !== 'A') {
      const old = join(out, 'old', path);
      mkdirSync(resolve(old, '..'), { recursive: true });
      writeFileSync(old, execFileSync('git', ['show', `HEAD:${path}`], { cwd: root }));
      cells.push(img(old, 'committed'));
    }
    cells.push(existsSync(now) ? img(now, state === '??' ? 'new' : 'now') : '<p>deleted</p>');
    sections.push(`<h2>${esc(path)}</h2><div class="row">${cells.join('')}</div>`);
  }
  for (const p of walk(failedDir).filter((f) => !f.endsWith('-diff.png'))) {
    const rel = relative(failedDir, p);
    const base = join(baselines, rel);
    sections.push(
      `<h2>failed: ${esc(rel)}</h2><div class="row">${[
        existsSync(base) ? img(base, 'baseline') : '<p>no baseline</p>',
        img(p, 'this run'),
        existsSync(p.replace(/\.png$/, '-diff.png'))
          ? img(p.replace(/\.png$/, '-diff.png'), 'diff')
          : '',
      ].join('')}</div>`,
    );
  }
}

writeFileSync(
  join(out, 'review.html'),
  `<!doctype html><meta charset="utf-8"><title>Picture review</title>
<style>body{font:14px system-ui;margin:16px;background:#888}h2{font-size:14px;margin:24px 0 4px}
.row{display:flex;gap:8px;align-items:flex-start;flex-wrap:wrap}figure{margin:0}
figcaption{font-size:12px}img{display:block;max-width:100%;border:1px solid #0003}</style>
<h1>Picture review</h1>${sections.join('\n') || '<p>Nothing changed and nothing failed.</p>'}`,
);
console.log(`${sections.length} pictures to review: ${join(out, 'review.html')}`);
