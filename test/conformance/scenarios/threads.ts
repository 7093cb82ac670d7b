/**
 * Threads: paged threads.list and items.list (with hidden items), rename and delete,
 * retry_after_item, feedback, and thread.updated (a lock, a removed item).
 */
import type { Scenario } from './types.js';

export const pagination: Scenario = {
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
};

export const renameAndDelete: Scenario = {
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
};

export const retryAfterItem: Scenario = {
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
};

export const feedback: Scenario = {
  name: 'feedback',
  steps: [
    { do: 'send', text: 'rate me' },
    { do: 'feedback', kind: 'positive', on: { last: 'assistant_message' } },
    { do: 'expect', that: { feedbackRecorded: 'positive' } },
  ],
};

export const threadUpdated: Scenario = {
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
};
