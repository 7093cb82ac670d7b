/**
 * Where a popup (the Select's list, the DatePicker's calendar) goes against its trigger: pure
 * functions, rectangles in, viewport coordinates out (for `position: fixed` or the top layer).
 * No DOM, so the placement rules are tested with numbers.
 */

/** The popup's gap from the trigger and its margin from the viewport edges, in px. */
export const POPUP_GAP = 4;
export const POPUP_MARGIN = 8;
/** The tallest a list popup grows before its list scrolls, in px. */
export const POPUP_MAX_HEIGHT = 320;

/** A rectangle as `getBoundingClientRect` gives it (only what the list placement reads). */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  width: number;
}

/** Where a list popup goes. */
export interface Placement {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
  side: 'below' | 'above';
}

/**
 * Places a list popup of natural height `height` against `trigger` inside a `vw` × `vh` viewport:
 * below when it fits there (or there is more room below than above), otherwise above; as wide as
 * the trigger (at least 180 px), never wider than the viewport, and shifted to stay inside it.
 * Its start edge lines up with the trigger's: the left edge, or the right edge when `rtl` (a popup
 * wider than its trigger then grows to the left, as a native select's list does).
 */
export function placePopup(
  trigger: Rect,
  height: number,
  vw: number,
  vh: number,
  rtl = false,
): Placement {
  const below = vh - trigger.bottom - POPUP_GAP - POPUP_MARGIN;
  const above = trigger.top - POPUP_GAP - POPUP_MARGIN;
  const side = height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const maxHeight = Math.min(POPUP_MAX_HEIGHT, room);
  const shown = Math.min(height, maxHeight);
  const width = Math.max(0, Math.min(Math.max(trigger.width, 180), vw - 2 * POPUP_MARGIN));
  const start = rtl ? trigger.left + trigger.width - width : trigger.left;
  const left = Math.max(POPUP_MARGIN, Math.min(start, vw - POPUP_MARGIN - width));
  const top =
    side === 'below'
      ? trigger.bottom + POPUP_GAP
      : Math.max(POPUP_MARGIN, trigger.top - POPUP_GAP - shown);
  return { top, left, width, maxHeight, side };
}

/** The sides a popup may open on (ChatKit's `side`). */
export const POPUP_SIDES = ['top', 'bottom', 'left', 'right'] as const;
/** A popup side. */
export type PopupSide = (typeof POPUP_SIDES)[number];
/** How a popup aligns along its side (ChatKit's `align`). */
export const POPUP_ALIGNS = ['start', 'center', 'end'] as const;
/** A popup alignment. */
export type PopupAlign = (typeof POPUP_ALIGNS)[number];

/** A trigger rectangle for side placement. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where a fixed-size popup goes, and on which side it ended up. */
export interface SidePlacement {
  top: number;
  left: number;
  side: PopupSide;
}

const OPPOSITE: Record<PopupSide, PopupSide> = {
  top: 'bottom',
  bottom: 'top',
  left: 'right',
  right: 'left',
};

/** The room on each side of the trigger, less the gap and the margin. */
function roomOn(side: PopupSide, t: Box, vw: number, vh: number): number {
  const extra = POPUP_GAP + POPUP_MARGIN;
  switch (side) {
    case 'top':
      return t.top - extra;
    case 'bottom':
      return vh - (t.top + t.height) - extra;
    case 'left':
      return t.left - extra;
    case 'right':
      return vw - (t.left + t.width) - extra;
  }
}

/** Keeps `start` (and `size` after it) inside `[margin, limit - margin]` when it can. */
const inside = (start: number, size: number, limit: number) =>
  Math.max(POPUP_MARGIN, Math.min(start, limit - POPUP_MARGIN - size));

/** The cross-axis start of a popup of `size` aligned on a trigger span `[from, from + span]`. */
function aligned(align: PopupAlign, from: number, span: number, size: number): number {
  if (align === 'start') return from;
  if (align === 'end') return from + span - size;
  return from + (span - size) / 2;
}

/**
 * Places a popup of `width` × `height` on `side` of `trigger`, aligned by `align` (`start` is the
 * left, or the right when `rtl`, for top and bottom; the top for left and right): on the side asked
 * when it fits, else the opposite side, else (for left and right) below or above; when nothing
 * fits, the side with the most room. Either way the popup is shifted to stay inside the viewport.
 *
 * Right to left, the whole placement is the mirror image of the left-to-right one, as the layout
 * around the trigger is: `left` and `right` swap (a calendar asked to open after its field, on the
 * right in English, opens on the left in Arabic, away from the label before the field), and `start`
 * and `end` of top and bottom popups are the right and left edges. The `side` returned is the
 * physical side the popup ended up on.
 */
export function placeBeside(
  trigger: Box,
  width: number,
  height: number,
  vw: number,
  vh: number,
  side: PopupSide,
  align: PopupAlign,
  rtl = false,
): SidePlacement {
  const need = (s: PopupSide) => (s === 'top' || s === 'bottom' ? height : width);
  if (rtl && (side === 'left' || side === 'right')) side = OPPOSITE[side];
  const order: PopupSide[] = [side, OPPOSITE[side]];
  if (side === 'left' || side === 'right') order.push('bottom', 'top');
  const fits = order.find((s) => roomOn(s, trigger, vw, vh) >= need(s));
  const chosen =
    fits ??
    order.reduce((a, b) => (roomOn(b, trigger, vw, vh) > roomOn(a, trigger, vw, vh) ? b : a));
  let top: number;
  let left: number;
  if (chosen === 'top' || chosen === 'bottom') {
    const a: PopupAlign = rtl && align !== 'center' ? (align === 'start' ? 'end' : 'start') : align;
    left = aligned(a, trigger.left, trigger.width, width);
    top =
      chosen === 'bottom'
        ? trigger.top + trigger.height + POPUP_GAP
        : trigger.top - POPUP_GAP - height;
  } else {
    top = aligned(align, trigger.top, trigger.height, height);
    left =
      chosen === 'right'
        ? trigger.left + trigger.width + POPUP_GAP
        : trigger.left - POPUP_GAP - width;
  }
  return { top: inside(top, height, vh), left: inside(left, width, vw), side: chosen };
}
