/** The first-strong-character direction (src/util/direction.ts), as dir="auto" decides it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { DirectionFinder, firstStrongDirection } from '../../src/util/direction.js';

describe('firstStrongDirection', () => {
  it('reads the first letter past neutrals: digits, punctuation, emoji, Arabic-Indic digits', () => {
    const cases: [string, 'ltr' | 'rtl' | null][] = [
      ['Hello', 'ltr'],
      ['123 (…) Hello שלום', 'ltr'],
      ['123 (…) שלום Hello', 'rtl'],
      ['١٢٣ مرحبا', 'rtl'],
      ['١٢٣ ۴۵۶', null],
      ['😀 🎉 سلام', 'rtl'],
      ['😀 Ok', 'ltr'],
      ['中文', 'ltr'],
      ['Ελληνικά', 'ltr'],
      ['ܫܠܡܐ', 'rtl'],
      ['\u{10900}', 'rtl'],
      ['\u{1E900}', 'rtl'],
      ['\u{20000}', 'ltr'],
      ['... --- 42 %', null],
      ['', null],
    ];
    for (const [text, expected] of cases) assert.equal(firstStrongDirection(text), expected, text);
  });

  it('finds the direction across texts read in order, ltr when none is strong', () => {
    const finder = new DirectionFinder();
    finder.add('12 ');
    finder.add('(');
    assert.equal(finder.found, null);
    assert.equal(finder.direction, 'ltr');
    finder.add('עברית');
    finder.add('English');
    assert.equal(finder.direction, 'rtl');
  });
});
