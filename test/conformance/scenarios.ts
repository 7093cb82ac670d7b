/**
 * The conformance scenarios, as data. Each is a list of steps run through our protocol client and
 * thread store against a scripted ChatKit server, ending with our state compared to what the server
 * itself returns (`threads.get_by_id`, `items.list`).
 *
 * Any server that speaks the scripted vocabulary of `README.md` in this folder (the Python SDK
 * server here, the demo backend) can be run through the same list.
 */
import type { Action, UserMessageContent } from '../../src/protocol/wire-types.js';
import type { Feature } from './features.js';

/** Which item a step targets: the newest visible item of a type. */
export interface ItemRef {
  last: 'widget' | 'assistant_message' | 'user_message' | 'client_tool_call';
}

/** What is expected after a step. Every key is optional; each present key is checked. */
export interface Expectation {
  /** Types of the visible items, in order. */
  visibleTypes?: string[];
  /** Text of the newest assistant message (exact). */
  lastAssistantText?: string;
  /** A prefix of the newest assistant message's text. */
  lastAssistantTextStartsWith?: string;
  /** Number of annotations on the newest assistant message's first part. */
  lastAssistantAnnotations?: number;
  /** `value` of a Title anywhere in the newest widget. */
  lastWidgetTitle?: string;
  /** A Text/Markdown `value` anywhere in the newest widget. */
  lastWidgetHasValue?: string;
  /** The newest widget has a Card `confirm` action of this type. */
  lastWidgetConfirm?: string;
  threadTitle?: string;
  threadStatus?: 'active' | 'locked' | 'closed';
  /** The thread error; `null` means none. */
  error?: {
    kind: string;
    retryable: boolean;
    serverMessage?: boolean;
    message?: string;
    eventsReceived?: number;
    /** The HTTP status of an `http` error. */
    status?: number;
  } | null;
  /** Client effects seen during the scenario so far. */
  effects?: { name: string; data: Record<string, unknown> }[];
  /** A progress update was visible in the state while streaming. */
  progressSeen?: string[];
  /** Notices in the state. */
  notices?: { level: string; message: string; title?: string }[];
  /** Phases of entries by type, e.g. `{assistant_message: 'frozen'}` for the newest one. */
  lastPhase?: { type: string; phase: string; frozenBy?: string };
  /** Number of entries that are invisible (hidden context, markers). */
  invisibleCount?: number;
  /** Titles in the history list (threads.list), newest first, as far as listed. */
  historyTitlesInclude?: string[];
  historyExcludesCurrent?: boolean;
  /** The server recorded feedback of this kind for the newest assistant message. */
  feedbackRecorded?: 'positive' | 'negative';
  /** The newest client tool call's status and output. */
  toolCall?: { status: string; output?: unknown };
  /** Content of the newest user message as the server echoed it. */
  lastUserContent?: UserMessageContent[];
  lastUserInference?: Record<string, unknown>;
  /** Whether the composer may send. */
  canSend?: boolean;
  /** Whether Stop was offered at the moment a `cancelAfterChars` send stopped the answer. */
  stopOffered?: boolean;
  /** The text of the last `transcribe` step, or how it failed. */
  transcript?: string | { kind: string; status?: number };
}

/** One step. */
export type Step =
  | {
      do: 'send';
      text?: string;
      content?: UserMessageContent[];
      toolChoice?: { id: string };
      model?: string;
      /** Abort the stream once the streaming assistant message holds this many characters. */
      cancelAfterChars?: number;
      /** The request is expected to fail (the step does not throw). */
      fails?: boolean;
    }
  | { do: 'action'; action: Action; on: ItemRef }
  /** `threads.sync_custom_action`; with `fails` the request is expected to be refused. */
  | { do: 'syncAction'; action: Action; on: ItemRef; fails?: boolean }
  /** `input.transcribe` with a few bytes of audio (what dictation sends). */
  | { do: 'transcribe'; mimeType: string }
  | { do: 'retry' }
  /** Answers the pending structured input (threads.add_structured_input). */
  | {
      do: 'answer';
      input: {
        status?: 'answered' | 'skipped';
        answers?: Record<string, { values?: string[]; skipped?: boolean }>;
      };
    }
  | { do: 'feedback'; kind: 'positive' | 'negative'; on: ItemRef }
  | { do: 'rename'; title: string }
  | { do: 'delete' }
  | { do: 'newThread' }
  | { do: 'reload' }
  | { do: 'open'; threadId: string; fails?: boolean }
  | { do: 'loadAllOlder' }
  | { do: 'listThreads'; pageSize: number }
  | { do: 'expect'; that: Expectation }
  /** Compare our state with the server's (all items via paged `items.list`, metadata via get_by_id). */
  | { do: 'compare'; pageSize?: number };

