import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { ComposerState } from './composer-state.js';
import { caretIn, readEditor, TAG_KEY, writeEditor } from './editor-model.js';
import type { Caret } from './editor-model.js';
import type { Entity } from './types.js';
import type { UserMessageContent } from '../protocol/wire-types.js';

/** The menus that follow the caret (@-mentions, `/` commands). */
export interface CaretMenus {
  update(caret: Caret | null): void;
  close(): void;
}

/** What the editor controller reads from its host. */
export interface EditorHost extends ReactiveControllerHost {
  readonly state: ComposerState;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The composer's contenteditable editor and its `ComposerState` draft, kept in step both ways:
 * what the user types is read back into the state on every input; a draft changed elsewhere (a
 * host, dictation, a composer shown again) is written into the editor after the next render, so
 * the update that shows it completes only once the editor holds it. (The mention chunk inserts
 * @-mention chips through it: mention-editing.ts.)
 */
export class EditorController implements ReactiveController {
  /** The chips' entities, by the key each chip carries. */
  private readonly entities = new Map<string, Entity>();
  private tagCount = 0;
  /** The draft the editor holds (written or read last); the state's differs when changed elsewhere. */
  private shown: readonly UserMessageContent[] | null = null;

  constructor(
    private readonly host: EditorHost,
    private readonly editor: () => HTMLElement | null,
    private readonly mentions: CaretMenus,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A draft replaced from elsewhere ends the mention being typed.
    if (this.host.state.content !== this.shown) this.mentions.close();
  }

  hostUpdated(): void {
    const content = this.host.state.content;
    const editor = this.editor();
    if (content === this.shown || !editor) return;
    this.shown = content;
    this.entities.clear();
    writeEditor(editor, content, (entity) => this.addEntity(entity));
  }

  /** The selection, inside the host's shadow root where the browser can tell. */
  selection(): Selection | null {
    const root = this.host.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  /** The collapsed caret inside the host's shadow root, in every engine (see `caretIn`). */
  caret(): Caret | null {
    return caretIn(this.host.renderRoot, this.selection());
  }

  readonly handleInput = (): void => {
    const editor = this.editor();
    if (!editor) return;
    // An emptied editor keeps a stray <br>: clear it so the placeholder shows again.
    if (editor.textContent === '' && !editor.querySelector(`[${TAG_KEY}]`))
      editor.replaceChildren();
    this.readBack(editor);
    this.mentions.update(this.caret());
  };

  /** The editor element, once rendered. */
  element(): HTMLElement | null {
    return this.editor();
  }

  /** The draft as plain text. */
  get text(): string {
    return this.host.state.text;
  }

  /** Pasted files go to `onFiles` when it takes them; otherwise plain text only, no markup. */
  paste(e: ClipboardEvent, onFiles: ((files: File[]) => void) | null): void {
    e.preventDefault();
    const files = [...(e.clipboardData?.files ?? [])];
    if (files.length && onFiles) {
      onFiles(files);
      return;
    }
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (text) document.execCommand('insertText', false, text);
  }

  /** Keeps a chip's entity; returns the key the chip carries. */
  addEntity(entity: Entity): string {
    const key = `t${++this.tagCount}`;
    this.entities.set(key, entity);
    return key;
  }

  /** Copies the editor into the state. */
  readBack(editor: HTMLElement): void {
    const { content } = readEditor(editor, this.entities);
    this.shown = content;
    this.host.state.update({ content });
  }
}
