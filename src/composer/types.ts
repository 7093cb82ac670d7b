/**
 * The domain types the composer works with: tools, models and @-mention entities. They live here,
 * at the lowest layer that needs them; the element's options re-export them for the public API.
 */

/** A composer tool (`composer.tools[]`): the choice travels as `inference_options.tool_choice`. */
export interface ToolOption {
  id: string;
  label: string;
  /** A widget or ChatKit icon name. */
  icon?: string;
  shortLabel?: string;
  placeholderOverride?: string;
  pinned?: boolean;
  persistent?: boolean;
}

/** A model of the composer's picker (`composer.models[]`): travels as `inference_options.model`. */
export interface ModelOption {
  id: string;
  label: string;
  description?: string;
  disabled?: boolean;
  default?: boolean;
}

/** An entity for @-mentions, tags and entity sources. */
export interface Entity {
  id: string;
  title: string;
  icon?: string;
  interactive?: boolean;
  group?: string;
  data?: Record<string, string>;
}
