/** The layer rule is enforced: protocol/ and state/ cannot reach Lit, the DOM or upper layers. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// Probe files do not exist on disk, so type-aware rules are switched off for them.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layer rule', () => {
  for (const layer of ['protocol', 'state']) {
    it(`rejects Lit, DOM globals and element imports in src/${layer}/`, async () => {
      const ids = await ruleIds(
        "import { html } from 'lit';\nimport { ChatWidgets } from '../element/chat-widgets.js';\nexport const a = [html, ChatWidgets, document.title];\n",
        `src/${layer}/probe.ts`,
      );
      assert.deepEqual(ids.filter((id) => id.startsWith('no-restricted')).sort(), [
        'no-restricted-globals',
        'no-restricted-imports',
        'no-restricted-imports',
      ]);
    });
  }

  it('allows them in src/element/', async () => {
    const ids = await ruleIds(
      "import { html } from 'lit';\nexport const a = [html, document.title];\n",
      'src/element/probe.ts',
    );
    assert.deepEqual(
      ids.filter((id) => id.startsWith('no-restricted')),
      [],
    );
  });
});
