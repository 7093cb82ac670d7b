/** The words of an icon id ("sidebar-open-left" → "Sidebar open left"), for a name not listed. */
export function iconWords(iconName: string): string {
  const words = iconName
    .replace(/^[a-z]+:/, '')
    .replace(/[-_\s]+/g, ' ')
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Action';
}
