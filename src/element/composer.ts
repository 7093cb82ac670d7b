import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';

import { EntitySearchController } from '../composer/entity-search-controller.js';
import type { EntitySearch } from '../composer/entity-search-controller.js';
import { createChip, mentionAtCaret, readEditor, TAG_KEY } from '../composer/editor-model.js';
import { icon } from '../icons/chrome-icons.js';
import { startRecording } from '../composer/dictation.js';
import type { Recording } from '../composer/dictation.js';
import { acceptAttribute, rejectReason } from '../composer/uploads.js';
import type { Uploader } from '../composer/uploads.js';
import type { Attachment, UserMessageContent } from '../protocol/wire-types.js';
import { reset } from '../theme/tokens.js';
import { composerStyles } from './composer.styles.js';
import { renderIcon } from '../widgets/icons.js';
import type { Entity, ModelOption, ToolOption } from './options.js';

/** What the composer sends besides the text. */
export interface ComposerChoice {
  toolId: string | null;
  model: string | null;
  /** Uploaded attachments to send with the message. */
  attachments: Attachment[];
}

/** One file in the composer: uploading, uploaded, or failed. */
interface UploadEntry {
  key: number;
  name: string;
  mime: string;
  /** A local preview of an image (an object URL), revoked when the entry goes. */
  preview: string | null;
  progress: number | null;
  status: 'uploading' | 'done' | 'error';
  attachment?: Attachment;
  error?: string;
  controller: AbortController;
}

/**
 * The message input: a text area that grows with its content, Enter to send, Shift+Enter for a
 * new line, IME composition respected. It clears on send and gets the text back when the send
 * fails, so the user's words are never lost.
 *
 * @summary The chat composer.
 * @tagname cw-composer
 * @csspart input - The text area.
 * @csspart send-button - The send or stop button.
 */
export class CwComposer extends LitElement {
  static override styles = [reset, composerStyles];

  /** Text shown while the input is empty. */
  @property() placeholder = '';

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

  @state() private value = '';
  @state() private toolId: string | null = null;
  @state() private modelId: string | null = null;
  @state() private menuOpen = false;

  /** Uploads attachments (`composer.attachments` with `api.uploadStrategy`); null: no attachments. */
  @property({ attribute: false }) uploader: Uploader | null = null;

  /** Transcribes recorded audio (`composer.dictation`); null: no microphone button. */
  @property({ attribute: false }) transcribe:
    ((audio: Blob, mimeType: string) => Promise<string>) | null = null;

  @state() private dictation: 'idle' | 'recording' | 'transcribing' = 'idle';
  private recording: Recording | null = null;

  @state() private uploads: readonly UploadEntry[] = [];
  @state() private rejections: readonly string[] = [];
  @state() private dragging = false;
  private uploadKey = 0;

  @state() private mentionIndex = 0;
  @state() private mentionOpen = false;

  @query('.editor') private input!: HTMLDivElement;

  private readonly entitySearch = new EntitySearchController(this);
  private readonly entities = new Map<string, Entity>();
  private tagCount = 0;
  private mention: ReturnType<typeof mentionAtCaret> = null;

  /** Searches entities for @-mentions; without it, `@` is plain text. */
  @property({ attribute: false })
  set searchEntities(search: EntitySearch | null) {
    this.entitySearch.search = search;
    if (!search) this.closeMention();
  }
  get searchEntities(): EntitySearch | null {
    return this.entitySearch.search;
  }

  /** Shows an "@" button that starts a mention (`entities.showComposerMenu`). */
  @property({ type: Boolean }) mentionButton = false;

  /** The draft as plain text (tags as `@title`). */
  get draft(): string {
    return this.input ? readEditor(this.input, this.entities).text : this.value;
  }

  /** The draft as message content: text and tag segments. */
  get content(): UserMessageContent[] {
    return this.input
      ? readEditor(this.input, this.entities).content
      : this.value
        ? [{ type: 'input_text', text: this.value }]
        : [];
  }

  /** Replaces the draft with plain text. */
  setDraft(text: string): void {
    this.setContent(text ? [{ type: 'input_text', text }] : []);
  }

