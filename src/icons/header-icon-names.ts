/**
 * The accessible names of the header's icon buttons (`header.leftAction`/`rightAction`): ChatKit's
 * header action has only an icon, so the button is named after what its icon means ("Open
 * sidebar" for `sidebar-open-left`), never after the icon's id. Every `HeaderIcon` of client-api
 * has an entry.
 */
import { lookupTable } from '../util/safe-object.js';
import { iconWords } from './header-icon-words.js';

/** HeaderIcon → the name of a button showing it. */
export const HEADER_ICON_NAMES = lookupTable<string>({
  'sidebar-left': 'Toggle sidebar',
  'sidebar-right': 'Toggle sidebar',
  'sidebar-open-left': 'Open sidebar',
  'sidebar-open-right': 'Open sidebar',
  'sidebar-open-left-alt': 'Open sidebar',
  'sidebar-open-right-alt': 'Open sidebar',
  'sidebar-floating-left': 'Toggle sidebar',
  'sidebar-floating-right': 'Toggle sidebar',
  'sidebar-floating-open-left': 'Open sidebar',
  'sidebar-floating-open-right': 'Open sidebar',
  'sidebar-collapse-left': 'Collapse sidebar',
  'sidebar-collapse-right': 'Collapse sidebar',
  'collapse-left': 'Collapse',
  'collapse-right': 'Collapse',
  'open-left': 'Open',
  'open-right': 'Open',
  'double-chevron-left': 'Back',
  'double-chevron-right': 'Forward',
  home: 'Home',
  'home-alt': 'Home',
  'back-small': 'Back',
  'back-large': 'Back',
  'expand-large': 'Expand',
  'collapse-large': 'Collapse',
  'expand-small': 'Expand',
  'collapse-small': 'Collapse',
  star: 'Favourite',
  'star-filled': 'Favourite',
  bug: 'Report a bug',
  'chat-temporary': 'Temporary chat',
  'settings-cog': 'Settings',
  grid: 'Apps',
  'dots-horizontal': 'More',
  'dots-vertical': 'More',
  'dots-horizontal-circle': 'More',
  'dots-vertical-circle': 'More',
  menu: 'Menu',
  'menu-inverted': 'Menu',
  hamburger: 'Menu',
  history: 'History',
  'book-open': 'Guide',
  compose: 'New chat',
  share: 'Share',
  'light-mode': 'Light mode',
  'dark-mode': 'Dark mode',
  close: 'Close',
});

/** The accessible name of a header action: what its icon means, never the icon's id. */
export function headerActionName(iconName: string): string {
  return HEADER_ICON_NAMES[iconName] ?? iconWords(iconName);
}
