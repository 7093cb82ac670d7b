/**
 * The syntax highlighter's chunk: `refractor`'s core, without grammars (highlight.ts loads each
 * grammar as a chunk of its own and registers it).
 */
import { refractor } from 'refractor/core';

export type Refractor = typeof refractor;

export { refractor };
