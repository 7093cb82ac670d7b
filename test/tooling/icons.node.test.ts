/**
 * The icon data against the spec: every icon name ChatKit documents (widget, prompt and tool icons,
 * header icons) maps to a Lucide glyph in the generated chunk, and the committed lists match the
 * spec text (../shared/spec) when it is present. The full Lucide chunk is well formed.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { HEADER_ICONS, LUCIDE_ICONS, WIDGET_ICONS } from '../../src/widgets/icon-data.js';
import { LUCIDE_ALIASES, LUCIDE_GLYPHS } from '../../src/widgets/lucide-data.js';
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

test('the full Lucide chunk holds every Lucide icon in the compact form', () => {
  const names = Object.keys(LUCIDE_GLYPHS);
  assert.ok(names.length > 1500, `${names.length} icons`);
  assert.equal(Object.getPrototypeOf(LUCIDE_GLYPHS), null);
  const part =
    /^(?:[Mm][-0-9.,a-zA-Z ]*|[cC](?: -?[0-9.]+){3}|r(?: -?[0-9.]+){6}|e(?: -?[0-9.]+){4})$/;
  for (const name of names) {
    assert.match(name, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    for (const p of LUCIDE_GLYPHS[name]!.split('|')) assert.match(p, part, name);
  }
  // The bundled set agrees with the full one, and aliases lead to icons.
  for (const name of Object.keys(LUCIDE_ICONS)) assert.ok(LUCIDE_GLYPHS[name], name);
  for (const [alias, target] of Object.entries(LUCIDE_ALIASES)) {
    assert.ok(LUCIDE_GLYPHS[target], `${alias} → ${target}`);
  }
  assert.ok(LUCIDE_GLYPHS['trash'] && LUCIDE_GLYPHS['alarm-clock-check']);
  assert.equal(LUCIDE_ALIASES['trash-2'], 'trash');
  assert.equal(LUCIDE_ALIASES['alarm-check'], 'alarm-clock-check');
});
