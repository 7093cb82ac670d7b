// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';

import type { StructuredInput, StructuredInputItem } from '../protocol/wire-types.js';
import { reset } from '../theme/tokens.js';
import { reportUnsafeKey, safeSet } from '../util/safe-object.js';

/** What is sent back: `threads.add_structured_input`'s `input`. */
export interface StructuredInputSubmission {
  status: 'answered' | 'skipped';
  answers: Record<string, { values: string[]; skipped?: boolean }>;
}

/**
 * The questions of a pending structured input item, answered in place of the composer: choices
 * (one or several) with a free answer of one's own, free-form questions, Submit and Skip.
 *
 * @summary Answers a server's structured questions.
 * @tagname cw-structured-input
 */
export class CwStructuredInput extends LitElement {
  static override styles = [
    reset,
    css`
      :host {
        display: block;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: var(--cw-space-m);
        border: 1px solid var(--cw-color-border);
        border-radius: var(--cw-radius-l);
        padding: var(--cw-space-l);
        background: var(--cw-color-surface);
        box-shadow: var(--cw-shadow-s);
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: var(--cw-space-xs);
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: var(--cw-space-xs);
      }
      .description {
        color: var(--cw-color-text-secondary);
        font-size: 0.875em;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: var(--cw-space-s);
      }
      .choice {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        border: 1px solid var(--cw-color-border);
        border-radius: var(--cw-radius-full);
        padding: 5px 12px;
        cursor: pointer;
      }
      .choice:has(input:checked) {
        border-color: var(--cw-color-info);
        background: var(--cw-color-info-surface);
        color: var(--cw-color-info);
      }
      .choice input {
        accent-color: var(--cw-color-accent);
        margin: 0;
      }
      input[type='text'],
      textarea {
        font: inherit;
        color: inherit;
        background: var(--cw-color-surface);
        border: 1px solid var(--cw-color-border-strong);
        border-radius: var(--cw-radius-m);
        padding: 7px 10px;
        width: 100%;
      }
      textarea {
        resize: vertical;
        min-height: 3em;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: var(--cw-space-s);
      }
      button {
        font: inherit;
        border-radius: var(--cw-radius-full);
        padding: 7px 16px;
        cursor: pointer;
        border: 1px solid var(--cw-color-border-strong);
        background: transparent;
      }
      button[type='submit'] {
        background: var(--cw-color-accent);
        color: var(--cw-color-on-accent);
        border-color: transparent;
      }
      button:disabled {
        opacity: 0.5;
        cursor: default;
      }
    `,
  ];

  /** The pending structured input item. */
  @property({ attribute: false }) item: StructuredInputItem | null = null;

  /** The chat's strings (its language). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  /** Sends the answers (or the skip). */
  @property({ attribute: false }) onSubmit:
    ((input: StructuredInputSubmission) => Promise<void>) | null = null;

  /** Whether answering is impossible now (a response is streaming). */
  @property({ type: Boolean }) disabled = false;

  @state() private sending = false;

  /** Reads the answers from the form: chosen options, then the free answer of one's own. */
  private collect(form: HTMLFormElement): StructuredInputSubmission['answers'] {
    const data = new FormData(form);
    const answers: StructuredInputSubmission['answers'] = {};
    for (const input of this.item?.inputs ?? []) {
      const values = data
        .getAll(`choice:${input.id}`)
        .filter((v): v is string => typeof v === 'string');
      const field = data.get(`own:${input.id}`);
      const own = typeof field === 'string' ? field.trim() : '';
      if (own) values.push(own);
      const chosen =
        input.type === 'multiple_choice' && !input.multiple ? values.slice(0, 1) : values;
      if (!chosen.length) continue;
      if (!safeSet(answers, input.id, { values: chosen }))
        reportUnsafeKey('a structured input id', input.id);
    }
    return answers;
  }

  private async send(status: 'answered' | 'skipped', form: HTMLFormElement): Promise<void> {
    if (!this.onSubmit || this.sending) return;
    this.sending = true;
    try {
      await this.onSubmit({ status, answers: status === 'answered' ? this.collect(form) : {} });
    } finally {
      this.sending = false;
    }
  }

  private renderQuestion(input: StructuredInput) {
    if (input.type === 'multiple_choice') {
      const type = input.multiple ? 'checkbox' : 'radio';
      return html`<fieldset>
        <legend>${input.question}</legend>
        <div class="choices">
          ${input.options.map(
            (o) =>
              html`<label class="choice"
                ><input
                  type=${type}
                  name=${`choice:${input.id}`}
                  value=${o.value}
                />${o.value}</label
              >`,
          )}
        </div>
        <input
          type="text"
          name=${`own:${input.id}`}
          aria-label=${this.strings.t('question.other', { question: input.question })}
          placeholder=${this.strings.t('question.ownAnswer')}
        />
      </fieldset>`;
    }
    return html`<fieldset>
      <legend>${input.question}</legend>
      ${input.description ? html`<div class="description">${input.description}</div>` : nothing}
      <textarea name=${`own:${input.id}`} aria-label=${input.question} rows="2"></textarea>
    </fieldset>`;
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const busy = this.disabled || this.sending;
    return html`<form
      aria-label=${this.strings.t('question.group')}
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.send('answered', e.target as HTMLFormElement);
      }}
    >
      ${item.inputs.map((input) => this.renderQuestion(input))}
      <div class="actions">
        <button
          type="button"
          ?disabled=${busy}
          @click=${(e: Event) => void this.send('skipped', (e.target as HTMLElement).closest('form')!)}
        >
          ${this.strings.t('question.skip')}
        </button>
        <button type="submit" ?disabled=${busy}>${this.strings.t('question.submit')}</button>
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-structured-input': CwStructuredInput;
  }
}
