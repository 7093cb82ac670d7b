/**
 * The chat's own popups right to left, by real positions against the left-to-right mirror: the
 * tools menu, the `/` command menu and the @-mention menu above the composer, and the preview of
 * an interactive tag in a sent message. Each lines up with its start edge: the left edge left to
 * right, the right edge right to left, and stays inside the chat.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from '../helpers/wait.js';
import { previewLeft } from '../../src/element/controllers/tag-preview.js';
import type { Entity } from '../../src/element/options.js';
import { ChatHarness } from '../helpers/chat-harness.js';

const PEOPLE: Entity[] = [
  { id: 'p_ada', title: 'Ada Lovelace', group: 'People', interactive: true },
  { id: 'p_alan', title: 'Alan Turing', group: 'People' },
];

/** A chat in `locale` (ar: right to left) with tools, commands, mentions and tag previews. */
const chatIn = (locale: 'en' | 'ar') =>
  ChatHarness.create({
    style: 'width: 720px; height: 560px',
    options: {
      locale,
      composer: { tools: [{ id: 'image', label: 'Create an image', icon: 'images' }] },
      commands: {
        enabled: true,
        onSearch: () => Promise.resolve([{ id: 'summarize', label: 'Summarize' }]),
        onSelect: () => Promise.resolve(),
      },
      entities: {
        onTagSearch: (q) =>
          Promise.resolve(PEOPLE.filter((p) => p.title.toLowerCase().includes(q.toLowerCase()))),
        onRequestPreview: (e) =>
          Promise.resolve({
            preview: { type: 'Card', children: [{ type: 'Title', value: `About ${e.title}` }] },
          }),
      },
    },
  });

/** Where each popup's start edge is, in px from the chat's start edge (left LTR, right RTL). */
async function startOffsets(locale: 'en' | 'ar') {
  const chat = await chatIn(locale);
  const rtl = locale === 'ar';
  const frame = chat.el.getBoundingClientRect();
  const shadow = chat.composer.shadow;
  const fromStart = (el: Element | null) => {
    const r = el!.getBoundingClientRect();
    // Inside the chat, whatever the direction.
    expect(r.left, locale).to.be.at.least(frame.left - 0.5);
    expect(r.right, locale).to.be.at.most(frame.right + 0.5);
    return rtl ? frame.right - r.right : r.left - frame.left;
  };
  const dir = getComputedStyle(chat.root.querySelector('.base')!).direction;
  // The tools menu, from its + button.
  shadow.querySelector<HTMLButtonElement>('.plus')!.click();
  await waitUntil(() => shadow.querySelector('[role=menu]'), 'tools menu open');
  const plus = fromStart(shadow.querySelector('.plus'));
  const tools = fromStart(shadow.querySelector('[role=menu]'));
  await sendKeys({ press: 'Escape' });
  await chat.composer.updateComplete();
  // The / command menu.
  chat.composer.editor.focus();
  await sendKeys({ type: '/' });
  await waitUntil(() => shadow.querySelector('.commands [role=option]'), 'commands shown', {
    timeout: 5000,
  });
  const commands = fromStart(shadow.querySelector('.commands'));
  const editor = fromStart(chat.composer.editor);
  await sendKeys({ press: 'Escape' });
  await sendKeys({ press: 'Backspace' });
  // The @-mention menu.
  await sendKeys({ type: '@ad' });
  await waitUntil(() => chat.composer.mentionOptions.length === 1, 'mentions shown', {
    timeout: 5000,
  });
  const mentions = fromStart(shadow.querySelector('.mentions'));
  await sendKeys({ press: 'Escape' });
  // A tag in a sent message, in text of the chat's language (so it reads in its direction).
  // Long enough to fill the bubble's width: the tag is near its start, where the preview fits.
  const words = rtl
    ? ['انظر ', ' في هذه الرسالة الطويلة التي تستمر بما يكفي لملء عرض الفقاعة بأكملها وأكثر']
    : ['See ', ' in this long message, which goes on long enough to fill its whole bubble'];
  await chat.el.sendUserMessage({
    content: [
      { type: 'input_text', text: words[0]! },
      { type: 'input_tag', id: 'p_ada', text: 'Ada Lovelace', data: {}, interactive: true },
      { type: 'input_text', text: words[1]! },
    ],
  });
  const tag = chat.root.querySelector<HTMLButtonElement>('.item.user .tag')!;
  tag.focus();
  await waitUntil(() => chat.root.querySelector('.tag-preview cw-widget'), 'preview shown');
  await chat.el.updateComplete;
  const t = tag.getBoundingClientRect();
  const p = chat.root.querySelector('.tag-preview')!.getBoundingClientRect();
  // The preview's start edge on the tag's (it fits there in a 720 px chat), just below it.
  expect(Math.abs(rtl ? p.right - t.right : p.left - t.left), `${locale} preview`).to.be.below(1);
  expect(p.top).to.be.at.least(t.bottom);
  // The tag reads from the start: in the chat's first half.
  const mid = (frame.left + frame.right) / 2;
  expect(rtl ? t.right > mid : t.left < mid, `${locale} tag near the start`).to.equal(true);
  const preview = fromStart(chat.root.querySelector('.tag-preview'));
  return { dir, plus, tools, commands, editor, mentions, preview };
}

describe('popups right to left', () => {
  it('the tools, command and mention menus and the tag preview are the mirror image of left to right', async () => {
    const ltr = await startOffsets('en');
    const rtl = await startOffsets('ar');
    expect(ltr.dir).to.equal('ltr');
    expect(rtl.dir).to.equal('rtl');
    for (const k of ['plus', 'tools', 'commands', 'editor', 'mentions'] as const) {
      expect(Math.abs(rtl[k] - ltr[k]), `${k}: ${rtl[k]} vs ${ltr[k]}`).to.be.below(1);
    }
    // Each menu opens at the start of the composer (under 40 px from the chat's start edge), not
    // at its end: a menu left where it is left to right would be hundreds of pixels off.
    for (const k of ['tools', 'commands', 'mentions'] as const) {
      expect(rtl[k], k).to.be.below(40);
    }
  });

  it('the tag preview keeps 8 px inside the chat when the tag is near an edge', () => {
    const chat = { left: 100, width: 600 };
    // Left to right on its left edge; right to left on its right edge.
    expect(previewLeft({ left: 300, right: 400 }, chat, false)).to.equal(200);
    expect(previewLeft({ left: 500, right: 600 }, chat, true)).to.equal(500 - 320);
    // Near the right edge left to right, near the left edge right to left: shifted inside.
    expect(previewLeft({ left: 650, right: 690 }, chat, false)).to.equal(600 - 8 - 320);
    expect(previewLeft({ left: 110, right: 150 }, chat, true)).to.equal(8);
    // A chat narrower than the preview: 8 px on each side.
    expect(previewLeft({ left: 110, right: 150 }, { left: 100, width: 200 }, true)).to.equal(8);
  });

  it("a host's placeholder in another script reads in its own direction in an RTL chat", async () => {
    const chat = await ChatHarness.create({
      options: { locale: 'ar', composer: { placeholder: 'Ask anything, or try “hello: hi”' } },
    });
    const editor = chat.composer.editor;
    expect(getComputedStyle(editor).direction).to.equal('rtl');
    // Its own paragraph direction (plaintext): the closing quote stays after "hi", not before
    // "Ask" as the bidi algorithm puts it in a right-to-left run.
    expect(getComputedStyle(editor, '::before').unicodeBidi).to.equal('plaintext');
    expect(editor.dataset['placeholder']).to.equal('Ask anything, or try “hello: hi”');
  });
});
