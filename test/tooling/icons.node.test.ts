/**
 * The icon data against the spec: every icon name ChatKit documents (widget, prompt and tool icons,
 * header icons) maps to a Lucide glyph in the generated chunk, and the committed lists match the
 * spec text (../shared/spec) when it is present. The chunks of every Lucide icon are well formed,
 * and each holds exactly the names the runtime's hash (`lucideBucket`) sends to it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { HEADER_ICONS, LUCIDE_ICONS, WIDGET_ICONS } from '../../src/widgets/icon-data.js';
import { LUCIDE_BUCKETS, lucideBucket } from '../../src/widgets/lucide-data/buckets.js';
import {
  HEADER_ICON_NAMES,
  INVALID_ICON_NAMES,
  WIDGET_ICON_NAMES,
} from '../fixtures/documented-icons.js';

const SPEC = join(import.meta.dirname, '../../../shared/spec');
const words = (text: string) =>
  text
    .replace(/[`.]/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);

test('the committed icon lists are the spec text (when ../shared/spec is present)', (t) => {
  if (!existsSync(SPEC)) {
    t.diagnostic(`${SPEC} is absent: only the committed lists are checked`);
    return;
  }
  const catalogue = readFileSync(join(SPEC, 'widget-catalogue.md'), 'utf8');
  const widget = /### 2\.6 Icons[\s\S]*?The names:\s*\n\n([\s\S]*?)\n\n/.exec(catalogue);
  assert.ok(widget, 'widget-catalogue §2.6 lists the names');
  assert.deepEqual(words(widget[1]!).sort(), [...WIDGET_ICON_NAMES].sort());
  const api = readFileSync(join(SPEC, 'client-api.md'), 'utf8');
  const header = /\*\*HeaderIcon\*\* \((\d+)\):([\s\S]*?)\n\n/.exec(api);
  assert.ok(header, 'client-api lists HeaderIcon');
  assert.equal(Number(header[1]), HEADER_ICON_NAMES.length);
  assert.deepEqual(words(header[2]!).sort(), [...HEADER_ICON_NAMES].sort());
  // ChatKitIcon (prompts, tools): the widget names without dot, with clock.
  assert.match(
    api,
    /ChatKitIcon\*\* \(prompts and tools\): 63 names.*\n.*without `dot` and with `clock`/,
  );
});

test('every documented icon name maps to a Lucide glyph', () => {
  assert.equal(WIDGET_ICON_NAMES.length, 64);
  assert.equal(HEADER_ICON_NAMES.length, 46);
  for (const name of WIDGET_ICON_NAMES) {
    assert.ok((WIDGET_ICONS[name]?.length ?? 0) > 0, `widget icon ${name}`);
  }
  for (const name of HEADER_ICON_NAMES) {
    assert.ok((HEADER_ICONS[name]?.length ?? 0) > 0, `header icon ${name}`);
  }
  assert.deepEqual(Object.keys(WIDGET_ICONS).sort(), [...WIDGET_ICON_NAMES].sort());
  assert.deepEqual(Object.keys(HEADER_ICONS).sort(), [...HEADER_ICON_NAMES].sort());
  for (const name of INVALID_ICON_NAMES) {
    assert.equal(WIDGET_ICONS[name], undefined, name);
    assert.equal(HEADER_ICONS[name], undefined, name);
  }
  assert.equal(Object.getPrototypeOf(WIDGET_ICONS), null);
});

test('the Lucide chunks hold every Lucide icon in the compact form, each name where its hash says', async () => {
  const chunks = await Promise.all(
    LUCIDE_BUCKETS.map(async (load) => (await load()).LUCIDE_GLYPHS),
  );
  assert.ok(chunks.length >= 16, `${chunks.length} chunks`);
  const all = new Map<string, string>();
  const part =
    /^(?:[Mm][-0-9.,a-zA-Z ]*|[cC](?: -?[0-9.]+){3}|r(?: -?[0-9.]+){6}|e(?: -?[0-9.]+){4})$/;
  chunks.forEach((glyphs, chunk) => {
    assert.equal(Object.getPrototypeOf(glyphs), null);
    for (const [name, compact] of Object.entries(glyphs)) {
      assert.match(name, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      // The generator's hash and the runtime's agree: a name is found in the one chunk loaded.
      assert.equal(lucideBucket(name), chunk, name);
      assert.ok(!all.has(name), `${name} in two chunks`);
      all.set(name, compact);
      for (const p of compact.split('|')) assert.match(p, part, name);
    }
  });
  assert.ok(all.size > 1500 + 200, `${all.size} icons and aliases`);
  // Similar sizes: no chunk holds more than twice the average (the generator picks the hash seed).
  const sizes = chunks.map((glyphs) => Object.values(glyphs).join('').length);
  const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  assert.ok(Math.max(...sizes) < 2 * average, `${Math.max(...sizes)} against ${average}`);
  assert.ok(Math.min(...sizes) > average / 2, `${Math.min(...sizes)} against ${average}`);
  // The bundled set agrees with the full one, and an alias carries its icon's glyph.
  for (const name of Object.keys(LUCIDE_ICONS)) assert.ok(all.get(name), name);
  assert.ok(all.get('trash') && all.get('alarm-clock-check'));
  assert.equal(all.get('trash-2'), all.get('trash'));
  assert.equal(all.get('alarm-check'), all.get('alarm-clock-check'));
  // (trash-2 and trash are in different chunks: the alias is drawn from its own.)
  assert.notEqual(lucideBucket('trash-2'), lucideBucket('trash'));
});
