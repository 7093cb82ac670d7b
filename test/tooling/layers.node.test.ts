/**
 * The layer rule is enforced by ESLint as configured: every edge between the folders of src/ is
 * probed, the forbidden ones must fail and the allowed ones must pass; packages, Node modules,
 * test/ and the DOM globals of the pure layers too.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

import { DEMO_BACKEND, DOM_GLOBALS, LAYERS } from '../../scripts/eslint-layers.mjs';

// Probe files do not exist on disk, so type-aware rules are switched off for them.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

type Layer = string;
const layers = Object.keys(LAYERS) as Layer[];

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) => m.ruleId === 'layers/allowed-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const importOf = (source: string) => `import * as probe from '${source}';\nexport { probe };\n`;

describe('layer rule', () => {
  it('every forbidden edge between src/ folders fails and every allowed one passes', async () => {
    const wrong: string[] = [];
    let forbidden = 0;
    for (const from of layers) {
      // One probe file per layer, one import a line: the flagged lines are the forbidden edges.
      const sources = layers.flatMap((to) => [`../${to}/x.js`, `../${to}/deep/y.js`]);
      const code = sources.map((s, i) => `import * as p${i} from '${s}';`).join('\n');
      const [result] = await eslint.lintText(`${code}\nexport {};\n`, {
        filePath: `src/${from}/probe.ts`,
      });
      const flagged = new Set(
        result!.messages
          .filter((m) => m.ruleId === 'layers/allowed-imports')
          .map((m) => sources[m.line - 1]),
      );
      for (const to of layers) {
        const allowed =
          from === to || (LAYERS[from]!.layers as readonly string[]).includes(to as string);
        if (!allowed) forbidden++;
        for (const source of [`../${to}/x.js`, `../${to}/deep/y.js`])
          if (allowed === flagged.has(source))
            wrong.push(`${from} → ${source}: should be ${allowed ? 'allowed' : 'forbidden'}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(forbidden > 40, `the table forbids ${forbidden} edges`);
  });

  it('the pure layers cannot reach the element, widgets or composer (the lower never imports the higher)', async () => {
    for (const from of ['util', 'protocol', 'state', 'i18n'])
      for (const to of ['element', 'widgets', 'composer', 'markdown', 'events'])
        assert.notDeepEqual(
          await problems(importOf(`../${to}/x.js`), `src/${from}/probe.ts`),
          [],
          `${from} → ${to}`,
        );
  });

  it('i18n (the strings) is pure and below everything that renders text: reaches util only', async () => {
    assert.deepEqual(await problems(importOf('../util/x.js'), 'src/i18n/probe.ts'), []);
    for (const to of ['protocol', 'state', 'theme', 'icons', 'internal'])
      assert.notDeepEqual(await problems(importOf(`../${to}/x.js`), 'src/i18n/probe.ts'), [], to);
    assert.notDeepEqual(await problems(importOf('lit'), 'src/i18n/probe.ts'), []);
    for (const from of ['icons', 'markdown', 'widgets', 'composer', 'element'])
      assert.deepEqual(await problems(importOf('../i18n/x.js'), `src/${from}/probe.ts`), [], from);
    assert.notDeepEqual(await problems(importOf('../i18n/x.js'), 'src/state/probe.ts'), []);
  });

  it('packages: only those on a layer’s list; no Node modules anywhere in src/', async () => {
    for (const from of layers) {
      for (const pkg of ['lit', 'lit/decorators.js', '@lit/context', 'marked', 'lucide/x.mjs']) {
        const name = pkg.startsWith('@') ? pkg : pkg.split('/')[0]!;
        const allowed = (LAYERS[from]!.packages as readonly string[]).includes(name);
        const found = await problems(importOf(pkg), `src/${from}/probe.ts`);
        assert.equal(found.length === 0, allowed, `${from} → ${pkg}: ${found}`);
      }
      for (const builtin of ['node:fs', 'fs', 'node:path'])
        assert.notDeepEqual(await problems(importOf(builtin), `src/${from}/probe.ts`), []);
    }
  });

  it('nothing in src/ imports test/, demo/ or scripts/; entry points are not imported back', async () => {
    for (const source of [
      '../../test/helpers/sse.js',
      '../../demo/backend/store.js',
      '../index.js',
    ])
      assert.notDeepEqual(await problems(importOf(source), 'src/element/probe.ts'), [], source);
    assert.notDeepEqual(await problems(importOf('../test/x.js'), 'src/index.ts'), []);
    assert.deepEqual(await problems(importOf('./element/x.js'), 'src/index.ts'), []);
  });

  it('re-exports and dynamic imports are checked like imports', async () => {
    for (const code of [
      "export * from '../element/x.js';\n",
      "export { a } from '../element/x.js';\n",
      "export const p = import('../element/x.js');\n",
      "import type { T } from '../element/x.js';\nexport type U = T;\n",
    ])
      assert.notDeepEqual(await problems(code, 'src/protocol/probe.ts'), [], code);
  });

  it('the demo backend imports only the pure layers', async () => {
    for (const layer of layers) {
      const allowed = (DEMO_BACKEND.layers as readonly string[]).includes(layer as string);
      const found = await problems(importOf(`../../src/${layer}/x.js`), 'demo/backend/probe.ts');
      assert.equal(found.length === 0, allowed, `demo/backend → ${layer}: ${found}`);
    }
  });

  it('the pure layers use no DOM globals; the others may', async () => {
    const code = `export const a = [${DOM_GLOBALS.join(', ')}];\n`;
    for (const layer of layers) {
      const found = await problems(code, `src/${layer}/probe.ts`);
      const pure = LAYERS[layer]!.pure === true;
      assert.equal(found.length, pure ? DOM_GLOBALS.length : 0, `${layer}: ${found}`);
    }
  });

  it('an unknown src/ folder must be added to the table first', async () => {
    const found = await problems(importOf('../util/x.js'), 'src/newlayer/probe.ts');
    assert.match(found.join(), /not a known layer/);
  });
});
