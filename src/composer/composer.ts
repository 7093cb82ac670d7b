import { ENGLISH } from '../i18n/index.js';
import type { Strings } from '../i18n/index.js';
import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';

import { composerStyles } from './composer.styles.js';
import { ComposerState } from './composer-state.js';
import type { ComposerValue } from './composer-state.js';
import {
  ComposerCommands,
  ComposerDictation,
  ComposerMentions,
  ComposerUploads,
} from './composer-features.js';
import type { Transcribe } from './dictation-controller.js';
import { EditorController } from './editor-controller.js';
import { trimContent } from './editor-model.js';
import type { EntitySearch } from './entity-search-controller.js';
import { renderModelPicker, selectedModel } from './model-picker.js';
import { StateController } from './state-controller.js';
import type { CommandsOption, ModelOption, ToolOption } from './types.js';
import type { Uploader } from './uploads.js';
import { icon } from '../icons/chrome-icons.js';
import type { Attachment, UserMessageContent } from '../protocol/wire-types.js';
import { reset } from '../theme/tokens.js';
import { lazyElement, whenLazyPartsRendered } from '../internal/lazy-elements.js';

/** What the composer sends besides the text. */
export interface ComposerChoice {
  toolId: string | null;
  model: string | null;
  /** Uploaded attachments to send with the message. */
  attachments: Attachment[];
  /** The text the message replies to (its quoted text). */
  quote: string | null;
}

/**
 * The message input: a text area that grows with its content, Enter to send, Shift+Enter for a
 * new line, IME composition respected. It clears on send and gets the text back when the send
 * fails, so the user's words are never lost.
 *
 * What the user types and chooses lives in its `state` (a `ComposerState`), which a host can keep
 * across composers; a composer on its own makes its own. The features are its parts: @-mentions
 * (`MentionController`, `<cw-mention-menu>`), tools (`<cw-tool-picker>`), uploads
 * (`UploadsController`) and dictation (`DictationController`).
 *
 * @summary The chat composer.
 * @tagname cw-composer
 * @csspart input - The text area.
 * @csspart send-button - The send or stop button.
 */
export class CwComposer extends LitElement {
  // The styles of the lazy parts (uploads, the mention menu, the tool picker) come with their
  // chunks and are adopted into this shadow root when they arrive.
  static override styles = [reset, composerStyles];

  /** The draft and choices; give the same one to a new composer to carry them over. */
  @property({ attribute: false }) state = new ComposerState();

  /** Text shown while the input is empty. */
  @property() placeholder = '';

  /** The chat's strings (its language). */
  @property({ attribute: false }) strings: Strings = ENGLISH;

  /** Whether sending is impossible now (a locked thread, a running tool). */
  @property({ type: Boolean }) disabled = false;

  /** Why the composer is disabled; shown as its placeholder. */
  @property({ attribute: false }) disabledReason: string | null = null;

  /** A response is streaming: sending waits; Stop shows when `allowCancel`. */
  @property({ type: Boolean }) streaming = false;

  /** The server allows stopping the current stream. */
  @property({ type: Boolean }) allowCancel = false;

  /** Sends the text with the chosen tool and model; resolves to whether it was delivered. */
  @property({ attribute: false }) onSubmit:
    ((content: UserMessageContent[], choice: ComposerChoice) => Promise<boolean>) | null = null;

  /** Tools: pinned ones show as chips, the rest in the "+" menu. */
  @property({ attribute: false }) tools: readonly ToolOption[] = [];

  /** Models for the picker (empty: no picker). */
  @property({ attribute: false }) models: readonly ModelOption[] = [];

  /** Called when the selected tool changes. */
  @property({ attribute: false }) onToolChange: ((toolId: string | null) => void) | null = null;

  /** Stops the stream. */
  @property({ attribute: false }) onStop: (() => void) | null = null;

  /** Uploads attachments (`composer.attachments` with `api.uploadStrategy`); null: no attachments. */
  @property({ attribute: false }) uploader: Uploader | null = null;

  /** Transcribes recorded audio (`composer.dictation`); null: no microphone button. */
  @property({ attribute: false }) transcribe: Transcribe | null = null;

  /** Shows an "@" button that starts a mention (`entities.showComposerMenu`). */
  @property({ type: Boolean }) mentionButton = false;

  /** Searches entities for @-mentions; without it, `@` is plain text. */
  @property({ attribute: false })
  set searchEntities(search: EntitySearch | null) {
    this.mentions.search = search;
  }
  get searchEntities(): EntitySearch | null {
    return this.mentions.search;
  }

  /** The `/` command menu (`commands` of the options); off or null: `/` is plain text. */
  @property({ attribute: false })
  set commands(option: CommandsOption | null) {
    this.commandMenu.commands = option;
  }
  get commands(): CommandsOption | null {
    return this.commandMenu.commands;
  }

