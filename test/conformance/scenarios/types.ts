/** The vocabulary of the conformance scenarios: the steps, what they expect, a scenario. */
import type { Action, UserMessageContent } from '../../../src/protocol/wire-types.js';
import type { Feature } from '../features.js';

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
  /** Server features the steps need (../features.ts); a server without one gets `whenMissing`. */
  needs?: Feature[];
  /**
   * Against a server that lacks a feature of `needs`: either the steps that show how the element
   * degrades there (`degrades` says how, for the test title), or why nothing applies (the
   * scenario is reported as skipped with that reason). Required with `needs`.
   */
  whenMissing?: { degrades: string; steps: Step[] } | { notApplicable: string };
}

/** The client effects an expectation lists. */
export type Effects = NonNullable<Expectation['effects']>;
