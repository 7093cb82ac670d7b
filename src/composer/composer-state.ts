/**
 * What the user has typed and chosen in the composer, held apart from the composer element so it
 * outlives it: `<chat-widgets>` owns one and hands it to each `<cw-composer>` it renders, so the
 * draft, its @-mention chips, the selected tool and model and the attachments come back when the
 * composer is swapped out (structured input takes its place) and back in.
 *
 * Plain data with change notification; no DOM, no Lit. Work in progress (an upload's request, a
 * preview's object URL, a recording) belongs to the composer's controllers, not to the state.
 */
import type { Attachment, UserMessageContent } from '../protocol/wire-types.js';

/** One file in the composer: uploading, uploaded, or failed. */
export interface ComposerUpload {
  readonly key: number;
  readonly name: string;
  readonly mime: string;
  /** The file itself, kept so a preview can be made again after a swap. */
  readonly file: File | null;
  readonly status: 'uploading' | 'done' | 'error';
  /** 0..1, or null when the browser cannot tell. */
  readonly progress: number | null;
  readonly attachment?: Attachment;
  readonly error?: string;
}

/** The parts of a draft that editing a sent message sets aside (see ComposerState.edit). */
export interface DraftAside {
  readonly content: readonly UserMessageContent[];
  readonly quote: string | null;
  readonly uploads: readonly ComposerUpload[];
}

/** What a host can put into the composer at once (`setComposerValue`). */
export interface ComposerValue {
  text?: string;
  /** Text and tag segments; wins over `text`. */
  content?: readonly UserMessageContent[];
  /** Files to upload (only a connected composer can). */
  files?: readonly File[];
  /** Selects a tool; `null` clears it. */
  selectedToolId?: string | null;
  /** Selects a model. */
  selectedModelId?: string | null;
  /** The text the message replies to, shown above the input and sent as its quoted text. */
  reply?: string | null;
  /** Attachments already uploaded, shown as done uploads and sent with the message. */
  attachments?: readonly Attachment[];
}

/** The draft as plain text: tags as `@title`. */
export function contentText(content: readonly UserMessageContent[]): string {
  return content.map((c) => (c.type === 'input_text' ? c.text : `@${c.text}`)).join('');
}

/** The content a `ComposerValue` sets, or `undefined` when it leaves the draft alone. */
export function valueContent(value: ComposerValue): readonly UserMessageContent[] | undefined {
  if (value.content) return value.content;
  if (value.text === undefined) return undefined;
  return value.text ? [{ type: 'input_text', text: value.text }] : [];
}

/**
 * The composer's draft and choices. Every write replaces the changed field with a new value (never
 * mutates it), so a reader can tell a change by identity, and notifies the subscribers.
 */
export class ComposerState {
  /** The draft: text and tag segments, in order. */
  content: readonly UserMessageContent[] = [];
  /** The selected tool's id (validated against the tools by the composer). */
  toolId: string | null = null;
  /** The model the user picked; `null`: the default one. */
  modelId: string | null = null;
  /** The files attached to the draft. */
  uploads: readonly ComposerUpload[] = [];
  /** The text the draft replies to (`setComposerValue({ reply })`), sent as its quoted text. */
  quote: string | null = null;
  /**
   * While the user changes a sent message in the composer (`edit`): the draft that was there,
   * which comes back once the changed message is sent or the edit cancelled (`endEdit`).
   */
  editing: { readonly aside: DraftAside } | null = null;

  private readonly listeners = new Set<() => void>();
  private lastKey = 0;

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many subscribers there are (a removed composer must leave none behind). */
  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** The draft as plain text (tags as `@title`). */
  get text(): string {
    return contentText(this.content);
  }

  /** The uploaded attachments, to send with the message. */
  get attachments(): Attachment[] {
    return this.uploads.flatMap((u) => (u.status === 'done' && u.attachment ? [u.attachment] : []));
  }

  /** A key for a new upload, unique in this state. */
  nextUploadKey(): number {
    return ++this.lastKey;
  }

  /** Changes some fields and notifies the subscribers. */
  update(
    patch: Partial<
      Pick<ComposerState, 'content' | 'toolId' | 'modelId' | 'uploads' | 'quote' | 'editing'>
    >,
  ): void {
    Object.assign(this, patch);
    for (const listener of [...this.listeners]) listener();
  }

  /** Changes one upload (by key), if it is still there. */
  patchUpload(key: number, patch: Partial<ComposerUpload>): void {
    const apply = (uploads: readonly ComposerUpload[]) =>
      uploads.map((u) => (u.key === key ? { ...u, ...patch } : u));
    if (this.uploads.some((u) => u.key === key)) this.update({ uploads: apply(this.uploads) });
    else if (this.editing?.aside.uploads.some((u) => u.key === key)) {
      // An upload of the draft set aside while editing finishes there.
      const aside = this.editing.aside;
      this.update({ editing: { aside: { ...aside, uploads: apply(aside.uploads) } } });
    }
  }

  /** Adds text at the end of the draft, after a space if it needs one. */
  appendText(text: string): void {
    const needsSpace = this.text !== '' && !/\s$/.test(this.text);
    this.update({
      content: [...this.content, { type: 'input_text', text: `${needsSpace ? ' ' : ''}${text}` }],
    });
  }

  /**
   * The uploads with a value's attachments added as done ones (each attachment once); the same
   * list when it adds none.
   */
  withAttachments(attachments: readonly Attachment[] = []): readonly ComposerUpload[] {
    const have = new Set(this.attachments.map((a) => a.id));
    const added = attachments
      .filter((a) => !have.has(a.id) && have.add(a.id))
      .map((attachment): ComposerUpload => ({
        key: this.nextUploadKey(),
        name: attachment.name,
        mime: attachment.mime_type,
        file: null,
        status: 'done',
        progress: 1,
        attachment,
      }));
    return added.length ? [...this.uploads, ...added] : this.uploads;
  }

  /**
   * Puts a sent message into the composer to be changed and sent again (as a new message: the
   * protocol has no way to change a stored one). The draft that was there (text, tags, quote and
   * files) is set aside and comes back with {@link endEdit}; editing another message meanwhile
   * keeps the draft first set aside.
   */
  edit(value: ComposerValue): void {
    const aside = this.editing?.aside ?? {
      content: this.content,
      quote: this.quote,
      uploads: this.uploads,
    };
    this.update({ content: [], quote: null, uploads: [], editing: { aside } });
    this.setValue(value);
  }

  /** Ends editing a sent message: the draft set aside comes back in place of what is there. */
  endEdit(): void {
    const editing = this.editing;
    if (editing) this.update({ ...editing.aside, editing: null });
  }

  /**
   * Sets the draft, quote, attachments, tool and model of a value in one change (files need a
   * composer to upload them).
   */
  setValue(value: ComposerValue): void {
    const content = valueContent(value);
    this.update({
      ...(content ? { content: [...content] } : {}),
      ...(value.reply !== undefined ? { quote: value.reply || null } : {}),
      ...(value.attachments?.length ? { uploads: this.withAttachments(value.attachments) } : {}),
      ...(value.selectedToolId !== undefined ? { toolId: value.selectedToolId } : {}),
      ...(value.selectedModelId !== undefined ? { modelId: value.selectedModelId } : {}),
    });
  }
}
