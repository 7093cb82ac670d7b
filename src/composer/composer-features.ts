/**
 * The composer's optional features in the first load: small stand-ins for the controllers of
 * uploads, dictation and @-mentions, whose code is a lazy chunk each (loaded, once per page, when
 * a composer is given an uploader, a transcriber or an entity search). A stand-in keeps what must
 * not wait for the chunk (files dropped or pasted meanwhile, an `@` typed meanwhile, whether an
 * upload runs, the notices) and renders a labelled fallback if the chunk fails; the composer's
 * `updateComplete` waits for the chunks it asked for (`settled`).
 */
import type { ChatStringKey, Strings } from '../i18n/index.js';
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveElement } from 'lit';

import type { ComposerState } from './composer-state.js';
import type { DictationController, Transcribe } from './dictation-controller.js';
import type { EditorController } from './editor-controller.js';
import type { Caret } from './editor-model.js';
import type { EntitySearch } from './entity-search-controller.js';
import type { MentionController } from './mention-controller.js';
import type { CommandController, ComboboxAria } from './command-controller.js';
import type { CommandsOption } from './types.js';
import type { UploadsController } from './uploads-controller.js';
import type { AttachmentOptions, Uploader, UploadStrategy } from './uploads.js';
import type * as Notices from './notices.js';
import { adoptInto, requirePart } from '../internal/lazy-parts.js';
import type { ChatKitClient } from '../protocol/client.js';

/** The composer, as the features see it. */
export interface FeatureHost extends ReactiveElement {
  readonly state: ComposerState;
  readonly uploader: Uploader | null;
  readonly transcribe: Transcribe | null;
  readonly disabled: boolean;
  readonly strings: Strings;
}

const fallback = (text: string) => html`<span class="lazy-fallback" role="note">${text}</span>`;

/** The notices' code and styles, from whichever chunk (uploads, dictation) came first. */
let notices: typeof Notices | null = null;

/** One lazily loaded controller of a host: starts its chunk once, makes it when it arrives. */
abstract class Feature<C> implements ReactiveController {
  protected controller: C | null = null;
  protected failed = false;
  private loading: Promise<void> | null = null;

  constructor(protected readonly host: FeatureHost) {
    host.addController(this);
  }

  /** Whether the host uses the feature now. */
  protected abstract get wanted(): boolean;

  /** Loads the chunk and makes the controller (with its styles adopted). */
  protected abstract make(): Promise<C | null>;

  hostUpdate(): void {
    if (this.wanted) this.load();
  }

  protected load(): void {
    this.loading ??= this.make().then((controller) => {
      this.controller = controller;
      this.failed = !controller;
      this.loaded();
      this.host.requestUpdate();
    });
  }

  /** Called once the controller (or the failure) is there. */
  protected loaded(): void {}

  /** Settles when the chunk asked for so far has arrived (or failed); null when none was. */
  get settled(): Promise<void> | null {
    return this.loading;
  }

  protected fallback(what: ChatStringKey) {
    return this.failed && this.wanted ? fallback(this.host.strings.t(what)) : nothing;
  }
}

/**
 * Uploads (and the quote of a reply and the note while a sent message is edited, which their chunk
 * renders too): the drop target, the notices
 * and the files added before the chunk arrives.
 */
export class ComposerUploads extends Feature<UploadsController> {
  /** Why files were refused, or what else went wrong; shown until dismissed. */
  notices: readonly string[] = [];
  /** A file is dragged over the composer. */
  dragging = false;
  private queued: File[] = [];

  protected get wanted(): boolean {
    const state = this.host.state;
    return !!(this.host.uploader || state.uploads.length || state.quote || state.editing);
  }

  protected async make() {
    const chunk = await requirePart('uploads', () => import('./uploads-controller.js'));
    if (!chunk) return null;
    adoptInto(this.host.renderRoot, chunk.noticeStyles);
    adoptInto(this.host.renderRoot, chunk.uploadsStyles);
    notices = chunk;
    return new chunk.UploadsController(this.host, (notices) => this.notify(...notices));
  }

