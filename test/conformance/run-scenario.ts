/**
 * Runs one conformance scenario (data from scenarios/) against a ChatKit endpoint through our own
 * protocol client and `ChatSession`, checking expectations and comparing with the server's state.
 */
import assert from 'node:assert/strict';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatKitError } from '../../src/protocol/errors.js';
import type { Page, ThreadItem, WidgetComponent } from '../../src/protocol/wire-types.js';
import { ChatSession } from '../../src/state/chat-session.js';
import type { SessionEvent } from '../../src/state/chat-session.js';
import { canSend, canStop } from '../../src/state/selectors.js';
import type { ItemEntry, ThreadState } from '../../src/state/thread-state.js';
import type { Expectation, ItemRef, Scenario, Step } from './scenarios/index.js';

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

/** The comparable form of our items: stored ones only (hidden context never reaches us anyway). */
function comparable(state: ThreadState): ItemEntry[] {
  return state.items.filter(
    (e) => e.phase === 'done' || (e.phase === 'frozen' && e.frozenBy === 'aborted'),
  );
}

function lastEntry(state: ThreadState, type: string): ItemEntry | undefined {
  return [...state.items].reverse().find((e) => e.item.type === type && e.phase !== 'failed');
}

function lastVisibleOfType(state: ThreadState, ref: ItemRef): ThreadItem {
  const found = [...state.items].reverse().find((e) => e.visible && e.item.type === ref.last);
  assert.ok(found, `no ${ref.last} item to target`);
  return found.item;
}

function walk(node: WidgetComponent, visit: (node: WidgetComponent) => void): void {
  visit(node);
  const children = node.children;
  const list = Array.isArray(children) ? children : children ? [children] : [];
  for (const child of list) walk(child, visit);
}

function textOf(item: ThreadItem | undefined): string {
  const content = (item as { content?: { text?: string }[] } | undefined)?.content ?? [];
  return content.map((p) => p.text ?? '').join('');
}

async function serverItems(
  client: ChatKitClient,
  threadId: string,
  limit: number,
): Promise<ThreadItem[]> {
  const all: ThreadItem[] = [];
  let after: string | null = null;
  for (let page = 0; page < 200; page++) {
    const result: Page<ThreadItem> = await client.request('items.list', {
      thread_id: threadId,
      order: 'asc',
      limit,
      ...(after ? { after } : {}),
    });
    all.push(...result.data);
    if (!result.has_more || !result.after) return all;
    after = result.after;
  }
  throw new Error('items.list never ended');
}

/** Compares our thread with the server's own view of it. */
export async function compareWithServer(
  run: ScenarioRun,
  client: ChatKitClient,
  pageSize = 20,
): Promise<void> {
  const state = run.session.state;
  assert.ok(state.threadId, 'compare needs a thread');
  const thread = await client.request('threads.get_by_id', { thread_id: state.threadId });
  assert.equal(state.thread?.title ?? null, thread.title ?? null, 'thread title');
  assert.deepEqual(state.thread?.status, thread.status, 'thread status');
  const theirs = await serverItems(client, state.threadId, pageSize);
  const ours = comparable(state);
  assert.deepEqual(
    ours.map((e) => `${e.item.type}:${e.item.id}`),
    theirs.map((i) => `${i.type}:${i.id}`),
    'the same items in the same order',
  );
  ours.forEach((entry, i) => {
    const server = theirs[i]!;
    if (entry.phase === 'frozen') {
      // Stopped mid-stream: the server stored what it had streamed, possibly a few deltas more.
      assert.ok(
        textOf(server).startsWith(textOf(entry.item)),
        'partial text is a prefix of the stored one',
      );
      assert.ok(textOf(entry.item).length > 0, 'partial text kept');
    } else {
      assert.deepEqual(
        entry.item,
        server,
        `item ${server.id} (${server.type}) equals the server's`,
      );
    }
  });
  // get_by_id returns the oldest page ascending; it must agree with the start of the list.
  assert.deepEqual(
    thread.items.data.map((i) => i.id),
    theirs.slice(0, thread.items.data.length).map((i) => i.id),
    'threads.get_by_id returns the oldest items first',
  );
}