  /** Replaces the draft with text and tag segments. */
  setContent(content: readonly UserMessageContent[]): void {
    this.value = content.map((c) => (c.type === 'input_text' ? c.text : `@${c.text}`)).join('');
    void this.updateComplete.then(() => {
      const editor = this.input;
      if (!editor) return;
      this.entities.clear();
      editor.replaceChildren(
        ...content.map((c) =>
          c.type === 'input_text'
            ? document.createTextNode(c.text)
            : createChip(
                document,
                this.addEntity({
                  id: c.id,
                  title: c.text,
                  data: c.data as Record<string, string>,
                  interactive: c.interactive,
                  ...(c.group ? { group: c.group } : {}),
                }),
                {
                  id: c.id,
                  title: c.text,
                },
              ),
        ),
      );
      this.closeMention();
    });
  }

  /** The selected tool's id. */
  get selectedToolId(): string | null {
    return this.toolId;
  }

  /** Selects a tool (`null` clears it). Unknown ids are ignored. */
  selectTool(toolId: string | null): void {
    const next = toolId && this.tools.some((t) => t.id === toolId) ? toolId : null;
    if (next === this.toolId) return;
    this.toolId = next;
    this.onToolChange?.(next);
  }

  /** The selected model's id (the default one until the user picks). */
  get selectedModelId(): string | null {
    const chosen = this.models.find((m) => m.id === this.modelId && !m.disabled);
    return (
      (
        chosen ??
        this.models.find((m) => m.default && !m.disabled) ??
        this.models.find((m) => !m.disabled)
      )?.id ?? null
    );
  }

  /** Selects a model; disabled or unknown ids are ignored. */
  selectModel(modelId: string | null): void {
    if (modelId === null || this.models.some((m) => m.id === modelId && !m.disabled))
      this.modelId = modelId;
  }

  override focus(): void {
    this.input?.focus();
  }

  private addEntity(entity: Entity): string {
    const key = `t${++this.tagCount}`;
    this.entities.set(key, entity);
    return key;
  }