  @query('.editor') private input!: HTMLDivElement;

  private readonly mentions: ComposerMentions = new ComposerMentions(this, () => this.editor);
  private readonly commandMenu: ComposerCommands = new ComposerCommands(this, () => this.editor);
  private readonly editor: EditorController = new EditorController(this, () => this.input ?? null, {
    update: (caret) => this.followCaret(caret),
    close: () => this.closeMenus(),
  });
  private readonly uploads = new ComposerUploads(this);
  private readonly dictation = new ComposerDictation(this, {
    text: (text) => {
      this.state.appendText(text);
      void this.updateComplete.then(() => this.input?.focus());
    },
    error: (message) => this.uploads.notify(message),
  });

  constructor() {
    super();
    new StateController(this); // Re-renders on changes of the state while connected.
  }

  /** The draft as plain text (tags as `@title`). */
  get draft(): string {
    return this.state.text;
  }

  /** The draft as message content: text and tag segments. */
  get content(): UserMessageContent[] {
    return [...this.state.content];
  }

  /** Replaces the draft with plain text; resolves once the editor shows it. */
  setDraft(text: string): Promise<void> {
    return this.setContent(text ? [{ type: 'input_text', text }] : []);
  }

  /** Replaces the draft with text and tag segments; resolves once the editor shows it. */
  async setContent(content: readonly UserMessageContent[]): Promise<void> {
    this.state.update({ content: [...content] });
    await this.updateComplete;
  }

  /**
   * Sets the draft, quote, attachments, files, tool and model at once; resolves once all of it
   * shows (the uploads' chunk included).
   */
  async setValue(value: ComposerValue): Promise<void> {
    const { files, selectedToolId, selectedModelId, ...rest } = value;
    this.state.setValue(rest);
    if (files?.length) this.addFiles(files);
    if (selectedToolId !== undefined) this.selectTool(selectedToolId);
    if (selectedModelId !== undefined) this.selectModel(selectedModelId);
    await this.updateComplete;
  }

  /** The selected tool's id. */
  get selectedToolId(): string | null {
    const id = this.state.toolId;
    return id !== null && this.tools.some((t) => t.id === id) ? id : null;
  }

  /** Selects a tool (`null` clears it). Unknown ids clear it too. */
  selectTool(toolId: string | null): void {
    const next = toolId && this.tools.some((t) => t.id === toolId) ? toolId : null;
    if (next === this.selectedToolId) return;
    this.state.update({ toolId: next });
    this.onToolChange?.(next);
  }

  /** The selected model's id (the default one until the user picks). */
  get selectedModelId(): string | null {
    return selectedModel(this.models, this.state.modelId)?.id ?? null;
  }

  /** Selects a model; disabled or unknown ids are ignored. */
  selectModel(modelId: string | null): void {
    if (modelId === null || this.models.some((m) => m.id === modelId && !m.disabled))
      this.state.update({ modelId });
  }

  /** Adds files to the message: checked against the limits, then uploaded. */
  addFiles(files: readonly File[]): void {
    this.uploads.add(files);
  }

  override focus(): void {
    this.input?.focus();
  }

  /** Focuses the input with the caret after its last character (a message put back to edit). */
  focusEnd(): void {
    const input = this.input;
    if (!input) return;
    input.focus();
    const end = input.childNodes.length;
    // `setBaseAndExtent`: WebKit ignores `addRange` of a range inside a shadow root.
    this.editor.selection()?.setBaseAndExtent(input, end, input, end);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // The chunks of the features in use (loading side by side).
    for (const feature of [this.uploads, this.dictation, this.mentions, this.commandMenu])
      await feature.settled;
    done = (await super.getUpdateComplete()) && done;
    await whenLazyPartsRendered(this.renderRoot);
    const parts = this.renderRoot.querySelectorAll<LitElement>('cw-tool-picker, cw-mention-menu');
    await Promise.all([...parts].map((part) => part.updateComplete));
    return done;
  }

  /** Opens, updates or closes the @-mention and `/` menus for the caret. */
  private readonly followCaret = (caret = this.editor.caret()) => {
    this.mentions.update(caret);
    this.commandMenu.update(caret);
  };

  private closeMenus(): void {
    this.mentions.close();
    this.commandMenu.close();
  }

  private handleKeydown(e: KeyboardEvent): void {
    if (this.commandMenu.keydown(e) || this.mentions.keydown(e)) return;
    if (e.key === 'Escape' && this.state.editing) {
      e.preventDefault();
      this.state.endEdit();
      return;
    }
    // keyCode 229: Safari reports the Enter that ends an IME composition this way.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    void this.submit();
  }

