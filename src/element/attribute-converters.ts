/**
 * The converters of the attributes that hold JSON (`tools`, `models`, `strings`): bad JSON is
 * reported once and ignored; the properties themselves take the values.
 */
import { validOverrides } from '../i18n/index.js';
import type { ChatStrings } from '../i18n/index.js';
import { requirePart } from '../internal/lazy-parts.js';

/** Attributes already reported as not JSON arrays (once each). */
const warnedAttributes = new Set<string>();

/**
 * The converter of an attribute holding a JSON array (`tools`, `models`): bad JSON is reported once
 * and read as an empty list. The property itself takes the array.
 */
export function jsonArrayConverter(name: string): {
  fromAttribute(text: string | null): unknown[];
} {
  return {
    fromAttribute(text) {
      if (!text?.trim()) return [];
      try {
        const value: unknown = JSON.parse(text);
        if (Array.isArray(value)) return value as unknown[];
      } catch {
        // Reported below.
      }
      if (!warnedAttributes.has(name)) {
        warnedAttributes.add(name);
        console.warn(`<chat-widgets>: the ${name} attribute is not a JSON array; ignored.`);
      }
      return [];
    },
  };
}

/**
 * The converter of the `strings` attribute (a JSON object of the element's strings by key): keys
 * it does not know are reported like unknown options, bad JSON once; only known keys are kept.
 */
export const stringsConverter = {
  fromAttribute(text: string | null): ChatStrings | null {
    if (!text?.trim()) return null;
    let value: unknown = null;
    try {
      value = JSON.parse(text);
    } catch {
      // Reported below.
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (!warnedAttributes.has('strings')) {
        warnedAttributes.add('strings');
        console.warn('<chat-widgets>: the strings attribute is not a JSON object; ignored.');
      }
      return null;
    }
    void requirePart('option-keys', () => import('./option-keys.js')).then((m) =>
      m?.warnUnknownOptions({ strings: value }),
    );
    return validOverrides(value);
  },
};
