/**
 * What `npm pack` ships, checked on the built tree (`npm test` builds before the Node tests):
 * the licence, the README and the manifest are in the tarball, every `exports` target and the
 * `main`/`types` files exist in it, every source map carries the sources it names (src/ is not
 * shipped), `prepack` builds, and the npm entries import in Node without a DOM (server-side
 * rendering, tooling). Also: scripts/check-deps.mjs catches what it promises to, on fixtures.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  main: string;
  module: string;
  types: string;
  license: string;
  customElements: string;
  'web-types'?: string;
  engines: { node: string };
  scripts: Record<string, string>;
  exports: Record<string, unknown>;
};

/** The files `npm pack` would put in the tarball (without running prepack: the build is done). */
function packedFiles(): Set<string> {
  assert.ok(
    existsSync(join(root, 'dist/index.js')),
    'dist/ is missing: run `npm run build` before this test',
  );
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [report] = JSON.parse(out) as { files: { path: string }[] }[];
  return new Set(report!.files.map((f) => f.path));
}

/** Every file path an `exports` entry points at, through nested conditions. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const strip = (p: string) => p.replace(/^\.\//, '');

describe('npm package', () => {
  const files = packedFiles();

  it('ships the licence, the README, package.json and the custom elements manifest', () => {
    for (const f of ['LICENSE', 'README.md', 'package.json', strip(pkg.customElements)]) {
      assert.ok(files.has(f), `${f} is not in the tarball`);
    }
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), new RegExp(`${pkg.license} License`));
  });

  it('ships the file behind every exports entry, main, module and types', () => {
    const targets = [
      ...Object.values(pkg.exports).flatMap(exportTargets),
      pkg.main,
      pkg.module,
      pkg.types,
    ];
    assert.ok(targets.length >= 10);
    const missing = targets.map(strip).filter((t) => !files.has(t));
    assert.deepEqual(missing, [], 'exports pointing at files the tarball lacks');
  });

  it('custom-elements.json points at shipped files', () => {
    const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8')) as {
      modules: { path: string }[];
    };
    const missing = manifest.modules.map((m) => m.path).filter((p) => !files.has(p));
    assert.deepEqual(missing, []);
  });

  it('ships no tests, no TypeScript sources and nothing outside dist/ but the listed files', () => {
    const stray = [...files].filter(
      (f) =>
        f.endsWith('.test.js') ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts')) ||
        (!(f.startsWith('dist/') || ['LICENSE', 'README.md', 'package.json'].includes(f)) &&
          f !== strip(pkg.customElements)),
    );
    assert.deepEqual(stray, []);
  });

  it('every source map carries the content of each source it names', () => {
    const maps = [...files].filter((f) => f.endsWith('.map'));
    assert.ok(maps.length > 50, `only ${maps.length} source maps`);
    const bad: string[] = [];
    for (const f of maps) {
      const map = JSON.parse(readFileSync(join(root, f), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      map.sources.forEach((source, i) => {
        if (typeof map.sourcesContent?.[i] !== 'string') bad.push(`${f}: ${source}`);
      });
    }
    assert.deepEqual(bad.slice(0, 10), [], `${bad.length} sources without content`);
  });

  it('prepack builds, so a pack without a prior build is complete', () => {
    assert.match(pkg.scripts.prepack ?? '', /\bnpm run build\b/);
  });

  it('the npm entries import in Node without a DOM (server-side rendering, tooling)', () => {
    // chat-widgets/react too, with React installed (a server render of a React page imports it).
    for (const entry of ['', '/define', '/protocol', '/state', '/react']) {
      const run = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import('${pkg.name}${entry}'); console.log(Object.keys(m).length);`,
        ],
        { cwd: root, encoding: 'utf8' },
      );
      assert.equal(run.status, 0, `import('${pkg.name}${entry}') in Node failed:\n${run.stderr}`);
    }
  });

  it('ships the framework and editor types generated from the manifest, for every element', () => {
    const read = (f: string) => readFileSync(join(root, f), 'utf8');
    for (const f of ['dist/types/jsx.d.ts', 'dist/types/vue.d.ts', 'dist/types/svelte.d.ts']) {
      const text = read(f);
      assert.match(text, /"chat-widgets": /, `${f} types <chat-widgets>`);
      assert.match(text, /"oncw-response-end"\?: \(e: CwResponseEndEvent\) => void/, f);
      assert.doesNotMatch(text, /CustomEvent<Cw/, `${f}: the event class is the argument`);
      const names = /import type \{([^}]*)\}/
        .exec(text)![1]!
        .split(',')
        .map((n) => n.trim());
      assert.equal(new Set(names).size, names.length, `${f} imports each name once`);
    }
    assert.match(read('dist/types/vue.d.ts'), /interface GlobalComponents extends CustomElements/);
    const webTypes = JSON.parse(read('dist/web-types.json')) as {
      contributions: { html: { elements: { name: string }[] } };
    };
    assert.ok(webTypes.contributions.html.elements.some((e) => e.name === 'chat-widgets'));
    // package.json names it relatively (the generator, left to itself, writes an absolute path).
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const vscode = JSON.parse(read('dist/vscode.html-custom-data.json')) as {
      tags: { name: string; attributes: { name: string }[] }[];
    };
    const tag = vscode.tags.find((t) => t.name === 'chat-widgets');
    assert.ok(tag?.attributes.some((a) => a.name === 'api-url'));
  });
});

describe('scripts/check-deps.mjs', () => {
  /** Runs the check on a fixture repository; returns its exit status and output. */
  function checkDeps(pkgJson: object, lock: object, sources: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'cw-deps-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify(pkgJson));
      writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
      for (const [path, text] of Object.entries(sources)) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const run = spawnSync(process.execPath, [join(root, 'scripts/check-deps.mjs'), dir], {
        encoding: 'utf8',
      });
      return { status: run.status, out: run.stdout + run.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const base = {
    name: 'fixture',
    engines: { node: '>=20.19.0' },
    devDependencies: { a: '^1.0.0' },
  };
  const lockOf = (pkgJson: typeof base, a: object = { version: '1.2.0' }) => ({
    packages: {
      '': { devDependencies: pkgJson.devDependencies, engines: pkgJson.engines },
      'node_modules/a': a,
    },
  });

  it('passes a consistent fixture', () => {
    const r = checkDeps(base, lockOf(base), { 'test/x.ts': "import a from 'a';\nexport { a };\n" });
    assert.equal(r.status, 0, r.out);
  });

  it('fails a package whose engines exclude the declared minimum', () => {
    const r = checkDeps(base, lockOf(base, { version: '1.2.0', engines: { node: '>=22' } }));
    assert.equal(r.status, 1);
    assert.match(r.out, /a@1\.2\.0 .*needs Node ">=22".*admits 20\.19\.0/);
  });

  it('fails a stale lock', () => {
    const r = checkDeps({ ...base, devDependencies: { a: '^2.0.0' } }, lockOf(base));
    assert.equal(r.status, 1);
    assert.match(r.out, /package-lock\.json is stale: devDependencies\.a/);
  });

  it('fails an import of a package that is not a direct dependency', () => {
    const r = checkDeps(base, lockOf(base), {
      'test/y.ts': "import { b } from 'b/sub.js';\nimport type { C } from '@scope/c';\n",
    });
    assert.equal(r.status, 1);
    assert.match(r.out, /b is imported by test\/y\.ts/);
    assert.match(r.out, /@scope\/c is imported by test\/y\.ts/);
  });

  it('fails a shipped source that imports a devDependency', () => {
    const r = checkDeps(base, lockOf(base), {
      'src/z.ts': "import a from 'a';\nexport { a };\n",
      'src/z.test.ts': "import a from 'a';\nexport { a };\n",
    });
    assert.equal(r.status, 1);
    assert.match(r.out, /a is imported by src\/z\.ts, which ships, but is not in dependencies/);
    assert.doesNotMatch(r.out, /z\.test\.ts/);
  });

  it('lets a shipped source import a peer dependency, and skips nested projects', () => {
    const r = checkDeps({ ...base, peerDependencies: { p: '>=1' } }, lockOf(base), {
      'src/p.ts': "import p from 'p';\nexport { p };\n",
      'demo/app/package.json': '{}',
      'demo/app/src/main.ts': "import q from 'q';\nexport { q };\n",
    });
    assert.equal(r.status, 0, r.out);
  });
});
