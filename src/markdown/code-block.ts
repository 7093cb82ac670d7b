import { ENGLISH } from '../i18n/index.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Tokens } from 'marked';

import { highlightCode } from './highlight.js';
import type { MarkdownOptions } from './render.js';

/**
 * A fenced code block: the language from the fence as a label (text only), a copy button, and
 * the code, highlighted when the option is on and its grammar has loaded (highlight.ts).
 */

/** Longest language label shown; the rest of the fence's info string is ignored. */
const MAX_LABEL = 32;

/** The language named after a fence (its first word), as text. */
export function fenceLanguage(info: string | undefined): string {
  return (info ?? '').trim().split(/\s/)[0]!.slice(0, MAX_LABEL);
}

/** A class name from a language (`language-c++` → `language-c__`): letters, digits, `_`, `-`. */
export function languageClass(language: string): string {
  const name = language.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  return name ? `language-${name}` : '';
}

export function renderCode(token: Tokens.Code, options: MarkdownOptions): TemplateResult {
  const language = fenceLanguage(token.lang);
  const copy = options.copyCode !== false;
  const highlighted =
    language && options.codeHighlighting !== false ? highlightCode(token.text, language) : null;
  const strings = options.strings ?? ENGLISH;
  const head =
    language || copy
      ? html`<div class="code-head">
          <span class="code-lang">${language}</span>${
            copy
              ? html`<button type="button" class="code-copy" @click=${copyCode}>
                    <span class="copy-idle">${strings.t('markdown.copyCode')}</span
                    ><span class="copy-done">${strings.t('markdown.copied')}</span></button
                  ><span class="code-status" role="status"></span>`
              : nothing
          }
        </div>`
      : nothing;
  return html`<div class="code-block">
    ${head}
    <pre
      class="code"
      data-lang=${language || nothing}
    ><code class=${languageClass(language)}>${highlighted ?? token.text}</code></pre>
  </div>`;
}

/** How long the button says "Copied". */
const COPIED_MS = 2000;
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** Copies the code of the block the button is in, then says so for a moment. */
async function copyCode(event: Event): Promise<void> {
  const button = event.currentTarget as HTMLButtonElement;
  const block = button.closest('.code-block');
  const text = block?.querySelector('pre > code')?.textContent ?? '';
  if (!(await writeClipboard(text, button))) return;
  const status = block?.querySelector('.code-status');
  button.toggleAttribute('data-copied', true);
  if (status) status.textContent = button.querySelector('.copy-done')?.textContent ?? '';
  clearTimeout(timers.get(button));
  timers.set(
    button,
    setTimeout(() => {
      button.toggleAttribute('data-copied', false);
      if (status) status.textContent = '';
    }, COPIED_MS),
  );
}

/**
 * Writes text to the clipboard: the Clipboard API, or, where it is missing or refused (an
 * insecure context, an old engine), a selected hidden text area and the copy command.
 */
export async function writeClipboard(text: string, near: Element): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the copy command.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'copy-buffer';
  near.parentElement?.append(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  area.remove();
  if (near instanceof HTMLElement) near.focus();
  return done;
}
