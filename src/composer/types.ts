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

/** A command of the composer's `/` menu (`commands.onSearch`), as ChatKit's. */
export interface Command {
  id: string;
  label: string;
  description?: string;
  /** Commands of one group are listed under its heading. */
  group?: string;
  /** A widget or ChatKit icon name. */
  icon?: string;
}

/**
 * What choosing a command leads to (`commands.onSelect`'s answer): an entity to insert as a
 * chip, or another menu of commands to choose from. No answer: the command only had an effect.
 */
export type CommandSelection =
  { type: 'entity'; entity: Entity } | { type: 'menu'; commands: Command[] };

/** `commands` of the ChatKit options: the composer's `/` command menu. */
export interface CommandsOption {
  enabled: boolean;
  /** The commands matching what the user typed after `/`. */
  onSearch?: (query: string) => Promise<Command[]>;
  /** Runs a chosen command. */
  onSelect?: (command: Command) => Promise<void | CommandSelection>;
}