function checkExpectation(
  run: ScenarioRun,
  that: Expectation,
  origin: string | undefined,
): Promise<void> | void {
  const state = run.session.state;
  const visible = state.items.filter((e) => e.visible);
  if (that.visibleTypes) {
    assert.deepEqual(
      visible
        .filter((e) => e.phase !== 'failed' && !(e.phase === 'frozen' && e.frozenBy === 'error'))
        .map((e) => e.item.type),
      that.visibleTypes,
      'visible item types',
    );
  }
  const assistant = lastEntry(state, 'assistant_message')?.item;
  if (that.lastAssistantText !== undefined) assert.equal(textOf(assistant), that.lastAssistantText);
  if (that.lastAssistantTextStartsWith !== undefined) {
    assert.ok(
      textOf(assistant).startsWith(that.lastAssistantTextStartsWith),
      `"${textOf(assistant)}"`,
    );
  }
  if (that.lastAssistantAnnotations !== undefined) {
    const parts = (assistant as { content: { annotations: unknown[] }[] }).content;
    assert.equal(parts[0]?.annotations.length, that.lastAssistantAnnotations, 'annotations kept');
  }
  const widgetItem = lastEntry(state, 'widget')?.item as { widget: WidgetComponent } | undefined;
  if (that.lastWidgetTitle !== undefined || that.lastWidgetHasValue !== undefined) {
    assert.ok(widgetItem, 'a widget item');
    const values: string[] = [];
    const titles: string[] = [];
    walk(widgetItem.widget, (node) => {
      if (typeof node['value'] === 'string') values.push(node['value']);
      if (node.type === 'Title' && typeof node['value'] === 'string') titles.push(node['value']);
    });
    if (that.lastWidgetTitle !== undefined)
      assert.ok(titles.includes(that.lastWidgetTitle), `titles: ${titles.join(', ')}`);
    if (that.lastWidgetHasValue !== undefined)
      assert.ok(values.includes(that.lastWidgetHasValue), `values: ${values.join(' | ')}`);
  }
  if (that.lastWidgetConfirm !== undefined) {
    const confirm = widgetItem?.widget['confirm'] as { action?: { type?: string } } | undefined;
    assert.equal(confirm?.action?.type, that.lastWidgetConfirm);
  }
  if (that.threadTitle !== undefined) assert.equal(state.thread?.title, that.threadTitle);
  if (that.threadStatus !== undefined) assert.equal(state.thread?.status.type, that.threadStatus);
  if (that.error !== undefined) {
    if (that.error === null)
      assert.equal(state.error, null, `unexpected error: ${state.error?.message}`);
    else {
      assert.ok(state.error, 'an error in the state');
      assert.equal(state.error.kind, that.error.kind);
      assert.equal(state.error.retryable, that.error.retryable);
      if (that.error.serverMessage !== undefined)
        assert.equal(state.error.serverMessage, that.error.serverMessage);
      if (that.error.message !== undefined) assert.equal(state.error.message, that.error.message);
      if (that.error.status !== undefined) assert.equal(state.error.status, that.error.status);
      if (that.error.eventsReceived !== undefined) {
        const reported = [...run.events].reverse().find((e) => e.type === 'error');
        assert.equal(
          reported?.type === 'error' && reported.error.eventsReceived,
          that.error.eventsReceived,
        );
      }
    }
  }
  if (that.effects) {
    const effects = run.events
      .filter((e) => e.type === 'effect')
      .map((e) => e.type === 'effect' && { name: e.name, data: e.data });
    assert.deepEqual(effects, that.effects);
  }
  if (that.progressSeen) assert.deepEqual(run.progressSeen, that.progressSeen);
  if (that.progressSeen) assert.equal(state.stream, null, 'progress cleared at the end');
  if (that.notices) {
    assert.deepEqual(
      state.notices.map(({ level, message, title }) =>
        title ? { level, message, title } : { level, message },
      ),
      that.notices,
    );
  }
  if (that.lastPhase) {
    const e = [...state.items].reverse().find((x) => x.item.type === that.lastPhase!.type);
    assert.ok(e, `an item of type ${that.lastPhase.type}`);
    assert.equal(e.phase, that.lastPhase.phase);
    if (that.lastPhase.frozenBy) assert.equal(e.frozenBy, that.lastPhase.frozenBy);
  }
  if (that.invisibleCount !== undefined) {
    assert.equal(
      state.items.filter((e) => !e.visible).length,
      that.invisibleCount,
      'invisible items kept',
    );
    assert.ok(
      state.items.every(
        (e) => !['hidden_context_item', 'sdk_hidden_context'].includes(e.item.type) || !e.visible,
      ),
    );
  }
  if (that.historyTitlesInclude) {
    const titles = run.session.threads.getSnapshot().threads.map((t) => t.title);
    for (const title of that.historyTitlesInclude)
      assert.ok(titles.includes(title), `history has "${title}": ${titles.join(', ')}`);
    const order = that.historyTitlesInclude.map((t) => titles.indexOf(t));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
      'newest first',
    );
  }
  if (that.historyExcludesCurrent) {
    const ids = run.session.threads.getSnapshot().threads.map((t) => t.id);
    const deleted = run.events.filter((e) => e.type === 'thread.change').at(-2);
    assert.ok(
      deleted?.type === 'thread.change' && deleted.threadId && !ids.includes(deleted.threadId),
    );
  }
  if (that.toolCall) {
    const call = lastEntry(state, 'client_tool_call')?.item as { status: string; output?: unknown };
    assert.equal(call.status, that.toolCall.status);
    if ('output' in that.toolCall) assert.deepEqual(call.output, that.toolCall.output);
  }
  const user = lastEntry(state, 'user_message')?.item as
    { content: unknown; inference_options: unknown } | undefined;
  if (that.lastUserContent) assert.deepEqual(user?.content, that.lastUserContent);
  if (that.lastUserInference) assert.deepEqual(user?.inference_options, that.lastUserInference);
  if (that.canSend !== undefined) assert.equal(canSend(state), that.canSend, 'canSend');
  if (that.stopOffered !== undefined)
    assert.equal(run.stopOffered, that.stopOffered, 'Stop offered while the answer streamed');
  if (that.transcript !== undefined) {
    const got = run.transcript;
    assert.ok(got, 'a transcribe step ran');
    if (typeof that.transcript === 'string') {
      assert.ok('text' in got, `transcribed: ${'error' in got ? got.error.message : ''}`);
      assert.equal(got.text, that.transcript);
    } else {
      assert.ok('error' in got, 'the transcription failed');
      assert.equal(got.error.kind, that.transcript.kind);
      assert.equal(got.error.status, that.transcript.status);
    }
  }
  if (that.feedbackRecorded) {
    assert.ok(origin, 'feedback check needs the server origin');
    return (async () => {
      const recorded = (await (await fetch(`${origin}/debug/feedback`)).json()) as {
        item_ids: string[];
        kind: string;
      }[];
      const id = lastEntry(state, 'assistant_message')!.item.id;
      assert.ok(
        recorded.some((f) => f.kind === that.feedbackRecorded && f.item_ids.includes(id)),
        JSON.stringify(recorded),
      );
    })();
  }
}

