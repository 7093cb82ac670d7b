import { html, nothing } from 'lit';
import type { Syntax } from 'refractor/core';
import type { Refractor } from './highlight-core.js';

import { trackExtra } from './extras.js';

/**
 * Syntax highlighting of fenced code, loaded lazily: `refractor` (Prism's grammars as ES modules,
 * giving a token tree rather than an HTML string) is a chunk of its own, and each grammar another,
 * loaded the first time a code block names its language. The tree is rendered as Lit templates
 * (spans with the grammar's class names, text bound as text), so no markup is ever built from the
 * code. Until the chunks arrive, or for a language not in the set, or a block over the size limit,
 * the code shows plain.
 */

/** Code longer than this is shown plain (highlighting re-runs on each streamed delta). */
export const MAX_HIGHLIGHT_CHARS = 20_000;
/** Spans nested deeper than this are flattened to their text. */
const MAX_SPAN_DEPTH = 32;

type GrammarModule = { default: Syntax };

/** The common languages, each its own chunk (a grammar registers those it extends). */
const GRAMMARS: ReadonlyMap<string, () => Promise<GrammarModule>> = new Map([
  ['arduino', () => import('refractor/arduino')],
  ['bash', () => import('refractor/bash')],
  ['c', () => import('refractor/c')],
  ['cpp', () => import('refractor/cpp')],
  ['csharp', () => import('refractor/csharp')],
  ['css', () => import('refractor/css')],
  ['diff', () => import('refractor/diff')],
  ['docker', () => import('refractor/docker')],
  ['go', () => import('refractor/go')],
  ['graphql', () => import('refractor/graphql')],
  ['ini', () => import('refractor/ini')],
  ['java', () => import('refractor/java')],
  ['javascript', () => import('refractor/javascript')],
  ['json', () => import('refractor/json')],
  ['jsx', () => import('refractor/jsx')],
  ['kotlin', () => import('refractor/kotlin')],
  ['less', () => import('refractor/less')],
  ['lua', () => import('refractor/lua')],
  ['makefile', () => import('refractor/makefile')],
  ['markdown', () => import('refractor/markdown')],
  ['markup', () => import('refractor/markup')],
  ['objectivec', () => import('refractor/objectivec')],
  ['perl', () => import('refractor/perl')],
  ['php', () => import('refractor/php')],
  ['powershell', () => import('refractor/powershell')],
  ['python', () => import('refractor/python')],
  ['r', () => import('refractor/r')],
  ['ruby', () => import('refractor/ruby')],
  ['rust', () => import('refractor/rust')],
  ['sass', () => import('refractor/sass')],
  ['scss', () => import('refractor/scss')],
  ['shell-session', () => import('refractor/shell-session')],
  ['sql', () => import('refractor/sql')],
  ['swift', () => import('refractor/swift')],
  ['toml', () => import('refractor/toml')],
  ['tsx', () => import('refractor/tsx')],
  ['typescript', () => import('refractor/typescript')],
  ['vbnet', () => import('refractor/vbnet')],
  ['yaml', () => import('refractor/yaml')],
]);

/** Other names of those languages, as written after a fence. */
const ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ino: 'arduino',
    sh: 'bash',
    shell: 'bash',
    zsh: 'bash',
    h: 'c',
    cc: 'cpp',
    'c++': 'cpp',
    hpp: 'cpp',
    cxx: 'cpp',
    cs: 'csharp',
    'c#': 'csharp',
    dotnet: 'csharp',
    patch: 'diff',
    dockerfile: 'docker',
    golang: 'go',
    gql: 'graphql',
    js: 'javascript',
    mjs: 'javascript',
    cjs: 'javascript',
    jsonc: 'json',
    kt: 'kotlin',
    kts: 'kotlin',
    mk: 'makefile',
    make: 'makefile',
    md: 'markdown',
    html: 'markup',
    xml: 'markup',
    xhtml: 'markup',
    svg: 'markup',
    mathml: 'markup',
    objc: 'objectivec',
    'objective-c': 'objectivec',
    pl: 'perl',
    ps1: 'powershell',
    pwsh: 'powershell',
    py: 'python',
    python3: 'python',
    rb: 'ruby',
    rs: 'rust',
    console: 'shell-session',
    shellsession: 'shell-session',
    ts: 'typescript',
    mts: 'typescript',
    vb: 'vbnet',
    yml: 'yaml',
  }),
);

/** The grammar name for a fence's language, or null when it is not in the set. */
export function grammarOf(language: string): string | null {
  const name = language.toLowerCase();
  if (GRAMMARS.has(name)) return name;
  return ALIASES.get(name) ?? null;
}

let core: Promise<Refractor | null> | null = null;
let refractor: Refractor | null = null;
/** Grammars registered, or being loaded (false: failed, shown plain from then on). */
const grammars = new Map<string, Promise<boolean> | boolean>();

/** Loads the highlighter and a grammar; resolves true once it can be used, false on failure. */
function loadGrammar(name: string): Promise<boolean> {
  core ??= import('./highlight-core.js').then(
    (m) => (refractor = m.refractor),
    (error: unknown) => {
      console.error('<chat-widgets>: the syntax highlighter could not be loaded', error);
      return null;
    },
  );
  const grammar = GRAMMARS.get(name)!;
  const load = Promise.all([core, grammar()]).then(
    ([highlighter, module]) => {
      // (The classic build has empty modules here: code shows plain.)
      if (!highlighter || typeof module.default !== 'function') {
        grammars.set(name, false);
        return false;
      }
      highlighter.register(module.default);
      grammars.set(name, true);
      return true;
    },
    () => {
      grammars.set(name, false);
      return false;
    },
  );
  grammars.set(name, load);
  return trackExtra(load);
}

/**
 * The code highlighted as templates, or null when it shows plain (unknown language, too long, not
 * loaded yet: the load then starts, and the view is told when it has settled).
 */
export function highlightCode(code: string, language: string): unknown[] | null {
  const name = grammarOf(language);
  if (!name || code.length > MAX_HIGHLIGHT_CHARS) return null;
  const state = grammars.get(name);
  if (state === undefined) void loadGrammar(name);
  if (state !== true || !refractor) return null;
  try {
    return renderNodes(refractor.highlight(code, name).children, 0);
  } catch {
    return null;
  }
}

/** A node of the tree refractor returns (hast: elements with class names, and text). */
interface TreeNode {
  type: string;
  value?: string;
  properties?: { className?: unknown };
  children?: readonly TreeNode[];
}

/** The text of a subtree. */
function textOf(node: TreeNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Class names from the grammar (`token`, `keyword`): word characters and dashes only. */
function classOf(node: TreeNode): string {
  const names = node.properties?.className;
  if (!Array.isArray(names)) return '';
  return names
    .filter((n): n is string => typeof n === 'string' && /^[\w-]{1,40}$/.test(n))
    .join(' ');
}

function renderNodes(nodes: readonly TreeNode[], depth: number): unknown[] {
  return nodes.map((node) => {
    if (node.type === 'text') return node.value ?? '';
    if (node.type !== 'element') return nothing;
    if (depth >= MAX_SPAN_DEPTH) return textOf(node);
    return html`<span class=${classOf(node)}>${renderNodes(node.children ?? [], depth + 1)}</span>`;
  });
}
