/**
 * The accessible name of an icon-only Button. ChatKit's Button has no label prop other than
 * `label`, so an icon-only button is named after what its icon usually means ("Add" for `plus`),
 * in the chat's language, not after the icon's id; an icon without an entry is named by the words
 * of its id, as the server sent it (the server's own text is never translated).
 */
import type { ChatStringKey, Strings } from '../../../i18n/index.js';
import { iconWords } from '../../../icons/header-icon-words.js';
import { lookupTable } from '../../../util/safe-object.js';

/** Icon → the key of the name of a button showing only it (the widget names, a few Lucide ones). */
const NAMES = lookupTable<ChatStringKey>({
  agent: 'icon.agent',
  analytics: 'icon.analytics',
  batch: 'icon.batch',
  bolt: 'icon.quickAction',
  'book-open': 'icon.read',
  bug: 'header.reportBug',
  calendar: 'icon.calendar',
  chart: 'icon.chart',
  check: 'icon.done',
  'check-circle': 'icon.done',
  'check-circle-filled': 'icon.done',
  'chevron-left': 'icon.previous',
  'chevron-right': 'icon.next',
  'circle-question': 'icon.help',
  clock: 'icon.time',
  compass: 'icon.explore',
  document: 'icon.document',
  'dots-horizontal': 'header.more',
  'dots-vertical': 'header.more',
  'external-link': 'icon.openLink',
  globe: 'icon.website',
  images: 'icon.images',
  info: 'icon.info',
  lifesaver: 'icon.support',
  lightbulb: 'icon.ideas',
  mail: 'icon.email',
  'map-pin': 'icon.location',
  maps: 'icon.map',
  notebook: 'icon.notes',
  'notebook-pencil': 'icon.notes',
  phone: 'icon.call',
  play: 'icon.play',
  plus: 'icon.add',
  profile: 'icon.profile',
  'profile-card': 'icon.profile',
  reload: 'icon.reload',
  search: 'icon.search',
  'settings-slider': 'header.settings',
  sparkle: 'icon.generate',
  'sparkle-double': 'icon.generate',
  star: 'header.favourite',
  'star-filled': 'header.favourite',
  user: 'icon.user',
  write: 'message.edit',
  'write-alt': 'message.edit',
  'write-alt2': 'message.edit',
  // The Lucide icons a server most often puts on a button of its own.
  'lucide:x': 'header.close',
  'lucide:plus': 'icon.add',
  'lucide:search': 'icon.search',
  'lucide:trash': 'history.delete',
  'lucide:trash-2': 'history.delete',
  'lucide:copy': 'message.copy',
  'lucide:download': 'icon.download',
  'lucide:share': 'header.share',
  'lucide:share-2': 'header.share',
  'lucide:pencil': 'message.edit',
  'lucide:square-pen': 'message.edit',
  'lucide:settings': 'header.settings',
  'lucide:refresh-cw': 'icon.reload',
  'lucide:rotate-cw': 'icon.reload',
  'lucide:external-link': 'icon.openLink',
  'lucide:info': 'icon.info',
  'lucide:circle-help': 'icon.help',
  'lucide:check': 'icon.done',
  'lucide:chevron-left': 'icon.previous',
  'lucide:chevron-right': 'icon.next',
  'lucide:arrow-left': 'header.back',
  'lucide:arrow-right': 'icon.next',
  'lucide:ellipsis': 'header.more',
  'lucide:ellipsis-vertical': 'header.more',
  'lucide:calendar': 'icon.calendar',
  'lucide:mail': 'icon.email',
  'lucide:phone': 'icon.call',
  'lucide:play': 'icon.play',
  'lucide:map-pin': 'icon.location',
  'lucide:house': 'header.home',
  'lucide:star': 'header.favourite',
  'lucide:menu': 'header.menu',
});

/**
 * The name of an icon-only button from its icon, in the chat's language (`plus` → "Add",
 * `lucide:trash-2` → "Delete"); an icon not listed: the words of its id (`lucide:anchor` →
 * "Anchor").
 */
export function iconButtonName(icon: string, strings: Strings): string {
  const key = NAMES[icon];
  if (key) return strings.t(key);
  return /[a-z0-9]/i.test(icon.replace(/^[a-z]+:/, ''))
    ? iconWords(icon)
    : strings.t('widget.button');
}
