/**
 * Text props read as ChatKit shows them. ChatKit's React renderer writes a text prop as a child,
 * so a number (`"value": 42`) shows as text; a model or a hand-written server sends such values
 * often. Numbers and booleans become strings here, and anything else that is not a string (an
 * object, an array) is dropped. Both are reported through the widget's log (console and `cw-log`:
 * `widget.value_converted`, `widget.value_dropped`, with `data.prop` like `"Text.value"` and
 * `data.got`, the JSON type), never the value itself, which may be personal data.
 */
import type { WidgetRenderContext } from './registry.js';

/** What `textValue` needs from the render context. */
export type TextValueContext = Pick<WidgetRenderContext, 'log'>;

/**
 * A text prop: a string as it is, a finite number or a boolean as a string (reported), absent
 * (`undefined`, `null`) as `undefined`, anything else `undefined` (reported). `prop` names it for
 * the log: `"Text.value"`, `"Card.confirm.label"`.
 */
export function textValue(value: unknown, ctx: TextValueContext, prop: string): string | undefined {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
    const got = typeof value;
    ctx.log(
      'widget.value_converted',
      { prop, got },
      `${prop} should be a string; the ${got} is shown as text.`,
    );
    return String(value);
  }
  const got = Array.isArray(value) ? 'array' : typeof value;
  ctx.log(
    'widget.value_dropped',
    { prop, got },
    `${prop} should be a string; the ${got} was dropped.`,
  );
  return undefined;
}
