/**
 * The accessible name of an icon-only Button. ChatKit's Button has no label prop other than
 * `label`, so an icon-only button is named after what its icon usually means ("Add" for `plus`),
 * not after the icon's id; an icon without an entry (a `lucide:` one) is named by its words.
 */
import { lookupTable } from '../../../util/safe-object.js';

const NAMES = lookupTable<string>({
  agent: 'Agent',
  analytics: 'Analytics',
  batch: 'Batch',
  bolt: 'Quick action',
  'book-open': 'Read',
  bug: 'Report a bug',
  calendar: 'Calendar',
  chart: 'Chart',
  check: 'Done',
  'check-circle': 'Done',
  'check-circle-filled': 'Done',
  'chevron-left': 'Previous',
  'chevron-right': 'Next',
  'circle-question': 'Help',
  clock: 'Time',
  compass: 'Explore',
  document: 'Document',
  'dots-horizontal': 'More',
  'dots-vertical': 'More',
  'external-link': 'Open link',
  globe: 'Website',
  images: 'Images',
  info: 'Information',
  lifesaver: 'Support',
  lightbulb: 'Ideas',
  mail: 'Email',
  'map-pin': 'Location',
  maps: 'Map',
  phone: 'Call',
  play: 'Play',
  plus: 'Add',
  profile: 'Profile',
  'profile-card': 'Profile',
  reload: 'Reload',
  search: 'Search',
  'settings-slider': 'Settings',
  sparkle: 'Generate',
  'sparkle-double': 'Generate',
  star: 'Favourite',
  'star-filled': 'Favourite',
  user: 'User',
  write: 'Edit',
  'write-alt': 'Edit',
  'write-alt2': 'Edit',
});

/** The name of an icon-only button from its icon (`plus` → "Add", `lucide:trash-2` → "Trash 2"). */
export function iconButtonName(icon: string): string {
  const named = NAMES[icon];
  if (named) return named;
  const words = icon
    .replace(/^[a-z]+:/, '')
    .split(/[-_\s]+/)
    .filter(Boolean)
    .join(' ');
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Button';
}
