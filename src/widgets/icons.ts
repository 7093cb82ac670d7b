/**
 * The 64 ChatKit widget icon names, drawn with Lucide (ISC) icons: each name maps to the Lucide icon
 * closest to ChatKit's glyph. Deep imports keep only these icons in the bundle.
 */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';

import I_atom from 'lucide/dist/esm/icons/atom.mjs';
import I_award from 'lucide/dist/esm/icons/award.mjs';
import I_book from 'lucide/dist/esm/icons/book.mjs';
import I_book_open from 'lucide/dist/esm/icons/book-open.mjs';
import I_book_open_text from 'lucide/dist/esm/icons/book-open-text.mjs';
import I_bot from 'lucide/dist/esm/icons/bot.mjs';
import I_box from 'lucide/dist/esm/icons/box.mjs';
import I_briefcase from 'lucide/dist/esm/icons/briefcase.mjs';
import I_bug from 'lucide/dist/esm/icons/bug.mjs';
import I_calendar from 'lucide/dist/esm/icons/calendar.mjs';
import I_chart_column from 'lucide/dist/esm/icons/chart-column.mjs';
import I_chart_line from 'lucide/dist/esm/icons/chart-line.mjs';
import I_check from 'lucide/dist/esm/icons/check.mjs';
import I_chevron_left from 'lucide/dist/esm/icons/chevron-left.mjs';
import I_chevron_right from 'lucide/dist/esm/icons/chevron-right.mjs';
import I_circle from 'lucide/dist/esm/icons/circle.mjs';
import I_circle_check from 'lucide/dist/esm/icons/circle-check.mjs';
import I_circle_question_mark from 'lucide/dist/esm/icons/circle-question-mark.mjs';
import I_circle_user from 'lucide/dist/esm/icons/circle-user.mjs';
import I_clock from 'lucide/dist/esm/icons/clock.mjs';
import I_compass from 'lucide/dist/esm/icons/compass.mjs';
import I_contact from 'lucide/dist/esm/icons/contact.mjs';
import I_dot from 'lucide/dist/esm/icons/dot.mjs';
import I_ellipsis from 'lucide/dist/esm/icons/ellipsis.mjs';
import I_ellipsis_vertical from 'lucide/dist/esm/icons/ellipsis-vertical.mjs';
import I_external_link from 'lucide/dist/esm/icons/external-link.mjs';
import I_file from 'lucide/dist/esm/icons/file.mjs';
import I_file_text from 'lucide/dist/esm/icons/file-text.mjs';
import I_flask_conical from 'lucide/dist/esm/icons/flask-conical.mjs';
import I_globe from 'lucide/dist/esm/icons/globe.mjs';
import I_id_card from 'lucide/dist/esm/icons/id-card.mjs';
import I_image from 'lucide/dist/esm/icons/image.mjs';
import I_images from 'lucide/dist/esm/icons/images.mjs';
import I_info from 'lucide/dist/esm/icons/info.mjs';
import I_key_round from 'lucide/dist/esm/icons/key-round.mjs';
import I_layers from 'lucide/dist/esm/icons/layers.mjs';
import I_life_buoy from 'lucide/dist/esm/icons/life-buoy.mjs';
import I_lightbulb from 'lucide/dist/esm/icons/lightbulb.mjs';
import I_mail from 'lucide/dist/esm/icons/mail.mjs';
import I_map from 'lucide/dist/esm/icons/map.mjs';
import I_map_pin from 'lucide/dist/esm/icons/map-pin.mjs';
import I_monitor from 'lucide/dist/esm/icons/monitor.mjs';
import I_notebook from 'lucide/dist/esm/icons/notebook.mjs';
import I_notebook_pen from 'lucide/dist/esm/icons/notebook-pen.mjs';
import I_notepad_text from 'lucide/dist/esm/icons/notepad-text.mjs';
import I_party_popper from 'lucide/dist/esm/icons/party-popper.mjs';
import I_pen_line from 'lucide/dist/esm/icons/pen-line.mjs';
import I_pencil from 'lucide/dist/esm/icons/pencil.mjs';
import I_phone from 'lucide/dist/esm/icons/phone.mjs';
import I_play from 'lucide/dist/esm/icons/play.mjs';
import I_plus from 'lucide/dist/esm/icons/plus.mjs';
import I_refresh_cw from 'lucide/dist/esm/icons/refresh-cw.mjs';
import I_search from 'lucide/dist/esm/icons/search.mjs';
import I_sliders_horizontal from 'lucide/dist/esm/icons/sliders-horizontal.mjs';
import I_smartphone from 'lucide/dist/esm/icons/smartphone.mjs';
import I_sparkle from 'lucide/dist/esm/icons/sparkle.mjs';
import I_sparkles from 'lucide/dist/esm/icons/sparkles.mjs';
import I_square_code from 'lucide/dist/esm/icons/square-code.mjs';
import I_square_pen from 'lucide/dist/esm/icons/square-pen.mjs';
import I_star from 'lucide/dist/esm/icons/star.mjs';
import I_user from 'lucide/dist/esm/icons/user.mjs';
import I_zap from 'lucide/dist/esm/icons/zap.mjs';
import { lookupTable } from '../util/safe-object.js';

