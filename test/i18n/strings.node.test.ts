/**
 * The strings' resolution and lookup, in Node: which shipped table a locale uses, plurals and
 * numbers through Intl, host overrides first, and every locale table complete, with the same
 * placeholders as English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { enParts } from '../../src/i18n/en-parts.js';
import { en as core } from '../../src/i18n/en.js';
import {
  SHIPPED_LOCALES,
  isRtl,
  loadTable,
  makeStrings,
  tableLocale,
  validOverrides,
} from '../../src/i18n/index.js';
import { LOCALE_LOADERS } from '../../src/i18n/locale-loaders.js';

const en: Record<string, string> = { ...core, ...enParts };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale resolution', () => {
  it('a region falls back to its language, an unshipped language to English', () => {
    assert.equal(tableLocale('pt-BR'), 'pt');
    assert.equal(tableLocale('pt'), 'pt');
    assert.equal(tableLocale('de-CH'), 'de');
    assert.equal(tableLocale('fr-CA'), 'fr');
    assert.equal(tableLocale('ar-EG'), 'ar');
    assert.equal(tableLocale('xx'), 'en');
    assert.equal(tableLocale('nl-NL'), 'en');
    assert.equal(tableLocale('not a locale!'), 'en');
    assert.equal(tableLocale(''), 'en');
    assert.equal(tableLocale('constructor'), 'en');
    assert.equal(tableLocale('__proto__'), 'en');
  });

  it('Chinese: Simplified only; Traditional (zh-TW, zh-HK, zh-Hant) shows English, not the other script', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-TW'])
      assert.equal(tableLocale(tag), 'zh', tag);
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN'])
      assert.equal(tableLocale(tag), 'en', tag);
  });

  it('right-to-left languages: ar, he, fa, ur', () => {
    for (const tag of ['ar', 'ar-SA', 'he', 'he-IL', 'fa', 'ur'])
      assert.equal(isRtl(tag), true, tag);
    for (const tag of ['en', 'de', 'ja', 'zh']) assert.equal(isRtl(tag), false, tag);
  });
});

describe('lookup', () => {
  it('fills in names, numbers in the locale, and picks plural forms with Intl.PluralRules', async () => {
    const english = makeStrings('en');
    assert.equal(english.t('composer.maxFiles', { n: 1 }), 'You can attach up to 1 file.');
    assert.equal(english.t('composer.maxFiles', { n: 1200 }), 'You can attach up to 1,200 files.');
    assert.equal(english.t('tool.used', { name: 'search' }), 'Used search');
    assert.equal(english.t('tool.used'), 'Used {name}');
    const ar = makeStrings('ar', await loadTable('ar'));
    assert.match(ar.t('composer.maxFiles', { n: 1 }), /ملف واحد/);
    assert.match(ar.t('composer.maxFiles', { n: 2 }), /ملفين/);
    assert.match(ar.t('composer.maxFiles', { n: 3 }), /ملفات/);
    assert.match(ar.t('composer.maxFiles', { n: 11 }), /ملفًا/);
    const de = makeStrings('de', await loadTable('de'));
    assert.equal(
      de.t('composer.maxFiles', { n: 1000 }),
      'Sie können höchstens 1.000 Dateien anhängen.',
    );
    const ja = makeStrings('ja', await loadTable('ja'));
    assert.equal(ja.t('composer.maxFiles', { n: 1 }), '添付できるファイルは 1 件までです。');
  });

  it('host overrides first (plain key over the table’s plural forms), then the table, then English', async () => {
    const table = await loadTable('fr');
    const s = makeStrings(
      'fr',
      table,
      validOverrides({
        'composer.maxFiles': '{n} max',
        'composer.send': 'Go',
        'composer.stop': 42,
      }),
    );
    assert.equal(s.t('composer.send'), 'Go');
    assert.equal(s.t('composer.maxFiles', { n: 1 }), '1 max');
    assert.equal(s.t('composer.stop'), 'Arrêter', 'a non-string override is ignored');
    // Until the table arrives: English, never a blank.
    assert.equal(makeStrings('fr').t('composer.stop'), 'Stop');
  });

  it('overrides never reach Object.prototype, and inherited names are not strings', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"composer.send": "pwned"}, "constructor": "x"}',
    ) as unknown;
    const s = makeStrings('en', null, validOverrides(hostile));
    assert.equal(s.t('composer.send'), 'Send');
    assert.equal(({} as Record<string, unknown>)['composer.send'], undefined);
    assert.equal(validOverrides('nope'), null);
    assert.equal(validOverrides(null), null);
  });
});

describe('locale tables', () => {
  it('the lazy loaders are those of the shipped locales, no more, no fewer', () => {
    assert.deepEqual(Object.keys(LOCALE_LOADERS).sort(), [...SHIPPED_LOCALES].sort());
  });

  it('an unshipped or hostile code loads nothing', async () => {
    for (const code of ['nl', 'en', 'constructor', '__proto__', 'toString'])
      assert.equal(await loadTable(code), null, code);
  });

  it('every shipped locale translates every key, with the same placeholders as English', async () => {
    for (const code of Object.keys(LOCALE_LOADERS)) {
      const table = (await loadTable(code)) as unknown as Record<string, string>;
      assert.ok(table, code);
      for (const key of Object.keys(en)) {
        if (/\.(zero|one|two|few|many)$/.test(key)) continue;
        assert.equal(typeof table[key], 'string', `${code}: ${key}`);
        assert.ok(table[key]!.trim(), `${code}: ${key} is empty`);
      }
      for (const [key, text] of Object.entries(table)) {
        const base = key.replace(/\.(zero|one|two|few|many)$/, '');
        assert.ok(base in en, `${code}: ${key} is not a key`);
        // A plural variant may spell the number out ("un fichier", "ملف واحد").
        if (base === key)
          assert.deepEqual(placeholders(text), placeholders(en[key]!), `${code}: ${key}`);
      }
    }
  });
});
