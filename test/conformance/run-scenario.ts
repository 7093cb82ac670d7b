/**
 * Runs one conformance scenario (data from scenarios/) against a ChatKit endpoint through our own
 * protocol client and `ChatSession`, checking expectations and comparing with the server's state.
 */
import assert from 'node:assert/strict';

import { ChatKitClient } from '../../src/protocol/client.js';
import { ChatKitError } from '../../src/protocol/errors.js';
import type { Page, ThreadItem } from '../../src/protocol/wire-types.js';
import { ChatSession } from '../../src/state/chat-session.js';
import type { SessionEvent } from '../../src/state/chat-session.js';
import { canStop } from '../../src/state/selectors.js';
import type { ItemEntry, ThreadState } from '../../src/state/thread-state.js';
import { checkExpectation } from './expectations.js';
import type { ScenarioRun } from './scenario-run.js';
import { lastVisibleOfType, textOf } from './scenario-run.js';
import type { Scenario, Step } from './scenarios/index.js';

export type { ScenarioRun } from './scenario-run.js';

/** The comparable form of our items: stored ones only (hidden context never reaches us anyway). */
function comparable(state: ThreadState): ItemEntry[] {
  return state.items.filter(
    (e) => e.phase === 'done' || (e.phase === 'frozen' && e.frozenBy === 'aborted'),
  );
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