/** A Lucide icon: a list of SVG elements with their attributes. */
export type IconNode = readonly (readonly [string, Readonly<Record<string, string | number>>])[];

/** ChatKit icon name → Lucide icon. */
const ICONS = lookupTable<IconNode>({
  agent: I_bot,
  analytics: I_chart_line,
  atom: I_atom,
  batch: I_layers,
  bolt: I_zap,
  'book-clock': I_book_open_text,
  'book-closed': I_book,
  'book-open': I_book_open,
  bug: I_bug,
  calendar: I_calendar,
  chart: I_chart_column,
  check: I_check,
  'check-circle': I_circle_check,
  'check-circle-filled': I_circle_check,
  'chevron-left': I_chevron_left,
  'chevron-right': I_chevron_right,
  'circle-question': I_circle_question_mark,
  clock: I_clock,
  compass: I_compass,
  confetti: I_party_popper,
  cube: I_box,
  desktop: I_monitor,
  document: I_file_text,
  dot: I_dot,
  'dots-horizontal': I_ellipsis,
  'dots-vertical': I_ellipsis_vertical,
  'empty-circle': I_circle,
  'external-link': I_external_link,
  globe: I_globe,
  images: I_images,
  info: I_info,
  keys: I_key_round,
  lab: I_flask_conical,
  lifesaver: I_life_buoy,
  lightbulb: I_lightbulb,
  mail: I_mail,
  'map-pin': I_map_pin,
  maps: I_map,
  mobile: I_smartphone,
  name: I_id_card,
  notebook: I_notebook,
  'notebook-pencil': I_notebook_pen,
  'page-blank': I_file,
  phone: I_phone,
  play: I_play,
  plus: I_plus,
  profile: I_circle_user,
  'profile-card': I_contact,
  reload: I_refresh_cw,
  search: I_search,
  'settings-slider': I_sliders_horizontal,
  sparkle: I_sparkle,
  'sparkle-double': I_sparkles,
  'square-code': I_square_code,
  'square-image': I_image,
  'square-text': I_notepad_text,
  star: I_star,
  'star-filled': I_star,
  suitcase: I_briefcase,
  user: I_user,
  wreath: I_award,
  write: I_pencil,
  'write-alt': I_pen_line,
  'write-alt2': I_square_pen,
});

