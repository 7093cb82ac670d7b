/** Errors: a retryable error event and Retry, a frozen item and a custom error, a cut stream. */
import type { Scenario } from './types.js';

export const errorThenRetry: Scenario = {
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
};

export const errorFreezesItem: Scenario = {
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
};

export const streamCut: Scenario = {
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
};
