/**
 * Checks an `expect` step of a conformance scenario: each key present in the expectation against
 * our thread state, the session's events and what the run observed (and, for feedback, the
 * server's debug record).
 */
import assert from 'node:assert/strict';

import type { WidgetComponent } from '../../src/protocol/wire-types.js';
import { canSend } from '../../src/state/selectors.js';
import type { ScenarioRun } from './scenario-run.js';
import { lastEntry, textOf, walk } from './scenario-run.js';
import type { Expectation } from './scenarios/index.js';

export function checkExpectation(
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
