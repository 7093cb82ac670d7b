/**
 * What the composer sends beyond plain text: an @mention tag with a tool choice and a model,
 * structured input answered or skipped, and dictation (input.transcribe).
 */
import type { Scenario, Step } from './types.js';

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

export const mentionAndToolChoice: Scenario = {
  name: 'message with an @mention tag and a tool_choice',
  steps: mention(true),
  needs: ['tag_group'],
  whenMissing: {
    degrades: 'the server drops input_tag.group; the thread shows its echo without it',
    steps: mention(false),
  },
};

export const structuredInputAnswered: Scenario = {
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
};

export const structuredInputSkipped: Scenario = {
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
};

export const transcribe: Scenario = {
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
};
