// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import type { Strings } from '../i18n/index.js';
import { html, nothing, svg } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ComposerState, ComposerUpload } from './composer-state.js';
import { acceptAttribute, rejectReason, uploadErrorMessage } from './uploads.js';
import type { Uploader } from './uploads.js';
import { icon, iconOf } from '../icons/chrome-icons.js';
import { renderIcon } from '../widgets/icons.js';
import { releaseIfRemoved } from '../internal/removal.js';

export { uploadsStyles } from './uploads.styles.js';
export { noticeStyles, renderNotices } from './notices.js';
// For the deferred uploader of `<chat-widgets>`: one chunk with the uploads' UI.
export { createUploader } from './uploads.js';

/** Its own chrome icon (24×24 outline; chrome-icons.ts draws it). */
const PAPERCLIP = svg`<path d="m21 11-8.6 8.6a6 6 0 0 1-8.5-8.5l8.6-8.6a4 4 0 0 1 5.7 5.7l-8.6 8.6a2 2 0 0 1-2.8-2.8l8-8"/>`;

/** What the uploads controller reads from its host. */
export interface UploadsHost extends ReactiveControllerHost {
  readonly state: ComposerState;
  readonly uploader: Uploader | null;
  readonly disabled: boolean;
  readonly strings: Strings;
}

/**
 * Owns the composer's uploads while it is connected: starts them (after checking the limits),
 * reports their progress into the `ComposerState`, and renders them with a local preview of each
 * image (an object URL). The attachments themselves live in the state and survive the composer;
 * the work does not: on disconnect every upload still in flight is aborted and dropped, and every
 * object URL is revoked (they are made again from the files when a composer shows the state).
 *
 * A lazy chunk (with its styles): the composer's `ComposerUploads` loads it when attachments are
 * enabled (or the state holds uploads) and keeps what must not wait for it (the drop target,
 * files added meanwhile, the notices, whether an upload is running).
 */
export class UploadsController implements ReactiveController {
  private readonly inFlight = new Map<number, AbortController>();
  private readonly previews = new Map<number, string>();
  private connected = false;

  constructor(
    private readonly host: UploadsHost,
    /** Shows why files were refused (an empty list clears the notices). */
    private readonly notify: (notices: string[]) => void,
  ) {
    host.addController(this);
  }

  /** Adds files to the message: checked against the limits, then uploaded. */
  add(files: readonly File[]): void {
    const { uploader, state } = this.host;
    if (!uploader || this.host.disabled) return;
    const notices: string[] = [];
    let count = state.uploads.filter((u) => u.status !== 'error').length;
    const added: ComposerUpload[] = [];
    for (const file of files) {
      const reason = rejectReason(file, uploader.options, count, this.host.strings);
      if (reason) {
        notices.push(reason);
        continue;
      }
      count += 1;
      added.push({
        key: state.nextUploadKey(),
        name: file.name,
        mime: file.type,
        file,
        progress: 0,
        status: 'uploading',
      });
    }
    this.notify(notices);
    state.update({ uploads: [...state.uploads, ...added] });
    for (const entry of added) void this.run(entry, state, uploader);
  }

  /** Removes one upload: aborts it, or asks the server to forget it. */
  remove(entry: ComposerUpload): void {
    this.inFlight.get(entry.key)?.abort();
    this.inFlight.delete(entry.key);
    const state = this.host.state;
    state.update({ uploads: state.uploads.filter((u) => u.key !== entry.key) });
    if (entry.attachment) void this.host.uploader?.remove(entry.attachment).catch(() => undefined);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
    // A move (disconnect and reconnect in one task, as a framework or a host page does when it
    // re-parents the element) is not a removal: let go only if the composer is still gone.
    releaseIfRemoved(
      () => !this.connected,
      () => this.release(),
    );
  }

  /** Aborts what is in flight and revokes every preview: the composer was removed. */
  private release(): void {
    const aborted = new Set(this.inFlight.keys());
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
    for (const url of this.previews.values()) URL.revokeObjectURL(url);
    this.previews.clear();
    const state = this.host.state;
    if (state.uploads.some((u) => aborted.has(u.key)))
      state.update({ uploads: state.uploads.filter((u) => !aborted.has(u.key)) });
  }

