/**
 * Sending and streaming: a new thread, a message added to it, progress, notices, Stop mid-stream,
 * and the items beyond messages (workflow, generated image, task, hidden context, end-of-turn).
 */
import type { Scenario, Step } from './types.js';

const hello: Step = { do: 'send', text: 'hello: what is ChatKit?' };

export const newThreadStreamed: Scenario = {
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
};

export const messageAdded: Scenario = {
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
};

export const progressUpdate: Scenario = {
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
};

export const notice: Scenario = {
  name: 'notice',
  steps: [
    { do: 'send', text: 'notice: Mind the **gap**' },
    {
      do: 'expect',
      that: { notices: [{ level: 'warning', message: 'Mind the **gap**', title: 'Heads up' }] },
    },
    { do: 'compare' },
  ],
};

export const stopMidStream: Scenario = {
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
};

export const workflowItems: Scenario = {
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
};
