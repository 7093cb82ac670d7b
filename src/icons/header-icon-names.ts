/**
 * The accessible names of the header's icon buttons (`header.leftAction`/`rightAction`): ChatKit's
 * header action has only an icon, so the button is named after what its icon means ("Open
 * sidebar" for `sidebar-open-left`), never after the icon's id. Every `HeaderIcon` of client-api
 * has an entry.
 */
// The English words of this lazy part come with it.
import '../i18n/en-parts.js';
import type { ChatStringKey, Strings } from '../i18n/index.js';
import { lookupTable } from '../util/safe-object.js';
import { iconWords } from './header-icon-words.js';

/** HeaderIcon → the key of the name of a button showing it (translated like every string). */
export const HEADER_ICON_NAMES = lookupTable<ChatStringKey>({
  'sidebar-left': 'header.toggleSidebar',
  'sidebar-right': 'header.toggleSidebar',
  'sidebar-open-left': 'header.openSidebar',
  'sidebar-open-right': 'header.openSidebar',
  'sidebar-open-left-alt': 'header.openSidebar',
  'sidebar-open-right-alt': 'header.openSidebar',
  'sidebar-floating-left': 'header.toggleSidebar',
  'sidebar-floating-right': 'header.toggleSidebar',
  'sidebar-floating-open-left': 'header.openSidebar',
  'sidebar-floating-open-right': 'header.openSidebar',
  'sidebar-collapse-left': 'header.collapseSidebar',
  'sidebar-collapse-right': 'header.collapseSidebar',
  'collapse-left': 'header.collapse',
  'collapse-right': 'header.collapse',
  'open-left': 'header.open',
  'open-right': 'header.open',
  'double-chevron-left': 'header.back',
  'double-chevron-right': 'header.forward',
  home: 'header.home',
  'home-alt': 'header.home',
  'back-small': 'header.back',
  'back-large': 'header.back',
  'expand-large': 'header.expand',
  'collapse-large': 'header.collapse',
  'expand-small': 'header.expand',
  'collapse-small': 'header.collapse',
  star: 'header.favourite',
  'star-filled': 'header.favourite',
  bug: 'header.reportBug',
  'chat-temporary': 'header.temporaryChat',
  'settings-cog': 'header.settings',
  grid: 'header.apps',
  'dots-horizontal': 'header.more',
  'dots-vertical': 'header.more',
  'dots-horizontal-circle': 'header.more',
  'dots-vertical-circle': 'header.more',
  menu: 'header.menu',
  'menu-inverted': 'header.menu',
  hamburger: 'header.menu',
  history: 'header.history',
  'book-open': 'header.guide',
  compose: 'header.newChat',
  share: 'header.share',
  'light-mode': 'header.lightMode',
  'dark-mode': 'header.darkMode',
  close: 'header.close',
});

/**
 * The accessible name of a header action in the chat's language: what its icon means, never the
 * icon's id (an icon not listed: the words of its id).
 */
export function headerActionName(iconName: string, strings: Strings): string {
  const key = HEADER_ICON_NAMES[iconName];
  return key ? strings.t(key) : iconWords(iconName);
}
