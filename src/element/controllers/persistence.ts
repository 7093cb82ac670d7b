/**
 * Opt-in persistence in the page's `localStorage` (`persist` option, `persist` attribute), a chunk
 * of its own loaded only by chats that turn it on (persistence-controller.ts):
 * - `drafts`: each thread keeps its own unsent draft (text, @-mention chips, quote, tool) across
 *   thread switches and reloads; a sent message clears it. Attached files are not kept.
 * - `thread`: the open thread is reopened after a reload (unless `initialThread` names one).
 *
 * Off by default: a draft is the user's text, and a shared computer keeps it. Storage that is
 * full, disabled or refused (a sandboxed frame) is skipped: the chat works as without the option.
 * What is read back is checked: anything that is not a draft's shape is dropped.
 */
import type { ComposerState } from '../../composer/composer-state.js';
import type { UserMessageContent } from '../../protocol/wire-types.js';

import type { PersistConfig, PersistInputs } from './persistence-controller.js';

/** At most this many threads' drafts are kept (the least recently written go first). */
const MAX_DRAFTS = 50;
/** A draft longer than this (characters) is not kept. */
const MAX_DRAFT = 100_000;
/** Writes wait this long after the last keystroke. */
const WRITE_DELAY = 250;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // A sandboxed frame, or storage blocked: no persistence.
  }
}

function read(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or refused: this draft is simply not kept.
  }
}

/** A stored draft's content, if it has the shape of one. */
function validContent(value: unknown): UserMessageContent[] | null {
  if (!Array.isArray(value)) return null;
  const out: UserMessageContent[] = [];
  for (const c of value as unknown[]) {
    if (typeof c !== 'object' || c === null) return null;
    const part = c as Record<string, unknown>;
    if (part['type'] === 'input_text' && typeof part['text'] === 'string')
      out.push({ type: 'input_text', text: part['text'] });
    else if (
      part['type'] === 'input_tag' &&
      typeof part['id'] === 'string' &&
      typeof part['text'] === 'string'
    )
      out.push(part as unknown as UserMessageContent);
    else return null;
  }
  return out;
}

export class Persistence {
  private threadId: string | null | undefined = undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The thread whose draft waits to be written, if any. */
  private pending: string | null | undefined = undefined;
  private unsubscribe: (() => void) | null = null;
  /** The draft being applied from storage (not to be written back as a change). */
  private applying = false;

  constructor(
    private readonly state: ComposerState,
    private readonly inputs: () => PersistInputs,
  ) {}

  /** The thread to reopen after a reload, if `thread` is on and one was open. */
  storedThread(): string | null {
    const { config } = this.inputs();
    if (!config.thread) return null;
    const id = read(`${config.key}:thread`);
    return typeof id === 'string' && id ? id : null;
  }

  connect(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.state.subscribe(this.onChange);
    addEventListener('pagehide', this.flush);
  }

  disconnect(): void {
    this.flush();
    this.unsubscribe?.();
    this.unsubscribe = null;
    removeEventListener('pagehide', this.flush);
  }

  /** Follows the open thread: keeps its draft, restores the next one's, notes the thread. */
  update(): void {
    const { config, threadId, streaming } = this.inputs();
    if (threadId === this.threadId) return;
    const previous = this.threadId;
    const first = previous === undefined;
    this.threadId = threadId;
    if (config.thread && !(first && threadId === null)) write(`${config.key}:thread`, threadId);
    if (!config.drafts) return;
    if (previous === null && threadId !== null && streaming) {
      // The new chat's first message created this thread: what is typed now belongs to it.
      this.pending = undefined;
      clearTimeout(this.timer);
      write(this.draftKey(config, null), null);
      this.save(threadId);
      return;
    }
    // The draft typed so far belongs to the thread it was typed in.
    this.flush();
    this.restore(config, threadId, first);
  }

  private restore(config: PersistConfig, threadId: string | null, first: boolean): void {
    const stored = read(this.draftKey(config, threadId)) as {
      content?: unknown;
      toolId?: unknown;
      quote?: unknown;
    } | null;
    const content = validContent(stored?.content) ?? [];
    const toolId = typeof stored?.toolId === 'string' ? stored.toolId : null;
    const quote = typeof stored?.quote === 'string' ? stored.quote : null;
    // At first, a draft already there (set by the host, or typed before this chunk came) stays.
    if (first && (this.state.content.length > 0 || !stored)) return;
    if (!stored && this.state.content.length === 0 && !this.state.toolId && !this.state.quote)
      return;
    this.applying = true;
    try {
      this.state.update({ content, toolId, quote });
    } finally {
      this.applying = false;
    }
  }

  private readonly onChange = () => {
    if (this.applying || this.threadId === undefined || !this.inputs().config.drafts) return;
    clearTimeout(this.timer);
    const threadId = this.threadId;
    this.timer = setTimeout(() => this.save(threadId), WRITE_DELAY);
    this.pending = threadId;
  };

  private readonly flush = () => {
    if (this.pending === undefined) return;
    clearTimeout(this.timer);
    this.save(this.pending);
  };

  private save(threadId: string | null): void {
    this.pending = undefined;
    const { config } = this.inputs();
    if (!config.drafts) return;
    const key = this.draftKey(config, threadId);
    const { content, toolId, quote } = this.state;
    const empty =
      content.every((c) => c.type === 'input_text' && !c.text.trim()) && !toolId && !quote;
    const size = content.reduce((n, c) => n + c.text.length, 0);
    write(key, empty || size > MAX_DRAFT ? null : { content, toolId, quote });
    // The index of kept drafts, newest last; the oldest beyond the cap are dropped.
    const indexKey = `${config.key}:drafts`;
    const stored = read(indexKey);
    const index = Array.isArray(stored)
      ? stored.filter((k): k is string => typeof k === 'string' && k.startsWith(config.key))
      : [];
    const next = [...index.filter((k) => k !== key), ...(empty ? [] : [key])];
    for (const old of next.splice(0, Math.max(0, next.length - MAX_DRAFTS))) write(old, null);
    write(indexKey, next.length ? next : null);
  }

  private draftKey(config: PersistConfig, threadId: string | null): string {
    return `${config.key}:draft:${threadId ?? 'new'}`;
  }
}