async function runStep(
  run: ScenarioRun,
  step: Step,
  client: ChatKitClient,
  origin?: string,
): Promise<void> {
  const { session } = run;
  switch (step.do) {
    case 'send': {
      let unsubscribe: (() => void) | undefined;
      if (step.cancelAfterChars !== undefined) {
        const limit = step.cancelAfterChars;
        unsubscribe = session.thread.subscribe((state) => {
          const streaming = state.items.find(
            (e) => e.phase === 'streaming' && e.item.type === 'assistant_message',
          );
          if (
            streaming &&
            textOf(streaming.item).length >= limit &&
            run.stopOffered === undefined
          ) {
            run.stopOffered = canStop(state);
            session.cancel();
          }
        });
      }
      try {
        await session.sendMessage({
          ...(step.text !== undefined ? { text: step.text } : {}),
          ...(step.content ? { content: step.content } : {}),
          ...(step.toolChoice ? { toolChoice: step.toolChoice } : {}),
          ...(step.model ? { model: step.model } : {}),
        });
      } finally {
        unsubscribe?.();
      }
      const failed = session.state.error !== null && session.state.error.kind !== 'server_error';
      if (step.fails !== undefined) assert.equal(failed, step.fails, `send "${step.text}" failure`);
      if (step.cancelAfterChars !== undefined) {
        // The server stores the partial answer once it notices the disconnect.
        await new Promise((r) => setTimeout(r, 300));
      }
      return;
    }
    case 'action':
      return session.sendAction(step.action, lastVisibleOfType(session.state, step.on).id);
    case 'syncAction': {
      const sending = session.sendSyncAction(
        step.action,
        lastVisibleOfType(session.state, step.on).id,
      );
      if (step.fails) await assert.rejects(sending, ChatKitError, 'the sync action fails');
      else await sending;
      return;
    }
    case 'transcribe':
      try {
        // A few bytes of "audio": the scripted servers answer with the media type.
        const { text } = await client.request('input.transcribe', {
          audio_base64: 'GkXfo59ChoEBQveBAULygQRC84EIQoKEd2VibQ==',
          mime_type: step.mimeType,
        });
        run.transcript = { text };
      } catch (error) {
        assert.ok(error instanceof ChatKitError, `a ChatKitError, got ${String(error)}`);
        run.transcript = { error };
      }
      return;
    case 'retry':
      return session.retry();
    case 'answer': {
      const item = [...session.state.items]
        .reverse()
        .find((e) => e.item.type === 'structured_input');
      assert.ok(item, 'a structured input to answer');
      return session.submitStructuredInput(item.item.id, step.input);
    }
    case 'feedback':
      return session.sendFeedback([lastVisibleOfType(session.state, step.on).id], step.kind);
    case 'rename':
      return session.renameThread(session.state.threadId!, step.title);
    case 'delete': {
      const id = session.state.threadId!;
      await session.deleteThread(id);
      await assert.rejects(
        client.request('threads.get_by_id', { thread_id: id }),
        'deleted thread is gone',
      );
      return;
    }
    case 'newThread':
      session.newThread();
      return;
    case 'reload':
      return session.loadThread(session.state.threadId!);
    case 'open': {
      const loading = session.loadThread(step.threadId);
      if (step.fails) await assert.rejects(loading);
      else await loading;
      return;
    }
    case 'loadAllOlder':
      for (let i = 0; i < 100 && session.state.older.hasMore; i++) await session.loadOlder();
      assert.equal(session.state.older.hasMore, false);
      return;
    case 'listThreads': {
      await session.loadThreads();
      for (let i = 0; i < 100 && session.threads.getSnapshot().hasMore; i++)
        await session.loadMoreThreads();
      assert.equal(session.threads.getSnapshot().hasMore, false);
      return;
    }
    case 'expect':
      return checkExpectation(run, step.that, origin);
    case 'compare':
      return compareWithServer(run, client, step.pageSize);
    default:
      throw new Error(`unknown step ${(step as { do: string }).do}`);
  }
}

