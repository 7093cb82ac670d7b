/**
 * A hostile host stylesheet, as a CMS theme writes it: universal rules, rules on body and on the
 * elements themselves, with and without `!important`. The element's text (header, user bubble,
 * answer Markdown, composer, a widget in the thread, a widget standalone on the page) must compute
 * the same typography with the sheet as without it. What the page legitimately owns, the host
 * box (its size, margins, display), it keeps: a layout rule on `chat-widgets` still wins.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { renderWidget } from '../helpers/widgets.js';

const HOSTILE = `
  html { font-size: 31px; }
  * {
    font: italic 700 20px/3 serif !important;
    color: rgb(255, 0, 0) !important;
    letter-spacing: 3px !important;
    word-spacing: 11px !important;
    text-transform: uppercase !important;
    text-align: center !important;
    text-indent: 40px !important;
    text-shadow: 1px 1px red !important;
    white-space: pre !important;
    font-variant: small-caps !important;
    font-stretch: condensed !important;
    hyphens: auto !important;
    word-break: break-all !important;
    cursor: crosshair !important;
    box-sizing: content-box !important;
    tab-size: 2 !important;
  }
  body { font: 30px cursive; line-height: 4; color: blue; }
  chat-widgets, cw-widget {
    font-family: fantasy !important;
    font-size: 40px !important;
    font-weight: 100 !important;
    line-height: 5 !important;
    color: rgb(0, 128, 0) !important;
    letter-spacing: 1em !important;
    text-transform: lowercase !important;
    -webkit-text-fill-color: orange !important;
    height: 480px !important;
  }
`;

const PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-caps',
  'font-stretch',
  'line-height',
  'color',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-shadow',
  'white-space',
  'word-break',
  'hyphens',
  'cursor',
  'box-sizing',
  'tab-size',
  '-webkit-text-fill-color',
] as const;

type Styles = Record<string, Record<string, string>>;

/**
 * Reads each target's text styles. Targets are looked up at each read: the answer's last paragraph
 * is re-rendered when the lexer seals it after the stream, so an element found earlier may be gone.
 */
function read(targets: Record<string, () => Element>): Styles {
  const out: Styles = {};
  for (const [name, find] of Object.entries(targets)) {
    const el = find();
    expect(el.isConnected, `${name} is in the page`).to.equal(true);
    const style = getComputedStyle(el);
    out[name] = Object.fromEntries(PROPERTIES.map((p) => [p, style.getPropertyValue(p)]));
  }
  return out;
}

/** Applies the hostile sheet for the duration of `run`. */
async function withHostileSheet<T>(run: () => Promise<T> | T): Promise<T> {
  const style = document.createElement('style');
  style.textContent = HOSTILE;
  document.head.append(style);
  try {
    return await run();
  } finally {
    style.remove();
  }
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('a hostile host stylesheet', () => {
  it("does not reach the element's text; layout rules on the host still apply", async () => {
    const chat = await ChatHarness.create({ options: { header: { title: { text: 'Support' } } } });
    await chat.send('hello: there');
    await chat.waitForResponseEnd();
    await chat.el.sendUserMessage({ text: 'widget: draft' });
    await chat.waitForWidgetText('Final draft');
    await chat.waitForIdle();
    const standalone = await renderWidget({
      type: 'Card',
      children: [{ type: 'Text', value: 'On the page' }],
    });

    const markdown = () => chat.root.querySelector('.item.assistant cw-markdown')!.shadowRoot!;
    const targets: Record<string, () => Element> = {
      header: () => chat.root.querySelector('header')!,
      'user bubble': () => chat.root.querySelector('.item.user .bubble')!,
      'answer paragraph': () => markdown().querySelector('p') ?? markdown().firstElementChild!,
      composer: () => chat.composer.editor,
      'widget in the thread': () => chat.lastWidget().querySelector('.root *')!,
      'standalone widget': () => standalone.shadowRoot!.querySelector('.root *')!,
    };
    for (const [name, find] of Object.entries(targets)) {
      expect(find(), name).to.be.instanceOf(Element);
    }

    const before = read(targets);
    const hostHeightBefore = chat.el.getBoundingClientRect().height;
    const { after, hostHeight } = await withHostileSheet(async () => {
      await frame();
      return { after: read(targets), hostHeight: chat.el.getBoundingClientRect().height };
    });

    // The sheet took effect on the page (so the comparison means something)…
    await withHostileSheet(() => {
      expect(getComputedStyle(document.body).fontStyle).to.equal('italic');
      expect(getComputedStyle(chat.el).fontFamily).to.equal('fantasy');
    });
    // …the host's box is the page's to size…
    expect(hostHeight).to.equal(480);
    expect(hostHeightBefore).to.not.equal(480);
    // …and the text inside did not change.
    for (const name of Object.keys(targets)) {
      expect(after[name], name).to.deep.equal(before[name]);
    }
    expect(before['user bubble']!['font-family']).to.not.equal('fantasy');
  });

  it('the element still answers with the sheet in place', async () => {
    await withHostileSheet(async () => {
      const chat = await ChatHarness.create();
      await chat.send('hello: there');
      await chat.waitForResponseEnd();
      await waitUntil(() => chat.messages().length === 2, 'two messages');
      const bubble = chat.root.querySelector('.item.user .bubble')!;
      expect(getComputedStyle(bubble).fontStyle).to.equal('normal');
      expect(getComputedStyle(bubble).textTransform).to.equal('none');
    });
  });
});
