/**
 * What a conformance scenario run observed (`ScenarioRun`), and the reads of our thread state that
 * its steps, expectations and comparison share: the newest item of a type, a widget tree's nodes,
 * an item's text.
 */
import assert from 'node:assert/strict';

import type { ChatKitError } from '../../src/protocol/errors.js';
import type { ThreadItem, WidgetComponent } from '../../src/protocol/wire-types.js';
import type { ChatSession, SessionEvent } from '../../src/state/chat-session.js';
import type { ItemEntry, ThreadState } from '../../src/state/thread-state.js';
import type { ItemRef } from './scenarios/index.js';

/** What a run observed, for assertions and debugging. */
export interface ScenarioRun {
  session: ChatSession;
  events: SessionEvent[];
  warnings: ChatKitError[];
  progressSeen: string[];
  /** Whether Stop was offered when a `cancelAfterChars` send stopped the answer. */
  stopOffered?: boolean;
  /** What the last `transcribe` step returned, or how it failed. */
  transcript?: { text: string } | { error: ChatKitError };
}

export function lastEntry(state: ThreadState, type: string): ItemEntry | undefined {
  return [...state.items].reverse().find((e) => e.item.type === type && e.phase !== 'failed');
}

export function lastVisibleOfType(state: ThreadState, ref: ItemRef): ThreadItem {
  const found = [...state.items].reverse().find((e) => e.visible && e.item.type === ref.last);
  assert.ok(found, `no ${ref.last} item to target`);
  return found.item;
}

export function walk(node: WidgetComponent, visit: (node: WidgetComponent) => void): void {
  visit(node);
  const children = node.children;
  const list = Array.isArray(children) ? children : children ? [children] : [];
  for (const child of list) walk(child, visit);
}

export function textOf(item: ThreadItem | undefined): string {
  const content = (item as { content?: { text?: string }[] } | undefined)?.content ?? [];
  return content.map((p) => p.text ?? '').join('');
}