  protected override loaded(): void {
    const files = this.queued;
    this.queued = [];
    if (files.length) this.add(files);
  }

  hostDisconnected(): void {
    this.dragging = false;
  }

  /** Adds files to the message: checked against the limits, then uploaded. */
  add(files: readonly File[]): void {
    if (!this.host.uploader || this.host.disabled) return;
    if (this.controller) this.controller.add(files);
    else if (!this.failed) {
      this.queued.push(...files);
      this.load();
    }
  }

  /** Shows messages in the notices (dictation uses it too); none clears them. */
  notify(...messages: string[]): void {
    this.notices = messages;
    this.host.requestUpdate();
  }

  /** Whether an upload is still running (sending waits for it). */
  get busy(): boolean {
    return this.host.state.uploads.some((u) => u.status === 'uploading');
  }

  /** Forgets every upload and the quote (after the message went out with them). */
  clear(): void {
    this.notices = [];
    this.host.state.update({ uploads: [], quote: null });
  }

  readonly handleDrop = (e: DragEvent): void => {
    if (!this.host.uploader) return;
    e.preventDefault();
    this.dragging = false;
    this.add([...(e.dataTransfer?.files ?? [])]);
    this.host.requestUpdate();
  };

  readonly handleDragOver = (e: DragEvent): void => {
    if (!this.host.uploader || !e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    if (this.dragging) return;
    this.dragging = true;
    this.host.requestUpdate();
  };

  readonly handleDragLeave = (): void => {
    this.dragging = false;
    this.host.requestUpdate();
  };

  /** The paperclip button of the bar (nothing without an uploader). */
  renderAttachButton() {
    if (!this.host.uploader) return nothing;
    return this.controller?.renderAttachButton() ?? this.fallback('fallback.attachments');
  }

  /** The attached files and the notices. */
  render() {
    return html`${this.controller?.render() ?? nothing}${
      notices?.renderNotices(this.notices, () => this.notify(), this.host.strings) ?? nothing
    }`;
  }
}

/** Dictation: the microphone button, once its chunk is there. */
export class ComposerDictation extends Feature<DictationController> {
  constructor(
    host: FeatureHost,
    private readonly on: { text: (text: string) => void; error: (message: string) => void },
  ) {
    super(host);
  }

  protected get wanted(): boolean {
    return !!this.host.transcribe;
  }

  protected async make() {
    const chunk = await requirePart('dictation', () => import('./dictation-controller.js'));
    if (!chunk) return null;
    adoptInto(this.host.renderRoot, chunk.noticeStyles);
    notices = chunk;
    return new chunk.DictationController(this.host, this.on);
  }

  render() {
    if (!this.host.transcribe) return nothing;
    return this.controller?.render() ?? this.fallback('fallback.dictation');
  }
}

/**
 * @-mentions: the search in force, and an `@` typed before the chunk arrives (the menu opens for
 * it once it does, if the caret is still in the mention).
 */
export class ComposerMentions extends Feature<MentionController> {
  private entitySearch: EntitySearch | null = null;
  private typed = false;

  constructor(
    host: FeatureHost,
    /** The composer's editor (made after this). */
    private readonly editor: () => EditorController,
  ) {
    super(host);
  }

  protected get wanted(): boolean {
    return !!this.entitySearch;
  }

  protected async make() {
    const chunk = await requirePart('mentions', () => import('./mention-controller.js'));
    return chunk && new chunk.MentionController(this.host, this.editor);
  }

  protected override loaded(): void {
    if (!this.controller) return;
    this.controller.search = this.entitySearch;
    if (this.typed) this.controller.update(this.editor().caret());
    this.typed = false;
  }

