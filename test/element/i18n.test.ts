/**
 * The element in every shipped locale: each screen of its own chrome (start screen, composer,
 * header, history, an answer with its actions, a widget with a date picker open, an error with
 * Retry) is rendered and every text node and aria-label, title, placeholder and alt of ours is
 * collected; none may be the English one. Right to left and the host's strings:
 * i18n-direction.test.ts.
 */
import { expect } from '@open-wc/testing';

import { waitUntil } from '../helpers/wait.js';
import { enParts } from '../../src/i18n/en-parts.js';
import { en as core } from '../../src/i18n/en.js';
import { SHIPPED_LOCALES } from '../../src/i18n/index.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { SERVER, answer } from '../helpers/locale-answer.js';

const en = { ...core, ...enParts };

/** The chat's own words on screen: text and named attributes, across shadow roots. */
function chrome(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      // The calendar's grid and heading are Intl's month and day names, not our strings.
      if (node.matches('table, svg, style, .date-heading')) return;
      for (const name of ['aria-label', 'title', 'placeholder', 'data-placeholder', 'alt']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    } else if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /\p{L}/u.test(s) && !s.includes(SERVER));
}

/** The direct upload endpoint of these tests: every upload to it fails, as its file's name says. */
const UPLOAD_URL = new URL('/i18n-upload', location.href).href;

/** The files of `failUploads`: each fails in its own way (a name is the user's, so marked). */
const FAILING = ['unreachable', 'big', 'type', 'broken', 'odd'].map(
  (how) => new File(['hello'], `${SERVER}${how}.txt`, { type: 'text/plain' }),
);

/** The upload endpoint's answer to a file of `FAILING`. */
function failedUpload(form: FormData): Response {
  const name = (form.get('file') as File).name;
  if (name.includes('unreachable')) throw new TypeError('Failed to fetch');
  if (name.includes('big')) return new Response('Payload Too Large', { status: 413 });
  if (name.includes('type')) return new Response('Unsupported Media Type', { status: 415 });
  if (name.includes('broken')) return new Response('Internal Server Error', { status: 500 });
  return Response.json({ not: 'an attachment' });
}

/** Attaches a file too large to send and the files of `FAILING`; resolves once all have failed. */
async function failUploads(chat: ChatHarness, locale: string): Promise<void> {
  const tooLarge = new File(['x'.repeat(2000)], `${SERVER}large.txt`, { type: 'text/plain' });
  await chat.el.setComposerValue({ files: [tooLarge, ...FAILING] });
  await waitUntil(
    () => chat.composer.uploads().filter((u) => u.classList.contains('error')).length === 5,
    `${locale}: five failed uploads`,
    { timeout: 5000 },
  );
  await chat.composer.updateComplete();
  expect(chat.composer.shadow.querySelector('.rejections'), `${locale}: too large`).to.not.equal(
    null,
  );
}

/**
 * The microphone refused (denied, missing, in use), a browser that cannot record, and a recording
 * the server could not transcribe: each reason is collected while it shows.
 */
async function refuseDictation(chat: ChatHarness, locale: string, collect: () => void) {
  const dictate = () => chat.composer.shadow.querySelector<HTMLButtonElement>('.dictate')!;
  const notice = () => chat.composer.shadow.querySelector('.rejections')?.textContent ?? '';
  await waitUntil(() => chat.composer.shadow.querySelector('.dictate'), `${locale}: dictation`);
  const media = navigator.mediaDevices;
  // `isTypeSupported` is the recorder's own (static); getUserMedia is the prototype's.
  const isTypeSupported = Object.getOwnPropertyDescriptor(MediaRecorder, 'isTypeSupported')!;
  const reasons = ['NotAllowedError', 'NotFoundError', 'NotReadableError', 'NotSupportedError'];
  for (const reason of reasons) {
    const before = notice();
    if (reason === 'NotSupportedError')
      // No format the recorder supports: the browser cannot record.
      Object.defineProperty(MediaRecorder, 'isTypeSupported', {
        value: () => false,
        configurable: true,
      });
    else
      Object.defineProperty(media, 'getUserMedia', {
        value: () => Promise.reject(new DOMException('refused (test)', reason)),
        configurable: true,
      });
    try {
      dictate().click();
      await waitUntil(() => notice() && notice() !== before, `${locale}: ${reason} shown`);
    } finally {
      delete (media as { getUserMedia?: unknown }).getUserMedia;
      Object.defineProperty(MediaRecorder, 'isTypeSupported', isTypeSupported);
    }
    collect();
  }
  // A real recording, which the server fails to transcribe.
  const before = notice();
  dictate().click();
  await waitUntil(() => dictate().getAttribute('aria-pressed') === 'true', `${locale}: recording`);
  dictate().click();
  await waitUntil(() => notice() !== before, `${locale}: not transcribed`, { timeout: 5000 });
  collect();
}