  private get canSend(): boolean {
    if (this.disabled || this.streaming || this.uploads.busy) return false;
    return this.state.text.trim() !== '' || this.state.attachments.length > 0;
  }

  /** Sends the draft, as Enter or the send button does (nothing when it cannot be sent). */
  send(): Promise<void> {
    return this.submit();
  }

  private async submit(): Promise<void> {
    if (!this.canSend || !this.onSubmit) return;
    const state = this.state;
    const content = trimContent(state.content);
    const choice: ComposerChoice = {
      toolId: this.selectedToolId,
      model: this.models.length ? this.selectedModelId : null,
      attachments: state.attachments,
      quote: state.quote,
    };
    const tool = this.tools.find((t) => t.id === choice.toolId);
    state.update({ content: [] });
    // The composer may be swapped out meanwhile: what follows goes to the state.
    const delivered = await this.onSubmit(content, choice);
    if (!delivered && state.text === '') state.update({ content });
    if (delivered) this.uploads.clear(); // And the quote.
    // A sent message changed in the composer went out: the draft set aside comes back.
    if (delivered) state.endEdit();
    // A tool stays selected only when it says so.
    if (delivered && tool && !tool.persistent) this.selectTool(null);
  }

  private renderBar() {
    const mention = this.mentionButton && this.mentions.search;
    if (!this.tools.length && !this.models.length && !this.uploader && !this.transcribe && !mention)
      return nothing;
    return html`<div class="bar">
      ${this.uploads.renderAttachButton()} ${mention ? this.mentions.renderButton() : nothing}
      ${
        this.tools.length
          ? lazyElement(
              'cw-tool-picker',
              html`<cw-tool-picker
                .tools=${this.tools}
                .strings=${this.strings}
                .selectedToolId=${this.selectedToolId}
                .onSelect=${(toolId: string | null, fromMenu: boolean) => {
                  this.selectTool(toolId);
                  if (fromMenu) this.input?.focus();
                }}
              ></cw-tool-picker>`,
              html`<span class="lazy-fallback" role="note"
                >${this.strings.t('fallback.tools')}</span
              >`,
            )
          : nothing
      }
      ${this.dictation.render()}
      ${renderModelPicker(this.models, this.selectedModelId, (id) => this.selectModel(id), this.strings)}
    </div>`;
  }

  override render() {
    const stop = this.streaming && this.allowCancel;
    const tool = this.tools.find((t) => t.id === this.selectedToolId);
    const base = tool?.placeholderOverride ?? this.placeholder;
    const placeholder = this.disabled && this.disabledReason ? this.disabledReason : base;
    const aria = this.commandMenu.aria(this.mentions.aria);
    return html`<div
      class="box ${this.uploads.dragging ? 'dragging' : ''}"
      @dragover=${this.uploads.handleDragOver}
      @dragleave=${this.uploads.handleDragLeave}
      @drop=${this.uploads.handleDrop}
    >
      <div class="stack">
        ${this.uploads.render()}
        <div
          class="editor"
          part="input"
          contenteditable=${this.disabled ? 'false' : 'true'}
          role=${aria.role}
          aria-multiline=${aria.role === 'textbox' ? 'true' : nothing}
          aria-label=${this.placeholder || this.strings.t('composer.message')}
          aria-disabled=${this.disabled ? 'true' : 'false'}
          aria-autocomplete=${aria.autocomplete ?? nothing}
          aria-expanded=${aria.expanded ?? nothing}
          aria-controls=${aria.controls ?? nothing}
          aria-activedescendant=${aria.activedescendant ?? nothing}
          data-placeholder=${placeholder}
          @input=${this.editor.handleInput}
          @keydown=${this.handleKeydown}
          @keyup=${(e: KeyboardEvent) => (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && this.followCaret()}
          @click=${() => this.followCaret()}
          @paste=${(e: ClipboardEvent) => this.editor.paste(e, this.uploader ? (files) => this.addFiles(files) : null)}
          @blur=${() => setTimeout(() => (this.renderRoot as ShadowRoot).activeElement !== this.input && this.closeMenus(), 150)}
        ></div>
        ${this.mentions.render()} ${this.commandMenu.render()} ${this.renderBar()}
      </div>
      ${
        stop
          ? html`<button
              class="send"
              part="send-button"
              type="button"
              aria-label=${this.strings.t('composer.stop')}
              title=${this.strings.t('composer.stop')}
              @click=${() => this.onStop?.()}
            >
              ${icon('stop')}
            </button>`
          : html`<button
              class="send"
              part="send-button"
              type="button"
              aria-label=${this.strings.t('composer.send')}
              title=${this.strings.t('composer.send')}
              ?disabled=${!this.canSend}
              @click=${() => void this.submit()}
            >
              ${icon('arrow-up')}
            </button>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-composer': CwComposer;
  }
}
