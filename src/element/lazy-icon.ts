import { svg } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

import type { Strings } from '../i18n/index.js';
import { iconWords } from '../icons/header-icon-words.js';
import type * as Icons from '../widgets/icons.js';

let icons: typeof Icons | null = null;
let loading: Promise<typeof Icons | null> | null = null;

/** The icon code, loaded once (null when its chunk failed). */
const loadIconCode = () =>
  (loading ??= import('../widgets/icons.js').then(
    (module) => (icons = module),
    () => null,
  ));

/**
 * `renderIcon` of the widget layer for the element's own templates (start screen prompts, item
 * and progress icons, header actions), whose code (src/widgets/icons.ts, shared with the widget
 * view) loads with the first icon: until then an empty SVG of the icon's size stands in, as it
 * does for the icon data.
 */
class LazyIconDirective extends AsyncDirective {
  render(name: string, size: number, className = 'icon', context: Icons.IconContext = {}): unknown {
    if (icons) return icons.renderIcon(name, size, className, context);
    void loadIconCode().then(async (module) => {
      await module?.loadIcons();
      if (module && this.isConnected)
        this.setValue(module.renderIcon(name, size, className, context));
    });
    return svg`<svg class=${className} width=${size} height=${size} aria-hidden="true"></svg>`;
  }
}

/**
 * A widget icon by name (a header icon with `{ set: 'header' }`), drawn once its code and data
 * have arrived.
 */
export const renderIcon = directive(LazyIconDirective);

/**
 * The accessible name of a header action (an attribute value): the words of its icon id until
 * the icon code, which holds the names, has arrived (with the icon itself), then its name.
 */
class HeaderNameDirective extends AsyncDirective {
  render(iconName: string, strings: Strings): string {
    if (icons) return icons.headerActionName(iconName, strings);
    void loadIconCode().then((module) => {
      if (module && this.isConnected) this.setValue(module.headerActionName(iconName, strings));
    });
    return iconWords(iconName);
  }
}

/** A header action's name, as an attribute value. */
export const headerName = directive(HeaderNameDirective);
