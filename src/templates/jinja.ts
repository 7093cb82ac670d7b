/**
 * `@huggingface/jinja`, typed here: its declaration files import their siblings without a file
 * extension, which NodeNext resolution cannot follow, so its own types arrive as `any`.
 */
import * as jinja from '@huggingface/jinja';

/** The interpreter's variable scope. */
export interface JinjaEnvironment {
  set(name: string, value: unknown): unknown;
  lookupVariable(name: string): unknown;
}

export interface JinjaInterpreter {
  run(program: unknown): { value: unknown };
}

/** The parts of the package this module uses. */
export const { Environment, Interpreter, parse, tokenize } = jinja as unknown as {
  Environment: new (parent?: JinjaEnvironment) => JinjaEnvironment;
  Interpreter: new (env: JinjaEnvironment) => JinjaInterpreter;
  tokenize(source: string, options?: { lstrip_blocks?: boolean; trim_blocks?: boolean }): unknown;
  parse(tokens: unknown): unknown;
};