/** A named scenario. */
export interface Scenario {
  name: string;
  /** Items per `items.list` page for the session (default 20). */
  itemPageSize?: number;
  /** What the client tool handler returns (or throws, with `{throws: message}`). */
  clientTool?: { result: unknown } | { throws: string };
  steps: Step[];
  /** Server features the steps need (features.ts); a server without one gets `whenMissing`. */
  needs?: Feature[];
  /**
   * Against a server that lacks a feature of `needs`: either the steps that show how the element
   * degrades there (`degrades` says how, for the test title), or why nothing applies (the
   * scenario is reported as skipped with that reason). Required with `needs`.
   */
  whenMissing?: { degrades: string; steps: Step[] } | { notApplicable: string };
}

const hello: Step = { do: 'send', text: 'hello: what is ChatKit?' };

type Effects = NonNullable<Expectation['effects']>;

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

/** metro-map's line selection, with the client effects the server can send. */
function lineSelected(effects: Effects): Step[] {
  return [
    { do: 'send', text: 'lines: show' },
    {
      do: 'action',
      action: { type: 'line.select', payload: { id: 'blue' } },
      on: { last: 'widget' },
    },
    {
      do: 'expect',
      that: {
        visibleTypes: ['user_message', 'widget', 'client_tool_call', 'assistant_message'],
        lastWidgetTitle: 'Blue Line',
        effects,
        toolCall: { status: 'completed', output: { zoom: 12, stations: 14 } },
        lastAssistantText: 'Tool get_map_view returned {"stations": 14, "zoom": 12}',
      },
    },
    { do: 'compare' },
  ];
}

/** A message with an @mention tag in a group, a tool choice and a model. */
function mention(group: boolean): Step[] {
  const tag = {
    type: 'input_tag' as const,
    id: 'article_123',
    text: 'The Future of AI',
    data: { type: 'article' },
    group: 'Trending',
    interactive: true,
  };
  const { group: _dropped, ...tagWithoutGroup } = tag;
  return [
    {
      do: 'send',
      content: [{ type: 'input_text', text: 'Compare this with ' }, tag],
      toolChoice: { id: 'search' },
      model: 'gpt-test',
    },
    {
      do: 'expect',
      that: {
        lastAssistantText: `echo Compare this with The Future of AI | tags: article_123(${group ? 'Trending' : '-'}) | tool: search | model: gpt-test`,
        // The server's echo replaces our bubble: what it kept is what the thread shows.
        lastUserContent: [
          { type: 'input_text', text: 'Compare this with ' },
          group ? tag : tagWithoutGroup,
        ],
        lastUserInference: { tool_choice: { id: 'search' }, model: 'gpt-test' },
      },
    },
    { do: 'compare' },
  ];
}

const STRUCTURED_INPUT_NOT_APPLICABLE =
  'such a server cannot send a structured_input item, so the element never sends threads.add_structured_input to it';

