/**
 * The colour tokens keep their roles readable in both themes: text reads on every surface, and
 * dividers and borders stay visible on the surfaces they separate (a divider as faint as the
 * light theme's, not one that vanishes).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DARK_TOKENS, LIGHT_TOKENS } from '../../src/theme/tokens.js';

function read(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/(--cw-color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const [theme, block] of [
  ['light', LIGHT_TOKENS],
  ['dark', DARK_TOKENS],
] as const) {
  describe(`${theme} tokens`, () => {
    const t = read(block);
    const get = (name: string) => {
      const value = t.get(name);
      assert.ok(value, `${name} is set in ${theme}`);
      return value;
    };
    const surfaces = ['--cw-color-surface', '--cw-color-surface-elevated'];

    it('text and secondary text read on every surface (WCAG AA)', () => {
      for (const s of surfaces) {
        assert.ok(contrast(get('--cw-color-text'), get(s)) >= 4.5, `text on ${s}`);
        assert.ok(contrast(get('--cw-color-text-secondary'), get(s)) >= 4.5, `secondary on ${s}`);
      }
    });

    it('dividers and borders stay visible on the surfaces they separate', () => {
      for (const s of surfaces) {
        const subtle = contrast(get('--cw-color-border-subtle'), get(s));
        assert.ok(subtle >= 1.1, `border-subtle on ${s}: ${subtle.toFixed(2)}`);
        const border = contrast(get('--cw-color-border'), get(s));
        assert.ok(border >= 1.2, `border on ${s}: ${border.toFixed(2)}`);
      }
    });
  });
}