/** Lucide name → icon, for `lucide:<name>` among the bundled icons. */
const LUCIDE = lookupTable<IconNode>({
  atom: I_atom,
  award: I_award,
  book: I_book,
  'book-open': I_book_open,
  'book-open-text': I_book_open_text,
  bot: I_bot,
  box: I_box,
  briefcase: I_briefcase,
  bug: I_bug,
  calendar: I_calendar,
  'chart-column': I_chart_column,
  'chart-line': I_chart_line,
  check: I_check,
  'chevron-left': I_chevron_left,
  'chevron-right': I_chevron_right,
  circle: I_circle,
  'circle-check': I_circle_check,
  'circle-question-mark': I_circle_question_mark,
  'circle-user': I_circle_user,
  clock: I_clock,
  compass: I_compass,
  contact: I_contact,
  dot: I_dot,
  ellipsis: I_ellipsis,
  'ellipsis-vertical': I_ellipsis_vertical,
  'external-link': I_external_link,
  file: I_file,
  'file-text': I_file_text,
  'flask-conical': I_flask_conical,
  globe: I_globe,
  'id-card': I_id_card,
  image: I_image,
  images: I_images,
  info: I_info,
  'key-round': I_key_round,
  layers: I_layers,
  'life-buoy': I_life_buoy,
  lightbulb: I_lightbulb,
  mail: I_mail,
  map: I_map,
  'map-pin': I_map_pin,
  monitor: I_monitor,
  notebook: I_notebook,
  'notebook-pen': I_notebook_pen,
  'notepad-text': I_notepad_text,
  'party-popper': I_party_popper,
  'pen-line': I_pen_line,
  pencil: I_pencil,
  phone: I_phone,
  play: I_play,
  plus: I_plus,
  'refresh-cw': I_refresh_cw,
  search: I_search,
  'sliders-horizontal': I_sliders_horizontal,
  smartphone: I_smartphone,
  sparkle: I_sparkle,
  sparkles: I_sparkles,
  'square-code': I_square_code,
  'square-pen': I_square_pen,
  star: I_star,
  user: I_user,
  zap: I_zap,
});

/** Icons drawn filled rather than outlined. */
const FILLED = new Set(['check-circle-filled', 'star-filled', 'dot']);

/** Every ChatKit widget icon name. */
export const WIDGET_ICON_NAMES = Object.keys(ICONS);

/** The icon for a name (`calendar`, `lucide:calendar`, `vendor:x`), or null when unknown. */
export function iconNode(name: unknown): IconNode | null {
  if (typeof name !== 'string') return null;
  if (name.startsWith('lucide:')) return LUCIDE[name.slice(7)] ?? null;
  return ICONS[name] ?? null;
}

function element([tag, attrs]: IconNode[number]): SVGTemplateResult {
  switch (tag) {
    case 'path':
      return svg`<path d=${attrs['d']} />`;
    case 'circle':
      return svg`<circle cx=${attrs['cx']} cy=${attrs['cy']} r=${attrs['r']} />`;
    case 'rect':
      return svg`<rect x=${attrs['x']} y=${attrs['y']} width=${attrs['width']} height=${attrs['height']} rx=${attrs['rx'] ?? 0} ry=${attrs['ry'] ?? attrs['rx'] ?? 0} />`;
    case 'line':
      return svg`<line x1=${attrs['x1']} y1=${attrs['y1']} x2=${attrs['x2']} y2=${attrs['y2']} />`;
    case 'polyline':
      return svg`<polyline points=${attrs['points']} />`;
    case 'polygon':
      return svg`<polygon points=${attrs['points']} />`;
    case 'ellipse':
      return svg`<ellipse cx=${attrs['cx']} cy=${attrs['cy']} rx=${attrs['rx']} ry=${attrs['ry']} />`;
    default:
      return svg``;
  }
}

/**
 * Renders an icon as inline SVG (decorative: `aria-hidden`). An unknown name renders a neutral
 * placeholder dot of the same size, so layouts keep their shape; it never throws.
 */
export function renderIcon(name: unknown, sizePx: number, className = 'icon'): SVGTemplateResult {
  const node = iconNode(name);
  const filled = typeof name === 'string' && FILLED.has(name);
  return svg`<svg class=${className} data-icon=${typeof name === 'string' ? name : ''} data-known=${node ? 'true' : 'false'} width=${sizePx} height=${sizePx} viewBox="0 0 24 24" fill=${filled ? 'currentColor' : 'none'} stroke=${name === 'check-circle-filled' ? 'var(--cw-color-surface, #fff)' : 'currentColor'} stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${
    node
      ? node.map(element)
      : svg`<circle cx="12" cy="12" r="3" fill="currentColor" stroke="none" opacity="0.35" />`
  }</svg>`;
}
