/**
 * The page object of `<cw-composer>` inside a `<chat-widgets>` (`ChatHarness.composer`): its
 * editor, draft, buttons, chips, uploads and mention menu, and typing like a user.
 */
import { sendKeys } from '@web/test-runner-commands';

import type { CwComposer } from '../../src/composer/composer.js';
import type { ChatHarness } from './chat-harness.js';

/** The composer's page object. */
export class ComposerHarness {
  constructor(private readonly chat: ChatHarness) {}

  /** The `cw-composer` element (absent while structured input replaces it). */
  get element(): CwComposer {
    return this.chat.root.querySelector('cw-composer')!;
  }

  get shadow(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The editor (a contenteditable element). */
  get editor(): HTMLElement {
    return this.shadow.querySelector<HTMLElement>('.editor')!;
  }

  /** The draft as plain text. */
  get draft(): string {
    return this.element.draft;
  }

  get placeholder(): string {
    return this.editor.dataset['placeholder'] ?? '';
  }

  get disabled(): boolean {
    return this.editor.getAttribute('aria-disabled') === 'true';
  }

  get sendButton(): HTMLButtonElement {
    return this.shadow.querySelector('[part=send-button]')!;
  }

  /** The options of the open mention menu, as text. */
  get mentionOptions(): string[] {
    return [...this.shadow.querySelectorAll('[role=option]')].map((o) => o.textContent!.trim());
  }

  /** Focuses the editor and types like a user (no Enter). */
  async type(text: string): Promise<void> {
    this.editor.focus();
    await sendKeys({ type: text });
  }

  /** Presses a key in the focused composer. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
  }

  /** The tool chips (pinned tools). */
  chips(): HTMLButtonElement[] {
    return [...this.shadow.querySelectorAll<HTMLButtonElement>('.chip[aria-pressed]')];
  }

  /** Upload rows of the attachment bar. */
  uploads(): Element[] {
    return [...this.shadow.querySelectorAll('.upload')];
  }

  updateComplete(): Promise<unknown> {
    return this.element.updateComplete;
  }
}