/** Everything the chat shows of its own in `locale`, screen by screen. */
async function everyScreen(locale: string): Promise<Set<string>> {
  const chat = await ChatHarness.create({
    options: {
      locale,
      header: {
        leftAction: { icon: 'sidebar-open-left', onClick: () => {} },
        rightAction: { icon: 'settings-cog', onClick: () => {} },
      },
      history: { enabled: true, showDelete: true, showRename: true },
      threadItemActions: { feedback: true, retry: true },
      api: { uploadStrategy: { type: 'direct', uploadUrl: UPLOAD_URL } },
      composer: { attachments: { enabled: true, maxSize: 1000 }, dictation: { enabled: true } },
    },
    transport: (next) => async (input, init) => {
      if (String(input) === UPLOAD_URL) return failedUpload(init!.body as FormData);
      const type = (JSON.parse(String(init?.body ?? '{}')) as { type?: string }).type;
      if (type === 'threads.create') return answer(`${SERVER} answer`);
      if (type === 'input.transcribe')
        return new Response('Internal Server Error', { status: 500 });
      if (type === 'threads.add_user_message') throw new TypeError('Failed to fetch');
      return next(input, init);
    },
  });
  const seen = new Set<string>();
  const collect = () => chrome(chat.root).forEach((s) => seen.add(s));
  // A header action is named once the icon code (a chunk, shared with its icon) has arrived:
  // until then it bears the words of its icon id, as its icon is blank (see README, Languages).
  await waitUntil(
    () => chat.root.querySelectorAll('header [data-side] svg[data-known="true"]').length === 2,
    `${locale}: the header actions drawn`,
    { timeout: 5000 },
  );
  collect(); // start screen, composer, header
  await chat.el.showHistory();
  collect();
  await chat.el.hideHistory();
  await chat.send(`${SERVER} hi`);
  await chat.waitForResponseEnd();
  await chat.el.updateComplete;
  const widget = chat.lastWidget();
  await waitUntil(
    () => widget.querySelector('cw-date-picker .date-trigger'),
    `${locale}: the date picker`,
  );
  const trigger = widget.querySelector<HTMLButtonElement>('cw-date-picker .date-trigger');
  expect(trigger, `${locale}: the date picker in ${widget.innerHTML.slice(0, 600)}`).to.not.equal(
    null,
  );
  trigger!.click();
  await waitUntil(() =>
    widget.querySelector('.date-popup:popover-open, .date-popup[open], .date-popup'),
  );
  await chat.el.updateComplete;
  collect(); // the answer's actions, the widget, the open calendar
  trigger!.click();
  await chat.send(`${SERVER} again`);
  await waitUntil(() => chat.error()?.querySelector('.retry'), `${locale}: an error with Retry`);
  collect();
  await refuseDictation(chat, locale, collect);
  await failUploads(chat, locale);
  collect();
  chat.el.remove();
  return seen;
}

/** Words that really are the same in a language as in English (none so far). */
const INVARIANT: Record<string, readonly string[]> = {};

describe('<chat-widgets> in every shipped locale', function () {
  this.timeout(60_000);
  let english: Set<string>;

  before(async () => {
    english = await everyScreen('en');
  });

  it('English: every word of the chrome comes from the English table (none bypasses it)', () => {
    const templates = Object.values(en).map(
      (t) =>
        new RegExp(`^${t.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`, 'u'),
    );
    // The header actions' names are the table's; the dates and numbers are Intl's.
    const stray = [...english].filter((s) => !templates.some((re) => re.test(s)));
    expect(stray).to.deep.equal([]);
    for (const key of ['composer.send', 'header.newChat', 'message.copy', 'error.retry'] as const)
      expect([...english], key).to.include(en[key]);
    expect([...english]).to.include(en['widget.selectDate']);
    expect([...english]).to.include(en['widget.nextMonth']);
    expect([...english]).to.include(en['history.empty']);
    expect([...english]).to.include(en['header.openSidebar']);
    for (const key of [
      'icon.add',
      'icon.search',
      'header.close',
      'icon.download',
      'widget.options',
      'composer.uploadUnreachable',
      'composer.uploadTooLarge',
      'composer.uploadType',
      'composer.uploadUnanswered',
      'composer.dictationDenied',
      'composer.dictationNoMicrophone',
      'composer.dictationMicBusy',
      'composer.dictationUnsupported',
      'composer.transcriptionFailed',
    ] as const)
      expect([...english], key).to.include(en[key]);
    expect([...english]).to.include(en['composer.uploadHttp'].replace('{status}', '500'));
  });

  for (const locale of SHIPPED_LOCALES) {
    it(`${locale}: no English left on any screen`, async () => {
      const shown = await everyScreen(locale);
      const allowed = new Set(INVARIANT[locale] ?? []);
      const left = [...shown].filter((s) => english.has(s) && !allowed.has(s));
      expect(left, `${locale} shows English`).to.deep.equal([]);
      // The same screens were reached: about as many strings as in English.
      expect(shown.size, `${locale}: strings shown`).to.be.greaterThan(english.size * 0.8);
    });
  }

  it('a locale shows English until its chunk arrives, then its own words (never a blank label)', async () => {
    const chat = await ChatHarness.create({ options: { locale: 'en' } });
    const send = chat.composer.sendButton;
    const labels: (string | null)[] = [];
    const watch = new MutationObserver(() => labels.push(send.getAttribute('aria-label')));
    watch.observe(send, { attributes: true, attributeFilter: ['aria-label'] });
    chat.setOptions({ locale: 'fr-CA' });
    // `updateComplete` waits for the locale's chunk.
    await chat.el.updateComplete;
    watch.disconnect();
    expect(send.getAttribute('aria-label')).to.equal('Envoyer');
    expect(labels.every((l) => l === 'Send' || l === 'Envoyer')).to.equal(true, String(labels));
  });
});
