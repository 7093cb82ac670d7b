/** Helpers for browser tests of <chat-widgets>. */
import { sendKeys } from '@web/test-runner-commands';

import { waitUntil } from './wait.js';
import type { ChatWidgets } from '../../src/element/chat-widgets.js';
import type { CwComposer } from '../../src/composer/composer.js';

/**
 * The scripted Python server's endpoint (started by the test runner), on the pinned newest
 * `openai-chatkit` or, with `oldest`, on the oldest supported release (`.venv-oldest`).
 */
export async function serverUrl(release: 'latest' | 'oldest' = 'latest'): Promise<string> {
  return (await pythonServer(release)).url;
}

/** The scripted Python server's endpoint and origin (for its `/health` and debug routes). */
export async function pythonServer(
  release: 'latest' | 'oldest' = 'latest',
): Promise<{ url: string; origin: string }> {
  const path = release === 'oldest' ? '/__cw__/server-oldest.json' : '/__cw__/server.json';
  return (await (await fetch(path)).json()) as { url: string; origin: string };
}

export function root(el: ChatWidgets): ShadowRoot {
  return el.shadowRoot!;
}

export function composer(el: ChatWidgets): CwComposer {
  return root(el).querySelector('cw-composer')!;
}

/** The composer's editor (a contenteditable element). */
export function input(el: ChatWidgets): HTMLElement {
  return composer(el).shadowRoot!.querySelector<HTMLElement>('.editor')!;
}

/** The composer's draft as plain text. */
export function draft(el: ChatWidgets): string {
  return composer(el).draft;
}

/** The placeholder the composer shows. */
export function placeholder(el: ChatWidgets): string {
  return input(el).dataset['placeholder'] ?? '';
}

/** Whether the composer is disabled. */
export function composerDisabled(el: ChatWidgets): boolean {
  return input(el).getAttribute('aria-disabled') === 'true';
}

export function sendButton(el: ChatWidgets): HTMLButtonElement {
  return composer(el).shadowRoot!.querySelector('[part=send-button]')!;
}

/** The visible messages as text: user bubbles and assistant Markdown. */
export function messages(el: ChatWidgets): string[] {
  return [...root(el).querySelectorAll('.item.user .bubble, .item.assistant cw-markdown')].map(
    (m) => {
      const scope = m.shadowRoot ?? m;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      let text = '';
      // Citation markers are not part of the message text.
      while (walker.nextNode())
        if (!walker.currentNode.parentElement?.closest('.cite'))
          text += walker.currentNode.nodeValue;
      return text.replace(/\s+/g, ' ').trim();
    },
  );
}

/** Types into the composer like a user and presses Enter. */
export async function type(el: ChatWidgets, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** Waits until a message with this text shows. */
export async function waitForMessage(el: ChatWidgets, text: string, timeout = 5000): Promise<void> {
  await waitUntil(
    () => messages(el).includes(text),
    `message "${text}" shown; have ${JSON.stringify(messages(el))}`,
    { timeout },
  );
}

/** Records every public event (both names) with its detail. */
export function recordEvents(
  el: EventTarget,
  names: readonly string[],
): { name: string; detail: unknown }[] {
  const seen: { name: string; detail: unknown }[] = [];
  for (const name of names)
    el.addEventListener(name, (e) => seen.push({ name, detail: (e as CustomEvent).detail }));
  return seen;
}