/** Runs a scenario against an endpoint. `origin` enables the server's debug checks (feedback). */
export async function runScenario(
  scenario: Scenario,
  url: string,
  origin?: string,
): Promise<ScenarioRun> {
  const warnings: ChatKitError[] = [];
  const client = new ChatKitClient({ url, locale: 'en-GB', onWarning: (w) => warnings.push(w) });
  const events: SessionEvent[] = [];
  const progressSeen: string[] = [];
  const threadPageSize = scenario.steps.find(
    (s): s is Extract<Step, { do: 'listThreads' }> => s.do === 'listThreads',
  )?.pageSize;
  const session = new ChatSession({
    client,
    itemPageSize: scenario.itemPageSize ?? 20,
    threadPageSize: threadPageSize ?? 20,
    onEvent: (event) => events.push(event),
    onClientTool: scenario.clientTool
      ? () => {
          const tool = scenario.clientTool!;
          if ('throws' in tool) throw new Error(tool.throws);
          return tool.result;
        }
      : undefined,
  });
  session.thread.subscribe((state) => {
    const text = state.stream?.progress?.text;
    if (text && progressSeen.at(-1) !== text) progressSeen.push(text);
  });
  const run: ScenarioRun = { session, events, warnings, progressSeen };
  for (const [i, step] of scenario.steps.entries()) {
    try {
      await runStep(run, step, client, origin);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`step ${i + 1} (${step.do}) failed: ${message}`, { cause: error });
    }
  }
  assert.deepEqual(
    warnings.map((w) => w.message),
    [],
    'no malformed events',
  );
  session.dispose();
  return run;
}