  /** The search in force; `null` turns mentions off. */
  get search(): EntitySearch | null {
    return this.entitySearch;
  }
  set search(search: EntitySearch | null) {
    this.entitySearch = search;
    if (this.controller) this.controller.search = search;
    if (search) this.load();
  }

  /** Opens, updates or closes the menu for the mention at the caret. */
  update(caret: Caret | null): void {
    if (this.controller) this.controller.update(caret);
    else if (this.entitySearch && !this.typed) {
      this.typed = true;
      if (this.failed) this.host.requestUpdate(); // The fallback shows where the menu would.
    }
  }

  close(): void {
    this.controller?.close();
    this.typed = false;
  }

  /** Handles a key of the editor; true when the menu took it. */
  keydown(e: KeyboardEvent): boolean {
    return this.controller?.keydown(e) ?? false;
  }

  /** The editor's combobox attributes (a plain textbox until the chunk is there). */
  get aria(): MentionController['aria'] {
    return this.controller?.aria ?? { role: 'textbox' };
  }

  /** The "@" button that starts a mention (`entities.showComposerMenu`), once the chunk is there. */
  renderButton() {
    return this.controller?.renderButton() ?? nothing;
  }

  /** The menu, while open. */
  render(): unknown {
    return this.controller?.render() ?? (this.typed ? this.fallback('fallback.mentions') : nothing);
  }
}

/**
 * The `/` command menu: its chunk loads as soon as `commands` are configured; a `/` typed before
 * it arrives opens the menu once it does, if the caret is still in the command.
 */
export class ComposerCommands extends Feature<CommandController> {
  private source: CommandsOption | null = null;
  private typed = false;

  constructor(
    host: FeatureHost,
    private readonly editor: () => EditorController,
  ) {
    super(host);
  }

  protected get wanted(): boolean {
    return this.source?.enabled === true && typeof this.source.onSearch === 'function';
  }

  protected async make() {
    const chunk = await requirePart('commands', () => import('./command-controller.js'));
    if (!chunk) return null;
    adoptInto(this.host.renderRoot, chunk.commandStyles);
    return new chunk.CommandController(this.host, this.editor);
  }

  protected override loaded(): void {
    if (!this.controller) return;
    this.controller.commands = this.source;
    if (this.typed) this.controller.update(this.editor().caret());
    this.typed = false;
  }

  /** `commands` of the options; `null` turns the menu off. */
  get commands(): CommandsOption | null {
    return this.source;
  }
  set commands(option: CommandsOption | null) {
    this.source = option;
    if (this.controller) this.controller.commands = option;
    if (this.wanted) this.load();
  }

  update(caret: Caret | null): void {
    if (this.controller) this.controller.update(caret);
    else if (this.wanted) this.typed = true;
  }

  close(): void {
    this.controller?.close();
    this.typed = false;
  }

  keydown(e: KeyboardEvent): boolean {
    return this.controller?.keydown(e) ?? false;
  }

  /** The editor's combobox attributes: the menu's while it is open, else `fallback`. */
  aria(fallback: ComboboxAria): ComboboxAria {
    return this.controller?.aria(fallback) ?? fallback;
  }

  render(): unknown {
    return this.controller?.render() ?? nothing;
  }
}

/**
 * An uploader whose code (src/composer/uploads.ts, in the uploads chunk, which the composer loads
 * as soon as it has an uploader) is loaded by then: what `<chat-widgets>` gives its composer when
 * attachments are enabled.
 */
export function deferredUploader(
  options: AttachmentOptions,
  strategy: UploadStrategy | null,
  client: ChatKitClient,
): Uploader {
  const real = () =>
    requirePart('uploads', () => import('./uploads-controller.js')).then((chunk) => {
      if (!chunk) throw new Error('Uploads could not be loaded.');
      return chunk.createUploader(options, strategy, client);
    });
  return {
    options,
    upload: async (file, onProgress, signal) => (await real()).upload(file, onProgress, signal),
    remove: async (attachment) => (await real()).remove(attachment),
  };
}
