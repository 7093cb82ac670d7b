/**
 * ChatKit's `theme` option beyond colours and radii: density over the whole spacing scale, the
 * gray scale built from a hue (`color.grayscale`), the accent's reach (`color.accent.level`) with
 * a readable text colour on it, and web fonts (`typography.fontSources`) added to the page while
 * a chat uses them.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { accentProperties, grayscaleProperties, textOn } from '../../src/element/theme-extras.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { contrast, paint } from '../helpers/colour.js';

const token = (el: Element, name: string) => getComputedStyle(el).getPropertyValue(name).trim();

describe('theme', () => {
  it('density scales every space token, and normal leaves the stylesheet’s', async () => {
    const chat = await ChatHarness.create({ options: { theme: { density: 'compact' } } });
    const names = ['2xs', 'xs', 's', 'm', 'l', 'xl'].map((n) => `--cw-space-${n}`);
    const compact = names.map((n) => parseFloat(token(chat.el, n)));
    chat.setOptions({ theme: { density: 'spacious' } });
    await chat.el.updateComplete;
    const spacious = names.map((n) => parseFloat(token(chat.el, n)));
    chat.setOptions({ theme: { density: 'normal' } });
    await chat.el.updateComplete;
    const normal = names.map((n) => parseFloat(token(chat.el, n)));
    expect(normal).to.deep.equal([2, 4, 8, 12, 16, 24]);
    names.forEach((n, i) => {
      expect(compact[i], n).to.be.below(normal[i]!);
      expect(spacious[i], n).to.be.above(normal[i]!);
    });
  });

  it('grayscale tints every gray with the hue, keeps text contrast, and follows the scheme', async () => {
    const light = grayscaleProperties({ hue: 220, tint: 6 }, 'light');
    const dark = grayscaleProperties({ hue: 220, tint: 6, shade: -1 }, 'dark');
    expect(Object.keys(light)).to.include.members([
      '--cw-color-surface-secondary',
      '--cw-color-border',
      '--cw-color-text',
    ]);
    for (const props of [light, dark]) {
      const text = paint(props['--cw-color-text']!);
      for (const surface of ['--cw-color-surface', '--cw-color-surface-secondary'])
        expect(contrast(text, paint(props[surface]!)), surface).to.be.above(7);
      // Tinted: blue is the strongest channel of a surface of hue 220.
      const [r, , b] = paint(props['--cw-color-surface-secondary']!);
      expect(b).to.be.above(r);
    }
    expect(grayscaleProperties({ hue: 'blue' }, 'light')).to.deep.equal({});

    const chat = await ChatHarness.create({
      options: { theme: { colorScheme: 'dark', color: { grayscale: { hue: 30, tint: 9 } } } },
    });
    await waitUntil(
      () => token(chat.el, '--cw-color-surface').startsWith('hsl(30'),
      'the computed grays are applied',
    );
    expect(token(chat.el, '--cw-color-surface')).to.equal('hsl(30 13.5% 13%)');
    chat.setOptions({
      theme: { colorScheme: 'light', color: { grayscale: { hue: 30, tint: 9 } } },
    });
    await chat.el.updateComplete;
    expect(token(chat.el, '--cw-color-surface')).to.equal('hsl(30 13.5% 100%)');
    chat.setOptions({ theme: 'light' });
    await chat.el.updateComplete;
    expect(chat.el.style.getPropertyValue('--cw-color-surface')).to.equal('', 'removed again');
  });

  it('accent: a readable text colour on it, and its reach by level', async () => {
    expect(textOn('#ffd60a')).to.equal('#0d0d0d', 'dark text on yellow');
    expect(textOn('rgb(20 40 160)')).to.equal('#ffffff', 'white on deep blue');
    expect(textOn('not a colour')).to.equal(null);
    expect(accentProperties({ primary: '#ffd60a', level: 0 })).to.deep.equal({
      '--cw-color-on-accent': '#0d0d0d',
    });
    expect(accentProperties({ primary: '#1428a0', level: 1 })['--cw-color-link']).to.equal(
      'var(--cw-color-accent)',
    );
    expect(accentProperties({ primary: '#1428a0', level: 2 })['--cw-color-user-bubble']).to.match(
      /color-mix/,
    );
    expect(accentProperties({ primary: 'red;}', level: 3 })).to.deep.equal({});

    const chat = await ChatHarness.create({
      options: { theme: { color: { accent: { primary: '#1428a0', level: 3 } } } },
    });
    await chat.send('hello: accent');
    await chat.waitForResponseEnd();
    const bubble = chat.root.querySelector('.bubble')!;
    await waitUntil(
      () => getComputedStyle(bubble).backgroundColor === 'rgb(20, 40, 160)',
      'the bubble takes the accent',
    );
    const style = getComputedStyle(bubble);
    expect(contrast(paint(style.color), paint(style.backgroundColor))).to.be.above(4.5);
  });

  it('fontSources: added to the page while a chat uses them, once for two chats, then removed', async () => {
    const font = {
      family: 'CW Test Font',
      src: '/test/fixtures/does-not-exist.woff2',
      weight: 400,
      display: 'swap' as const,
    };
    const faces = () => [...document.fonts].filter((f) => f.family.includes('CW Test Font'));
    const warn = console.warn;
    console.warn = () => {}; // The font file does not exist: its failure is reported.
    try {
      const a = await ChatHarness.create({
        options: { theme: { typography: { fontSources: [font] } } },
      });
      const b = await ChatHarness.create({
        options: { theme: { typography: { fontSources: [font] } } },
      });
      await waitUntil(() => faces().length === 1, 'the face is added once');
      expect(faces()[0]!.display).to.equal('swap');
      a.el.remove();
      expect(faces()).to.have.length(1, 'the other chat still uses it');
      b.el.remove();
      expect(faces()).to.have.length(0, 'removed with the last chat');
      // An entry that is not a font, or a script URL, is skipped.
      const c = await ChatHarness.create({
        options: {
          theme: { typography: { fontSources: [{ family: 'X', src: 'javascript:alert(1)' }, 7] } },
        },
      });
      await c.el.updateComplete;
      expect(
        [...document.fonts].some((f) => f.family.includes('X') && f.family.length < 4),
      ).to.equal(false);
    } finally {
      console.warn = warn;
    }
  });
});