  private async run(entry: ComposerUpload, state: ComposerState, uploader: Uploader) {
    const controller = new AbortController();
    this.inFlight.set(entry.key, controller);
    try {
      const attachment = await uploader.upload(
        entry.file!,
        (progress) => state.patchUpload(entry.key, { progress }),
        controller.signal,
      );
      if (controller.signal.aborted) return;
      state.patchUpload(entry.key, { status: 'done', progress: 1, attachment });
    } catch (error) {
      if (controller.signal.aborted) return;
      state.patchUpload(entry.key, {
        status: 'error',
        error: uploadErrorMessage(error, this.host.strings),
      });
    } finally {
      if (this.inFlight.get(entry.key) === controller) this.inFlight.delete(entry.key);
    }
  }

  /** The object URL previewing an image upload, made on first use; the others are revoked. */
  private preview(entry: ComposerUpload): string | null {
    if (!entry.file || !entry.mime.startsWith('image/')) return null;
    let url = this.previews.get(entry.key);
    // A disconnected composer may still render (Lit lets it): it makes no URL nobody would revoke.
    if (!url && !this.connected) return null;
    if (!url) {
      url = URL.createObjectURL(entry.file);
      this.previews.set(entry.key, url);
    }
    return url;
  }

  /** Revokes the previews of uploads that are gone. */
  private prunePreviews(): void {
    const keys = new Set(this.host.state.uploads.map((u) => u.key));
    for (const [key, url] of this.previews)
      if (!keys.has(key)) {
        URL.revokeObjectURL(url);
        this.previews.delete(key);
      }
  }

  /** The paperclip button of the bar (nothing without an uploader). */
  renderAttachButton() {
    const uploader = this.host.uploader;
    if (!uploader) return nothing;
    return html`<label class="chip plus attach" title=${this.host.strings.t('composer.attach')}>
      ${iconOf(PAPERCLIP, 16)}
      <input
        type="file"
        multiple
        aria-label=${this.host.strings.t('composer.attach')}
        accept=${acceptAttribute(uploader.options) ?? nothing}
        ?disabled=${this.host.disabled}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          this.add([...(input.files ?? [])]);
          input.value = '';
        }}
      />
    </label>`;
  }

  /**
   * The note while a sent message is changed here (ComposerState.edit) with Cancel, the quote of
   * the reply (`setComposerValue({ reply })`) and the attached files.
   */
  render() {
    this.prunePreviews();
    const { uploads, quote, editing } = this.host.state;
    const s = this.host.strings;
    return html`${
      editing
        ? html`<div class="editing" role="status">
            <span>${s.t('composer.editing')}</span>
            <button type="button" @click=${() => this.host.state.endEdit()}>
              ${s.t('composer.cancelEdit')}
            </button>
          </div>`
        : nothing
    }${
      quote
        ? html`<div class="quote">
            <span dir="auto">${quote}</span
            ><button
              type="button"
              aria-label=${this.host.strings.t('composer.removeQuote')}
              @click=${() => this.host.state.update({ quote: null })}
            >
              ${icon('close', 14)}
            </button>
          </div>`
        : nothing
    }${uploads.length ? this.renderUploads(uploads) : nothing}`;
  }

  private renderUploads(uploads: readonly ComposerUpload[]) {
    return html`<div
      class="uploads"
      aria-label=${this.host.strings.t('composer.attachments')}
      role="list"
    >
      ${uploads.map((u) => this.renderUpload(u))}
    </div>`;
  }

  private renderUpload(u: ComposerUpload) {
    const preview = this.preview(u);
    return html`<div
      class="upload ${u.status}"
      role="listitem"
      aria-busy=${u.status === 'uploading' ? 'true' : 'false'}
    >
      ${preview ? html`<img src=${preview} alt="" />` : html`<span class="file-icon">${renderIcon('document', 18)}</span>`}
      <span class="upload-name" title=${u.error ?? u.name}
        >${u.status === 'error' ? (u.error ?? this.host.strings.t('composer.uploadFailed')) : u.name}</span
      >
      ${
        u.status === 'uploading'
          ? html`<progress
              aria-label=${this.host.strings.t('composer.uploading', { name: u.name })}
              max="1"
              value=${u.progress ?? nothing}
            ></progress>`
          : nothing
      }
      <button
        class="upload-remove"
        type="button"
        aria-label=${this.host.strings.t('composer.remove', { name: u.name })}
        @click=${() => this.remove(u)}
      >
        ${icon('close', 14)}
      </button>
    </div>`;
  }
}
