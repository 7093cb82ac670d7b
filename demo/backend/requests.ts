/** Reading the demo backend's requests: required fields, the user's input, structured answers. */
import type { UserMessageContent } from '../../src/protocol/wire-types.js';
import { BadRequest, clean, isRecord } from './types.js';

/** A field of `params` that must pass `check` (else a `BadRequest`, an HTTP 500). */
export function required<T>(
  params: Record<string, unknown>,
  key: string,
  check: (v: unknown) => v is T,
): T {
  const value = params[key];
  if (!check(value)) throw new BadRequest(`invalid or missing "${key}"`);
  return value;
}
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isArray = (v: unknown): v is unknown[] => Array.isArray(v);

/**
 * Applies a structured input submission as the SDK does (protocol §2.5): an input with at least one
 * value is answered, anything else is skipped; single-choice keeps the first value; the item takes
 * the submitted status.
 */
export function recordAnswers(
  item: { inputs?: { id: string; type: string; multiple?: boolean }[] },
  submission: Record<string, unknown>,
): { status: string; inputs: unknown[] } {
  const status = submission['status'] === 'skipped' ? 'skipped' : 'answered';
  const answers = isRecord(submission['answers']) ? submission['answers'] : {};
  const inputs = (item.inputs ?? []).map((input) => {
    const answer = isRecord(answers[input.id])
      ? (answers[input.id] as Record<string, unknown>)
      : {};
    let values = Array.isArray(answer['values']) ? answer['values'].map(String) : [];
    if (input.type === 'multiple_choice' && input.multiple !== true) values = values.slice(0, 1);
    const skipped = status === 'skipped' || answer['skipped'] === true || values.length === 0;
    return {
      ...input,
      answer: skipped ? { values: [], skipped: true } : { values, skipped: false },
    };
  });
  return { status, inputs };
}

/** The user's input of `threads.create` and `threads.add_user_message`. */
export interface UserInput {
  content: UserMessageContent[];
  attachments: string[];
  quoted_text?: string;
  inference_options: Record<string, unknown>;
}

/** Validates the input before the response starts, as pydantic does (HTTP 500). */
export function parseInput(
  params: Record<string, unknown>,
  knownAttachment: (id: string) => boolean,
): UserInput {
  const input = required(params, 'input', isRecord);
  const content = required(input, 'content', isArray);
  required(input, 'attachments', isArray);
  const inference = required(input, 'inference_options', isRecord);
  const parts: UserMessageContent[] = content.map((part) => {
    if (!isRecord(part)) throw new BadRequest('bad content part');
    if (part['type'] === 'input_text')
      return { type: 'input_text', text: required(part, 'text', isString) };
    if (part['type'] === 'input_tag') {
      return clean({
        type: 'input_tag',
        id: required(part, 'id', isString),
        text: required(part, 'text', isString),
        data: required(part, 'data', isRecord),
        group: typeof part['group'] === 'string' ? part['group'] : undefined,
        interactive: part['interactive'] === true,
      });
    }
    throw new BadRequest('unknown content part');
  });
  const attachments = (input['attachments'] as unknown[]).map(String);
  for (const id of attachments)
    if (!knownAttachment(id)) throw new BadRequest(`unknown attachment ${id}`);
  return {
    content: parts,
    attachments,
    ...(typeof input['quoted_text'] === 'string' ? { quoted_text: input['quoted_text'] } : {}),
    inference_options: clean(inference),
  };
}
