/**
 * The built-in widget components of the catalogue. The list is generated from the component
 * folders (`components/index.ts`, `npm run generate`): adding a component touches its folder only.
 * Components marked `lazy: true` are not in these tables until loaded: `LAZY_DEFINITIONS` holds
 * their loaders, `loadBuiltInDefinitions()` loads them all.
 */
import { lookupTable } from '../util/safe-object.js';
import { BUILT_IN_DEFINITIONS } from './components/index.js';
import { asRenderer } from './definition.js';
import type { WidgetRenderer } from './registry.js';

export {
  BUILT_IN_DEFINITIONS,
  BUILT_IN_STYLES,
  LAZY_DEFINITIONS,
  loadBuiltInDefinitions,
  registerBuiltInWidgets,
} from './components/index.js';
export type { WidgetNode } from './components/index.js';
export type { WidgetDefinition } from './definition.js';

/** Every first-load component of the catalogue, by its `type` (a table with no prototype). */
export const BUILT_IN_WIDGETS: Readonly<Record<string, WidgetRenderer>> = lookupTable(
  Object.fromEntries(BUILT_IN_DEFINITIONS.map((d) => [d.type, asRenderer(d)])),
);
