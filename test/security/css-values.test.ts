/**
 * The value parsers of src/widgets/values.ts against hostile values: whatever a server sends, the
 * CSS they write holds no `url(`, no `var()` but our own `--cw-*`, no `expression`, `;`, `{`, `}`,
 * quotes, backslashes or comments, and real values still parse as before.
 */
import { expect } from '@open-wc/testing';

import { isSafeCssValue } from '../../src/widgets/css-props.js';
import {
  aspectRatio,
  background,
  border,
  boxStyle,
  color,
  cssColor,
  cssLength,
  flex,
  gradient,
  px,
  radius,
  sides,
  space,
} from '../../src/widgets/values.js';

/** Hostile strings, one per trick. */
export const HOSTILE_CSS: readonly string[] = [
  'red;position:fixed;inset:0;z-index:99999;background:white',
  'red; background: url(//evil.example/x.png)',
  'url(//evil.example/x.png)',
  'url(https://evil.example/x.png)',
  'URL(javascript:alert(1))',
  'u\\rl(//evil.example)',
  'var(--anything)',
  'var(--cw-color-text);x:y',
  'expression(alert(1))',
  'rgb(0,0,0);background:url(//evil)',
  'rgb(url(//evil),0,0)',
  'rgb(var(--x), 0, 0)',
  'rgb(0 0 0 / 0.5) url(x)',
  '#fff;',
  '#ffff00ff }',
  '#ggg',
  '10px}body{background:red',
  '10px/*comment*/',
  '/**/10px',
  '10px !important',
  '10px\\9',
  '"10px"',
  "'red'",
  '</style><script>alert(1)</script>',
  'javascript:alert(1)',
  'linear-gradient(red, url(//evil))',
  'linear-gradient(red, blue);background:url(//evil)',
  'linear-gradient(var(--x), blue)',
  'linear-gradient(90deg, red, blue)) url(//evil',
  'radial-gradient(circle at url(//evil), red, blue)',
  'image-set(url(//evil) 1x)',
  '-webkit-image-set("//evil" 1x)',
  'element(#x)',
  'attr(data-x)',
  'env(safe-area-inset-top)',
  'calc(100% - url(x))',
  '@import "//evil"',
  '\u0000red',
  'red\n;x:y',
  'inherit;',
  'x'.repeat(10000),
  '1e999px',
  '-1e999px',
  'NaNpx',
  'Infinitypx',
  '10 px',
  '10furlongs',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

const FORBIDDEN = /url\(|expression|[;{}"'\\]|\/\*|image-set|element\(|attr\(|env\(|@|!|<|>/i;

/** Every `var()` in a CSS value names our own `--cw-` properties. */
function ownVarsOnly(css: string): boolean {
  return [...css.matchAll(/var\(\s*([^,\s)]*)/g)].every((m) => m[1]!.startsWith('--cw-'));
}

function expectClean(css: string | undefined, what: string): void {
  if (css === undefined) return;
  expect(css, what).to.not.match(FORBIDDEN);
  expect(ownVarsOnly(css), `${what}: var() of ours only`).to.equal(true);
  expect(isSafeCssValue(css), `${what}: passes the directive's check`).to.equal(true);
}

describe('widget CSS value parsers', () => {
  it('refuse every hostile string (falling back to the default)', () => {
    for (const v of HOSTILE_CSS) {
      const label = JSON.stringify(v.slice(0, 60));
      expect(cssLength(v), `cssLength ${label}`).to.equal(undefined);
      expect(cssColor(v), `cssColor ${label}`).to.equal(undefined);
      expect(gradient(v), `gradient ${label}`).to.equal(undefined);
      expect(space(v), `space ${label}`).to.equal(undefined);
      expect(px(v), `px ${label}`).to.equal(undefined);
      expect(radius(v), `radius ${label}`).to.equal(undefined);
      expect(flex(v), `flex ${label}`).to.equal(undefined);
      expect(aspectRatio(v), `aspectRatio ${label}`).to.equal(undefined);
      for (const kind of ['text', 'surface', 'border', 'chart'] as const)
        expect(color(v, kind), `color(${kind}) ${label}`).to.equal(undefined);
      expect(background(v), `background ${label}`).to.equal(undefined);
      expect(color({ light: v, dark: v }), `{light,dark} ${label}`).to.equal(undefined);
      expect(border({ size: 1, color: v, style: v })['border'], `border ${label}`).to.equal(
        '1px solid var(--cw-color-border)',
      );
      expect(sides('padding', { top: v, x: v })).to.deep.equal({
        'padding-top': undefined,
        'padding-right': undefined,
        'padding-bottom': undefined,
        'padding-left': undefined,
      });
    }
  });

  it('refuse non-finite and absurd numbers, and clamp huge ones without exponents', () => {
    for (const n of [NaN, Infinity, -Infinity]) {
      expect(px(n)).to.equal(undefined);
      expect(space(n)).to.equal(undefined);
      expect(flex(n)).to.equal(undefined);
      expect(aspectRatio(n)).to.equal(undefined);
      expect(border(n)).to.deep.equal({});
    }
    expect(px(-5), 'negative size').to.equal(undefined);
    // Absurd sizes are clamped to the largest a chat could use (10,000 px; 250 spacing units,
    // 1,000 px; 64 px borders; per unit for lengths), so no widget makes a thread miles long.
    expect(px(1e308)).to.equal('10000px');
    expect(px('1e308px')).to.equal(undefined, 'no exponent form');
    expect(px('99999999px')).to.equal('10000px');
    expect(px('99999999rem')).to.equal('625rem');
    expect(px('99999999vh')).to.equal('1000vh');
    expect(space(1e308)).to.equal('calc(var(--cw-widget-space-unit, 4px) * 250)');
    expect(space('99999999px')).to.equal('10000px');
    expect(px(1e-30)).to.equal('0px');
    expect(border(1e308)['border']).to.equal('64px solid var(--cw-color-border)');
    expect(border({ size: 1e9 })['border']).to.contain('64px solid');
    expect(space(-2, true), 'negative margins are allowed').to.contain('* -2');
  });

  it('never read inherited members or prototype keys of value objects', () => {
    const proto = JSON.parse('{"__proto__": {"top": "url(//evil)", "size": 3}}') as object;
    expect(sides('padding', proto)['padding-top']).to.equal(undefined);
    expect(border(proto)).to.deep.equal({
      'border-top': undefined,
      'border-right': undefined,
      'border-bottom': undefined,
      'border-left': undefined,
    });
    expect(color({ constructor: 'red' })).to.equal(undefined);
    expect(color({ light: { light: 'red', dark: 'blue' }, dark: 'white' })).to.equal('white');
    expect(({} as Record<string, unknown>)['top']).to.equal(undefined);
  });

  it('keep every value the catalogue and the corpus use', () => {
    expect(color('primary')).to.equal('var(--cw-color-text)');
    expect(color('blue-600')).to.equal('var(--cw-palette-blue-600)');
    expect(color('alpha-70')).to.contain('70%');
    expect(color('white')).to.equal('white');
    expect(color('#06B6D4')).to.equal('#06b6d4');
    expect(color('rgb(1, 2, 3)')).to.equal('rgb(1, 2, 3)');
    expect(color('rgba(1,2,3,0.5)')).to.equal('rgba(1, 2, 3, 0.5)');
    expect(color('rgb(1 2 3 / 50%)')).to.equal('rgb(1 2 3 / 50%)');
    expect(color('hsl(210deg 40% 50%)')).to.equal('hsl(210deg 40% 50%)');
    expect(color({ light: '#0e7490', dark: '#67e8f9' })).to.equal('light-dark(#0e7490, #67e8f9)');
    expect(color({ light: 'purple-700', dark: 'purple-300' })).to.match(/^light-dark\(#/);
    expect(background('surface-secondary')).to.equal('var(--cw-color-surface-secondary)');
    expect(background('linear-gradient(90deg, #fdba74, #f472b6)')).to.equal(
      'linear-gradient(90deg, #fdba74, #f472b6)',
    );
    expect(background('linear-gradient(135deg, #fff6d9 0%, #ceb0fb 100%)')).to.equal(
      'linear-gradient(135deg, #fff6d9 0%, #ceb0fb 100%)',
    );
    expect(background('linear-gradient(to right, rgb(0, 0, 0) 10%, blue-500)')).to.equal(
      'linear-gradient(to right, rgb(0, 0, 0) 10%, #3b82f6)',
    );
    expect(background('radial-gradient(circle at center, white, black)')).to.equal(
      'radial-gradient(circle at center, white, black)',
    );
    expect(px('100%')).to.equal('100%');
    expect(px('fit-content')).to.equal('fit-content');
    expect(px('auto')).to.equal('auto');
    expect(px('40px')).to.equal('40px');
    expect(px(230)).to.equal('230px');
    expect(space(3.5)).to.equal('calc(var(--cw-widget-space-unit, 4px) * 3.5)');
    expect(space(0)).to.equal('0');
    expect(space('12px')).to.equal('12px');
    expect(space('auto', true)).to.equal('auto');
    expect(radius('full')).to.equal('9999px');
    expect(radius('100%')).to.equal('100%');
    expect(radius(12)).to.equal('12px');
    expect(flex('auto')).to.equal('auto');
    expect(flex(1)).to.equal('1');
    expect(flex('0 0 auto')).to.equal('0 0 auto');
    expect(flex('1 1 120px')).to.equal('1 1 120px');
    expect(aspectRatio(16 / 9)).to.equal('1.7778');
    expect(aspectRatio('16/9')).to.equal('16 / 9');
    expect(border({ size: 1, color: 'subtle', style: 'dashed' })['border']).to.equal(
      '1px dashed var(--cw-color-border-subtle)',
    );
  });

  it('write box styles only from parsed values', () => {
    const style = boxStyle({
      gap: 'red;background:url(//evil)',
      padding: { top: '1px;x:y', x: 2 },
      background: 'url(//evil)',
      radius: '4px;}',
      width: 'calc(1px)',
      flex: '1;position:fixed',
      border: { size: 2, color: ';}', style: 'solid;' },
      aspectRatio: '1/0',
    });
    expect(style).to.deep.equal({
      'padding-right': 'calc(var(--cw-widget-space-unit, 4px) * 2)',
      'padding-left': 'calc(var(--cw-widget-space-unit, 4px) * 2)',
      border: '2px solid var(--cw-color-border)',
    });
    for (const [k, v] of Object.entries(style)) expectClean(v, k);
  });
});
