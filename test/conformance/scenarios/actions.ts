/**
 * Widgets and what the client does with them: a widget streamed then updated, custom actions
 * (replacing or patching the widget, threads.sync_custom_action), client effects and client tools.
 */
import type { Effects, Scenario, Step } from './types.js';

/** The demo draft sent by its confirm action, with the client effects the server can send. */
function draftSent(effects: Effects): Step[] {
  return [
    { do: 'send', text: 'widget: draft' },
    {
      do: 'action',
      action: { type: 'draft.send', payload: { draft_id: 'd1' } },
      on: { last: 'widget' },
    },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'widget', 'assistant_message'],
        lastWidgetTitle: 'Sent',
        lastAssistantText: 'Done - the draft was sent.',
        effects,
      },
    },
    { do: 'compare' },
  ];
}

export const widgetStreamed: Scenario = {
  name: 'widget streamed with text deltas, then widget.root.updated',
  steps: [
    { do: 'send', text: 'widget: draft the announcement' },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'widget'],
        lastWidgetTitle: 'Final draft',
        lastWidgetHasValue: 'Dear team, the release ships Friday.',
        lastWidgetConfirm: 'draft.send',
      },
    },
    { do: 'compare' },
  ],
};

export const actionReplacesWidget: Scenario = {
  name: 'custom action that replaces a widget, with a client effect',
  steps: draftSent([{ name: 'toast', data: { text: 'Sent!' } }]),
  needs: ['client_effect'],
  whenMissing: {
    degrades: 'the widget is replaced and answered, no effect arrives',
    steps: draftSent([]),
  },
};

export const actionPatchesWidget: Scenario = {
  name: 'custom action that patches a widget (root and component updates)',
  steps: [
    { do: 'send', text: 'widget: draft' },
    { do: 'action', action: { type: 'draft.update' }, on: { last: 'widget' } },
    { do: 'expect', that: { lastWidgetTitle: 'Editing', lastWidgetHasValue: 'v2 (patched)' } },
    { do: 'compare' },
  ],
};

export const syncCustomAction: Scenario = {
  name: 'threads.sync_custom_action applied in place',
  steps: [
    { do: 'send', text: 'widget: draft' },
    {
      do: 'syncAction',
      action: { type: 'counter.click', payload: { count: 1 } },
      on: { last: 'widget' },
    },
    {
      do: 'expect',
      that: { visibleTypes: ['user_message', 'widget'], lastWidgetHasValue: 'Clicked 2 times' },
    },
    { do: 'compare' },
  ],
  needs: ['sync_action'],
  whenMissing: {
    degrades:
      'HTTP 500 shown as an error without Retry, the widget and the thread stay, the next message works',
    steps: [
      { do: 'send', text: 'widget: draft' },
      {
        do: 'syncAction',
        action: { type: 'counter.click', payload: { count: 1 } },
        on: { last: 'widget' },
        fails: true,
      },
      {
        do: 'expect',
        that: {
          // Retry would run the previous answer again (threads.retry_after_item): not offered.
          error: { kind: 'http', status: 500, retryable: false },
          visibleTypes: ['user_message', 'widget'],
          lastWidgetTitle: 'Final draft',
          canSend: true,
        },
      },
      { do: 'compare' },
      { do: 'send', text: 'still here' },
      {
        do: 'expect',
        that: {
          error: null,
          visibleTypes: ['user_message', 'widget', 'user_message', 'assistant_message'],
          lastAssistantText: 'echo still here',
        },
      },
      { do: 'compare' },
    ],
  },
};

export const clientEffect: Scenario = {
  name: 'client effect',
  needs: ['client_effect'],
  whenMissing: {
    notApplicable:
      'such a server sends no client_effect events (the action scenarios show the rest of a turn without them)',
  },
  steps: [
    { do: 'send', text: 'effect: confetti' },
    {
      do: 'expect',
      that: {
        effects: [{ name: 'toast', data: { text: 'confetti' } }],
        lastAssistantText: 'Effect sent.',
      },
    },
    { do: 'compare' },
  ],
};

export const clientToolRoundTrip: Scenario = {
  name: 'client tool call round trip',
  clientTool: {
    result: {
      nodes: [
        { id: 'n1', kind: 'rect' },
        { id: 'n2', kind: 'text' },
      ],
    },
  },
  steps: [
    { do: 'send', text: 'tool: get_selected_canvas_nodes' },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'client_tool_call', 'assistant_message'],
        toolCall: {
          status: 'completed',
          output: {
            nodes: [
              { id: 'n1', kind: 'rect' },
              { id: 'n2', kind: 'text' },
            ],
          },
        },
        lastAssistantText:
          'Tool get_selected_canvas_nodes returned {"nodes": [{"id": "n1", "kind": "rect"}, {"id": "n2", "kind": "text"}]}',
        canSend: true,
      },
    },
    { do: 'compare' },
  ],
};

export const clientToolThrows: Scenario = {
  name: 'client tool that throws still answers the server',
  clientTool: { throws: 'canvas unavailable' },
  steps: [
    { do: 'send', text: 'tool: get_selected_canvas_nodes' },
    {
      do: 'expect',
      that: {
        toolCall: { status: 'completed', output: { error: 'canvas unavailable' } },
        lastAssistantText:
          'Tool get_selected_canvas_nodes returned {"error": "canvas unavailable"}',
      },
    },
    { do: 'compare' },
  ],
};