  private selection(): Selection | null {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  private handleInput(): void {
    const editor = this.input;
    // An emptied editor keeps a stray <br>: clear it so the placeholder shows again.
    if (editor.textContent === '' && !editor.querySelector(`[${TAG_KEY}]`))
      editor.replaceChildren();
    this.value = readEditor(editor, this.entities).text;
    this.updateMention();
  }

  private updateMention(): void {
    if (!this.entitySearch.search) return;
    const mention = mentionAtCaret(this.selection());
    this.mention = mention;
    if (!mention) {
      this.closeMention();
      return;
    }
    this.mentionOpen = true;
    this.mentionIndex = 0;
    this.entitySearch.run(mention.query);
  }

  private closeMention(): void {
    if (!this.mentionOpen && this.entitySearch.state.status === 'idle') return;
    this.mentionOpen = false;
    this.mention = null;
    this.entitySearch.cancel();
  }

  private get results(): readonly Entity[] {
    const state = this.entitySearch.state;
    return state.status === 'done' || state.status === 'loading' ? state.results : [];
  }

  /** Replaces the typed `@query` with a chip for the entity. */
  private pick(entity: Entity): void {
    const mention = this.mention ?? mentionAtCaret(this.selection());
    const editor = this.input;
    if (!mention || !editor.contains(mention.node)) return;
    const range = document.createRange();
    range.setStart(mention.node, mention.start);
    range.setEnd(mention.node, mention.end);
    range.deleteContents();
    const chip = createChip(document, this.addEntity(entity), entity);
    const space = document.createTextNode('\u00a0');
    range.insertNode(space);
    range.insertNode(chip);
    const selection = this.selection();
    const caret = document.createRange();
    caret.setStartAfter(space);
    caret.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(caret);
    this.value = readEditor(editor, this.entities).text;
    this.closeMention();
    editor.focus();
  }

  private startMention(): void {
    const editor = this.input;
    editor.focus();
    const selection = this.selection();
    if (!selection || !editor.contains(selection.anchorNode)) {
      const end = document.createRange();
      end.selectNodeContents(editor);
      end.collapse(false);
      selection?.removeAllRanges();
      selection?.addRange(end);
    }
    const before = readEditor(editor, this.entities).text;
    document.execCommand('insertText', false, before && !/\s$/.test(before) ? ' @' : '@');
    this.handleInput();
  }

  /** Adds files to the message: checked against the limits, then uploaded. */
  addFiles(files: readonly File[]): void {
    const uploader = this.uploader;
    if (!uploader || this.disabled) return;
    const rejections: string[] = [];
    let count = this.uploads.filter((u) => u.status !== 'error').length;
    const added: UploadEntry[] = [];
    for (const file of files) {
      const reason = rejectReason(file, uploader.options, count);
      if (reason) {
        rejections.push(reason);
        continue;
      }
      count += 1;
      const entry: UploadEntry = {
        key: ++this.uploadKey,
        name: file.name,
        mime: file.type,
        preview: file.type.startsWith('image/') ? URL.createObjectURL(file) : null,
        progress: 0,
        status: 'uploading',
        controller: new AbortController(),
      };
      added.push(entry);
      void this.runUpload(entry, file, uploader);
    }
    this.uploads = [...this.uploads, ...added];
    this.rejections = rejections;
  }

  private patchUpload(key: number, patch: Partial<UploadEntry>): void {
    this.uploads = this.uploads.map((u) => (u.key === key ? { ...u, ...patch } : u));
  }

  private async runUpload(entry: UploadEntry, file: File, uploader: Uploader): Promise<void> {
    try {
      const attachment = await uploader.upload(
        file,
        (progress) => this.patchUpload(entry.key, { progress }),
        entry.controller.signal,
      );
      this.patchUpload(entry.key, { status: 'done', progress: 1, attachment });
    } catch (error) {
      if (entry.controller.signal.aborted) return;
      this.patchUpload(entry.key, {
        status: 'error',
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private removeUpload(entry: UploadEntry): void {
    entry.controller.abort();
    if (entry.preview) URL.revokeObjectURL(entry.preview);
    this.uploads = this.uploads.filter((u) => u.key !== entry.key);
    if (entry.attachment) void this.uploader?.remove(entry.attachment).catch(() => undefined);
  }

  private clearUploads(): void {
    for (const u of this.uploads) if (u.preview) URL.revokeObjectURL(u.preview);
    this.uploads = [];
    this.rejections = [];
  }

  private handleDrop(e: DragEvent): void {
    if (!this.uploader) return;
    e.preventDefault();
    this.dragging = false;
    this.addFiles([...(e.dataTransfer?.files ?? [])]);
  }

  private handleDragOver(e: DragEvent): void {
    if (!this.uploader || !e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.dragging = true;
  }

  private renderUploads() {
    if (!this.uploads.length && !this.rejections.length) return nothing;
    return html`<div class="uploads" aria-label="Attachments" role="list">
        ${this.uploads.map(
          (u) =>
            html`<div
              class="upload ${u.status}"
              role="listitem"
              aria-busy=${u.status === 'uploading' ? 'true' : 'false'}
            >
              ${u.preview ? html`<img src=${u.preview} alt="" />` : html`<span class="file-icon">${renderIcon('document', 18)}</span>`}
              <span class="upload-name" title=${u.error ?? u.name}
                >${u.status === 'error' ? (u.error ?? 'Upload failed') : u.name}</span
              >
              ${
                u.status === 'uploading'
                  ? html`<progress
                      aria-label=${`Uploading ${u.name}`}
                      max="1"
                      .value=${u.progress ?? 0}
                    ></progress>`
                  : nothing
              }
              <button
                class="upload-remove"
                type="button"
                aria-label=${`Remove ${u.name}`}
                @click=${() => this.removeUpload(u)}
              >
                ${icon('close', 14)}
              </button>
            </div>`,
        )}
      </div>
      ${
        this.rejections.length
          ? html`<div class="rejections" role="alert">
              ${this.rejections.map((r) => html`<div>${r}</div>`)}
              <button
                class="upload-remove"
                type="button"
                aria-label="Dismiss"
                @click=${() => (this.rejections = [])}
              >
                ${icon('close', 14)}
              </button>
            </div>`
          : nothing
      }`;
  }

  private async toggleDictation(): Promise<void> {
    if (this.dictation === 'transcribing' || !this.transcribe) return;
    if (this.dictation === 'idle') {
      try {
        this.recording = await startRecording();
        this.dictation = 'recording';
      } catch (error) {
        this.rejections = [
          `Dictation is not available: ${error instanceof Error ? error.message : String(error)}`,
        ];
      }
      return;
    }
    const recording = this.recording;
    this.recording = null;
    if (!recording) return;
    this.dictation = 'transcribing';
    try {
      const { audio, mimeType } = await recording.stop();
      const text = (await this.transcribe(audio, mimeType)).trim();
      if (text) {
        const current = this.content;
        const needsSpace = this.value !== '' && !/\s$/.test(this.value);
        this.setContent([
          ...current,
          { type: 'input_text', text: `${needsSpace ? ' ' : ''}${text}` },
        ]);
        void this.updateComplete.then(() => this.input?.focus());
      }
    } catch (error) {
      this.rejections = [
        `The recording could not be transcribed: ${error instanceof Error ? error.message : String(error)}`,
      ];
    } finally {
      this.dictation = 'idle';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.recording?.cancel();
    this.recording = null;
  }

  private handleKeydown(e: KeyboardEvent): void {
    if (this.mentionOpen && this.results.length) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const n = this.results.length;
        this.mentionIndex = (this.mentionIndex + (e.key === 'ArrowDown' ? 1 : -1) + n) % n;
        return;
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.isComposing) {
        e.preventDefault();
        const entity = this.results[this.mentionIndex];
        if (entity) this.pick(entity);
        return;
      }
    }
    if (this.mentionOpen && e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.closeMention();
      return;
    }
    // keyCode 229: Safari reports the Enter that ends an IME composition this way.
    if (e.key !== 'Enter' || e.shiftKey || e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    void this.submit();
  }

  private handlePaste(e: ClipboardEvent): void {
    // Pasted files become attachments; otherwise plain text only: no markup from other pages.
    e.preventDefault();
    const files = [...(e.clipboardData?.files ?? [])];
    if (files.length && this.uploader) {
      this.addFiles(files);
      return;
    }
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text) document.execCommand('insertText', false, text);
  }

  private get canSend(): boolean {
    if (this.disabled || this.streaming || this.uploads.some((u) => u.status === 'uploading'))
      return false;
    return this.value.trim() !== '' || this.uploads.some((u) => u.status === 'done');
  }

  private async submit(): Promise<void> {
    if (!this.canSend || !this.onSubmit) return;
    const content = trimContent(this.content);
    const choice: ComposerChoice = {
      toolId: this.toolId,
      model: this.models.length ? this.selectedModelId : null,
      attachments: this.uploads.flatMap((u) =>
        u.status === 'done' && u.attachment ? [u.attachment] : [],
      ),
    };
    const tool = this.tools.find((t) => t.id === this.toolId);
    this.setDraft('');
    const delivered = await this.onSubmit(content, choice);
    if (!delivered && this.value === '') this.setContent(content);
    if (delivered) this.clearUploads();
    // A tool stays selected only when it says so.
    if (delivered && tool && !tool.persistent) this.selectTool(null);
  }

  private renderMentions() {
    if (!this.mentionOpen) return nothing;
    const state = this.entitySearch.state;
    const results = this.results;
    let lastGroup: string | undefined;
    return html`<div class="mentions" role="listbox" id="mention-list" aria-label="Suggestions">
      ${results.map((entity, i) => {
        const heading = entity.group && entity.group !== lastGroup ? entity.group : null;
        lastGroup = entity.group;
        return html`${heading ? html`<div class="group" role="presentation">${heading}</div>` : nothing}
          <div
            class="option"
            role="option"
            id=${`mention-${i}`}
            aria-selected=${i === this.mentionIndex ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.pick(entity)}
          >
            ${entity.icon ? renderIcon(entity.icon, 16) : nothing}<span>${entity.title}</span>
          </div>`;
      })}
      ${state.status === 'loading' && !results.length ? html`<div class="note" role="status">Searching…</div>` : nothing}
      ${state.status === 'done' && !results.length ? html`<div class="note" role="status">No matches</div>` : nothing}
      ${state.status === 'error' ? html`<div class="note" role="status">Search failed</div>` : nothing}
    </div>`;
  }

  private handleMenuKeydown(e: KeyboardEvent): void {
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    const at = items.indexOf(this.renderRoot.querySelector(':focus') as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      items[e.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      this.closeMenu(e.key === 'Escape');
    }
  }

  private async openMenu(): Promise<void> {
    this.menuOpen = true;
    await this.updateComplete;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=menuitemradio]')];
    (items.find((i) => i.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
  }

  private closeMenu(refocus: boolean): void {
    this.menuOpen = false;
    if (refocus)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.plus')?.focus(),
      );
  }

  private renderMenu(menu: readonly ToolOption[]) {
    return html`<span class="menu-wrap">
      <button
        class="chip plus"
        type="button"
        aria-label="Tools"
        title="Tools"
        aria-haspopup="menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        @click=${() => (this.menuOpen ? this.closeMenu(false) : void this.openMenu())}
      >
        ${icon('plus', 16)}
      </button>
      ${
        this.menuOpen
          ? html`<ul role="menu" aria-label="Tools" @keydown=${this.handleMenuKeydown}>
              ${menu.map(
                (t) =>
                  html`<li role="none">
                    <button
                      role="menuitemradio"
                      type="button"
                      tabindex="-1"
                      aria-checked=${t.id === this.toolId ? 'true' : 'false'}
                      @click=${() => {
                        this.selectTool(t.id === this.toolId ? null : t.id);
                        this.closeMenu(false);
                        this.input?.focus();
                      }}
                    >
                      ${t.icon ? renderIcon(t.icon, 16) : nothing}${t.label}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </span>`;
  }

  private renderBar() {
    const mention = this.mentionButton && this.entitySearch.search;
    if (!this.tools.length && !this.models.length && !this.uploader && !this.transcribe && !mention)
      return nothing;
    const menu = this.tools.filter((t) => !t.pinned);
    const selected = this.tools.find((t) => t.id === this.toolId);
    return html`<div class="bar">
      ${
        this.uploader
          ? html`<label class="chip plus attach" title="Attach files">
              ${icon('paperclip', 16)}
              <input
                type="file"
                multiple
                aria-label="Attach files"
                accept=${acceptAttribute(this.uploader.options) ?? nothing}
                ?disabled=${this.disabled}
                @change=${(e: Event) => {
                  const input = e.target as HTMLInputElement;
                  this.addFiles([...(input.files ?? [])]);
                  input.value = '';
                }}
              />
            </label>`
          : nothing
      }
      ${
        this.mentionButton && this.entitySearch.search
          ? html`<button
              class="chip plus"
              type="button"
              aria-label="Mention"
              title="Mention"
              @click=${() => this.startMention()}
            >
              @
            </button>`
          : nothing
      }
      ${menu.length ? this.renderMenu(menu) : nothing}
      ${this.tools
        .filter((t) => t.pinned)
        .map(
          (t) =>
            html`<button
              class="chip"
              type="button"
              aria-pressed=${t.id === this.toolId ? 'true' : 'false'}
              @click=${() => this.selectTool(t.id === this.toolId ? null : t.id)}
            >
              ${t.icon ? renderIcon(t.icon, 14) : nothing}${t.id === this.toolId ? (t.shortLabel ?? t.label) : t.label}
            </button>`,
        )}
      ${
        selected && !selected.pinned
          ? html`<span class="chip selected">
              ${selected.icon ? renderIcon(selected.icon, 14) : nothing}${selected.shortLabel ?? selected.label}
              <button
                class="clear"
                type="button"
                aria-label=${`Remove ${selected.label}`}
                @click=${() => this.selectTool(null)}
              >
                ${icon('close', 14)}
              </button>
            </span>`
          : nothing
      }
      ${
        this.transcribe
          ? html`<button
              class="chip dictate ${this.dictation}"
              type="button"
              aria-label=${this.dictation === 'recording' ? 'Stop dictation' : 'Dictate'}
              aria-pressed=${this.dictation === 'recording' ? 'true' : 'false'}
              ?disabled=${this.disabled || this.dictation === 'transcribing'}
              @click=${() => void this.toggleDictation()}
            >
              ${icon(this.dictation === 'recording' ? 'stop' : 'mic', 14)}
              ${this.dictation === 'recording' ? 'Listening…' : this.dictation === 'transcribing' ? 'Transcribing…' : nothing}
            </button>`
          : nothing
      }
      ${
        this.models.length
          ? html`<select
              class="model"
              aria-label="Model"
              @change=${(e: Event) => this.selectModel((e.target as HTMLSelectElement).value)}
            >
              ${this.models.map(
                (m) =>
                  html`<option
                    value=${m.id}
                    ?disabled=${m.disabled === true}
                    ?selected=${m.id === this.selectedModelId}
                    title=${m.description ?? ''}
                  >
                    ${m.label}
                  </option>`,
              )}
            </select>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const stop = this.streaming && this.allowCancel;
    const tool = this.tools.find((t) => t.id === this.toolId);
    const base = tool?.placeholderOverride ?? this.placeholder;
    const placeholder = this.disabled && this.disabledReason ? this.disabledReason : base;
    return html`<div
      class="box ${this.dragging ? 'dragging' : ''}"
      @dragover=${this.handleDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.handleDrop}
    >
      <div class="stack">
        ${this.renderUploads()}
        <div
          class="editor"
          part="input"
          contenteditable=${this.disabled ? 'false' : 'true'}
          role=${this.entitySearch.search ? 'combobox' : 'textbox'}
          aria-multiline="true"
          aria-label=${this.placeholder || 'Message'}
          aria-disabled=${this.disabled ? 'true' : 'false'}
          aria-autocomplete=${this.entitySearch.search ? 'list' : nothing}
          aria-expanded=${this.entitySearch.search ? (this.mentionOpen ? 'true' : 'false') : nothing}
          aria-controls=${this.mentionOpen ? 'mention-list' : nothing}
          aria-activedescendant=${this.mentionOpen && this.results.length ? `mention-${this.mentionIndex}` : nothing}
          data-placeholder=${placeholder}
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
          @keyup=${(e: KeyboardEvent) => (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && this.updateMention()}
          @click=${() => this.updateMention()}
          @paste=${this.handlePaste}
          @blur=${() => setTimeout(() => (this.renderRoot as ShadowRoot).activeElement !== this.input && this.closeMention(), 150)}
        ></div>
        ${this.renderMentions()} ${this.renderBar()}
      </div>
      ${
        stop
          ? html`<button
              class="send"
              part="send-button"
              type="button"
              aria-label="Stop"
              title="Stop"
              @click=${() => this.onStop?.()}
            >
              ${icon('stop')}
            </button>`
          : html`<button
              class="send"
              part="send-button"
              type="button"
              aria-label="Send"
              title="Send"
              ?disabled=${!this.canSend}
              @click=${() => void this.submit()}
            >
              ${icon('arrow-up')}
            </button>`
      }
    </div>`;
  }
}

/** Trims whitespace at both ends of the message (not inside), and drops empty text segments. */
function trimContent(content: UserMessageContent[]): UserMessageContent[] {
  const out = content.map((c) => ({ ...c }));
  const first = out[0];
  if (first?.type === 'input_text') first.text = first.text.replace(/^[\s\u00a0]+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'input_text') last.text = last.text.replace(/[\s\u00a0]+$/, '');
  return out.filter((c) => c.type !== 'input_text' || c.text !== '');
}

declare global {
  interface HTMLElementTagNameMap {
    'cw-composer': CwComposer;
  }
}