/** Every scenario of the conformance suite. */
export const scenarios: Scenario[] = [
  {
    name: 'new thread with streamed assistant text',
    steps: [
      hello,
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'assistant_message'],
          lastAssistantText: 'Hello, world!',
          lastAssistantAnnotations: 1,
          threadTitle: 'Greeting',
          error: null,
          canSend: true,
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'message added to an existing thread',
    steps: [
      { do: 'send', text: 'first message' },
      { do: 'send', text: 'second message' },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'assistant_message', 'user_message', 'assistant_message'],
          lastAssistantText: 'echo second message',
        },
      },
      { do: 'compare' },
      { do: 'reload' },
      { do: 'compare' },
    ],
  },
  {
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
  },
  {
    name: 'custom action that replaces a widget, with a client effect',
    steps: draftSent([{ name: 'toast', data: { text: 'Sent!' } }]),
    needs: ['client_effect'],
    whenMissing: {
      degrades: 'the widget is replaced and answered, no effect arrives',
      steps: draftSent([]),
    },
  },
  {
    name: 'custom action that patches a widget (root and component updates)',
    steps: [
      { do: 'send', text: 'widget: draft' },
      { do: 'action', action: { type: 'draft.update' }, on: { last: 'widget' } },
      { do: 'expect', that: { lastWidgetTitle: 'Editing', lastWidgetHasValue: 'v2 (patched)' } },
      { do: 'compare' },
    ],
  },
  {
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
  },
  {
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
  },
  {
    name: 'progress update shown while the response runs',
    steps: [
      { do: 'send', text: 'progress: find tickets' },
      {
        do: 'expect',
        that: {
          progressSeen: ['Searching tickets…', 'Reading results…'],
          lastAssistantText: 'Found 3 tickets.',
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'notice',
    steps: [
      { do: 'send', text: 'notice: Mind the **gap**' },
      {
        do: 'expect',
        that: { notices: [{ level: 'warning', message: 'Mind the **gap**', title: 'Heads up' }] },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'error event with allow_retry, then Retry',
    steps: [
      { do: 'send', text: 'flaky: try this' },
      {
        do: 'expect',
        that: {
          error: { kind: 'server_error', retryable: true, serverMessage: false },
          visibleTypes: ['user_message'],
          canSend: true,
        },
      },
      { do: 'compare' },
      { do: 'retry' },
      { do: 'expect', that: { error: null, lastAssistantText: 'Recovered on retry.' } },
      { do: 'compare' },
    ],
  },
  {
    name: 'error event: a streamed item is frozen, a custom error is not retryable',
    steps: [
      { do: 'send', text: 'boom: fail' },
      {
        do: 'expect',
        that: {
          error: { kind: 'server_error', retryable: true },
          lastPhase: { type: 'assistant_message', phase: 'frozen', frozenBy: 'error' },
        },
      },
      { do: 'compare' },
      { do: 'send', text: 'custom_error: You have hit your daily quota.' },
      {
        do: 'expect',
        that: {
          error: {
            kind: 'server_error',
            retryable: false,
            serverMessage: true,
            message: 'You have hit your daily quota.',
          },
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'stream cut mid-body, with and without events',
    steps: [
      { do: 'send', text: 'cut: half an answer', fails: true },
      {
        do: 'expect',
        that: {
          error: { kind: 'stream_cut', retryable: true },
          lastPhase: { type: 'assistant_message', phase: 'frozen', frozenBy: 'error' },
          lastAssistantText: 'Half an ans',
        },
      },
      { do: 'compare' },
      { do: 'open', threadId: 'thr_does_not_exist', fails: true },
      { do: 'expect', that: { error: { kind: 'http', retryable: true } } },
      { do: 'send', text: 'hello into the void', fails: true },
      {
        do: 'expect',
        that: {
          error: { kind: 'stream_cut', retryable: true, eventsReceived: 0 },
          lastPhase: { type: 'user_message', phase: 'failed' },
        },
      },
    ],
  },
  {
    name: 'threads.list and items.list pagination with hidden items',
    itemPageSize: 3,
    steps: [
      { do: 'send', text: 'one' },
      { do: 'send', text: 'hidden: remember this' },
      { do: 'send', text: 'hidden: and this' },
      { do: 'send', text: 'two' },
      { do: 'send', text: 'workflow: research and draw' },
      { do: 'send', text: 'three' },
      { do: 'compare', pageSize: 2 },
      { do: 'reload' },
      { do: 'loadAllOlder' },
      { do: 'expect', that: { invisibleCount: 1 } },
      { do: 'compare', pageSize: 3 },
      { do: 'newThread' },
      { do: 'send', text: 'title: Second' },
      { do: 'newThread' },
      { do: 'send', text: 'title: Third' },
      { do: 'listThreads', pageSize: 1 },
      { do: 'expect', that: { historyTitlesInclude: ['Third', 'Second'] } },
    ],
  },
  {
    name: 'rename and delete a thread',
    steps: [
      { do: 'send', text: 'title: Before' },
      { do: 'rename', title: 'After' },
      { do: 'expect', that: { threadTitle: 'After' } },
      { do: 'listThreads', pageSize: 50 },
      { do: 'expect', that: { historyTitlesInclude: ['After'] } },
      { do: 'compare' },
      { do: 'delete' },
      { do: 'listThreads', pageSize: 50 },
      { do: 'expect', that: { historyExcludesCurrent: true, visibleTypes: [] } },
    ],
  },
  {
    name: 'retry_after_item drops the later items locally',
    steps: [
      { do: 'send', text: 'first' },
      { do: 'send', text: 'second' },
      { do: 'retry' },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'assistant_message', 'user_message', 'assistant_message'],
          lastAssistantText: 'echo second',
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'feedback',
    steps: [
      { do: 'send', text: 'rate me' },
      { do: 'feedback', kind: 'positive', on: { last: 'assistant_message' } },
      { do: 'expect', that: { feedbackRecorded: 'positive' } },
    ],
  },
  {
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
  },
  {
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
  },
  {
    name: 'message with an @mention tag and a tool_choice',
    steps: mention(true),
    needs: ['tag_group'],
    whenMissing: {
      degrades: 'the server drops input_tag.group; the thread shows its echo without it',
      steps: mention(false),
    },
  },
  {
    name: 'stop mid-stream keeps the partial answer',
    steps: [
      { do: 'send', text: 'slow: write a long essay', cancelAfterChars: 15 },
      {
        do: 'expect',
        that: {
          stopOffered: true,
          lastPhase: { type: 'assistant_message', phase: 'frozen', frozenBy: 'aborted' },
          lastAssistantTextStartsWith: 'tok0 tok1 ',
          error: null,
          canSend: true,
        },
      },
      { do: 'compare' },
    ],
    needs: ['stream_options', 'cancel_persistence'],
    whenMissing: {
      degrades:
        'no Stop once the answer streams; stopped anyway (the API), the partial answer stays until a reload, which shows what the server kept',
      steps: [
        { do: 'send', text: 'slow: write a long essay', cancelAfterChars: 15 },
        {
          do: 'expect',
          that: {
            // No stream_options, so no allow_cancel: the element offers no Stop.
            stopOffered: false,
            lastPhase: { type: 'assistant_message', phase: 'frozen', frozenBy: 'aborted' },
            lastAssistantTextStartsWith: 'tok0 tok1 ',
            error: null,
            canSend: true,
          },
        },
        { do: 'reload' },
        { do: 'expect', that: { visibleTypes: ['user_message'], error: null } },
        { do: 'compare' },
        { do: 'send', text: 'after the stop' },
        { do: 'expect', that: { lastAssistantText: 'echo after the stop' } },
        { do: 'compare' },
      ],
    },
  },
  {
    name: 'workflow, generated image, task, hidden context and end-of-turn',
    steps: [
      { do: 'send', text: 'workflow: research and draw' },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'workflow', 'generated_image', 'task'],
          invisibleCount: 1,
        },
      },
      { do: 'compare' },
    ],
    needs: ['generated_image'],
    whenMissing: {
      degrades: 'no generated_image item; the workflow, task and hidden items as before',
      steps: [
        { do: 'send', text: 'workflow: research and draw' },
        {
          do: 'expect',
          that: { visibleTypes: ['user_message', 'workflow', 'task'], invisibleCount: 1 },
        },
        { do: 'compare' },
      ],
    },
  },
  {
    name: 'thread.updated: lock the thread, remove an item',
    steps: [
      { do: 'send', text: 'remove: withdraw it' },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'assistant_message'],
          lastAssistantText: 'A guardrail removed the previous answer.',
        },
      },
      { do: 'send', text: 'lock: maintenance window' },
      { do: 'expect', that: { threadStatus: 'locked', canSend: false } },
      { do: 'compare' },
    ],
  },
  {
    name: 'metro-map: a line selection replaces the widget, fires a client effect and a client tool',
    clientTool: { result: { zoom: 12, stations: 14 } },
    steps: lineSelected([{ name: 'location_select_mode', data: { line: 'blue' } }]),
    needs: ['client_effect'],
    whenMissing: {
      degrades: 'the widget is replaced and the client tool runs, no effect arrives',
      steps: lineSelected([]),
    },
  },
  {
    name: 'cat-lounge: "more" sends a user message, a selection is forwarded to the server',
    steps: [
      { do: 'send', text: 'cats: names' },
      // The client handles "more" by sending a user message, as the sample's onAction does.
      { do: 'send', text: 'cats: more names' },
      {
        do: 'expect',
        that: {
          visibleTypes: [
            'user_message',
            'assistant_message',
            'widget',
            'user_message',
            'assistant_message',
            'widget',
          ],
        },
      },
      // The client handles the selection, then forwards it with sendCustomAction(action, itemId).
      {
        do: 'action',
        action: { type: 'cats.select_name', payload: { name: 'Pixel' } },
        on: { last: 'widget' },
      },
      {
        do: 'expect',
        that: { lastWidgetTitle: 'Say hello to Pixel!', lastAssistantText: 'Pixel it is.' },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'news-guide: an article list whose actions stay in the page',
    steps: [
      { do: 'send', text: 'news: latest' },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'widget'],
          lastWidgetHasValue: 'New bench installed near Willow Path',
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'customer-support: a flight selection adds a new widget',
    steps: [
      { do: 'send', text: 'flights: SFO to JFK' },
      {
        do: 'action',
        action: { type: 'flight.select', payload: { flight: 'OA 917' } },
        on: { last: 'widget' },
      },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'widget', 'widget', 'assistant_message'],
          lastWidgetTitle: 'OA 917 is booked',
          lastAssistantText: 'Booked OA 917.',
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'structured input answered: single choice keeps one value, an omitted question is skipped',
    needs: ['structured_input'],
    whenMissing: { notApplicable: STRUCTURED_INPUT_NOT_APPLICABLE },
    steps: [
      { do: 'send', text: 'ask: seat' },
      { do: 'expect', that: { visibleTypes: ['user_message', 'structured_input'] } },
      {
        do: 'answer',
        input: {
          status: 'answered',
          answers: { seat: { values: ['Window', 'Aisle'] }, extras: { values: ['Meal', 'Bag'] } },
        },
      },
      {
        do: 'expect',
        that: {
          visibleTypes: ['user_message', 'structured_input', 'assistant_message'],
          lastAssistantText: 'Answers (answered): seat=Window, extras=Meal+Bag, note=skipped',
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'structured input skipped',
    needs: ['structured_input'],
    whenMissing: { notApplicable: STRUCTURED_INPUT_NOT_APPLICABLE },
    steps: [
      { do: 'send', text: 'ask: seat' },
      { do: 'answer', input: { status: 'skipped' } },
      {
        do: 'expect',
        that: {
          lastAssistantText: 'Answers (skipped): seat=skipped, extras=skipped, note=skipped',
        },
      },
      { do: 'compare' },
    ],
  },
  {
    name: 'input.transcribe (dictation) answers with the text',
    steps: [
      { do: 'send', text: 'keep me' },
      { do: 'transcribe', mimeType: 'audio/webm;codecs=opus' },
      { do: 'expect', that: { transcript: 'Dictated audio (audio/webm)', error: null } },
      { do: 'compare' },
    ],
    needs: ['transcribe'],
    whenMissing: {
      degrades: 'HTTP 500 reported to dictation, the thread untouched',
      steps: [
        { do: 'send', text: 'keep me' },
        { do: 'transcribe', mimeType: 'audio/webm;codecs=opus' },
        {
          do: 'expect',
          that: {
            transcript: { kind: 'http', status: 500 },
            // A dictation failure is the composer's (it keeps the draft); the thread shows none.
            error: null,
            visibleTypes: ['user_message', 'assistant_message'],
            lastAssistantText: 'echo keep me',
            canSend: true,
          },
        },
        { do: 'compare' },
      ],
    },
  },
];
