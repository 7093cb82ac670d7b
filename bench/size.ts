/**
 * Scenario 1, size: every file of `dist/cdn/` minified, gzipped and brotli-compressed; which
 * chunks load first (the entry and its static imports) and which lazily (`import()`), and what
 * each holds (the source folders of its source map); against deep-chat's single-file bundle.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = join(import.meta.dirname, '..');
const CDN = join(ROOT, 'dist/cdn');
const DEEP_CHAT = join(ROOT, 'node_modules/deep-chat/dist/deepChat.bundle.js');
const ENTRY = 'chat-widgets.js';
/** The classic build: one self-contained file, measured on its own. */
const CLASSIC = 'chat-widgets.iife.js';
/** Entries for pages without the element (the protocol and state layers), not part of a chat. */
const SEPARATE = new Set(['protocol.js']);

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
  /**
   * `entry`, `static` (loaded with the entry), `lazy` (loaded by `import()`), `classic` (the
   * self-contained classic build, an alternative to all the others), or `separate` (an entry of
   * its own for pages without the element).
   */
  load: 'entry' | 'static' | 'lazy' | 'classic' | 'separate' | 'unreferenced';
  /** The chunks that import it (lazily or not). */
  importedBy: string[];
  /** The main source folders it holds, by share of its source files. */
  holds: string;
}

export interface SizeResult {
  chunks: ChunkSize[];
  firstLoad: { bytes: number; gzip: number; brotli: number };
  all: { bytes: number; gzip: number; brotli: number };
  deepChat: { bytes: number; gzip: number; brotli: number } | null;
}

function sizes(body: Buffer) {
  return {
    bytes: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/**
 * Relative imports of a minified module (`from"./x.js"`, `import"./x.js"`, and `import("./x.js")`),
 * as paths relative to dist/cdn/, resolved from the importing file's folder (`chunks/…`).
 */
function importsOf(file: string, code: string): { stat: string[]; lazy: string[] } {
  const names = (re: RegExp) =>
    [...code.matchAll(re)].map((m) => normalize(join(dirname(file), m[1]!)));
  return {
    stat: names(/(?:from|import)\s*["'](\.\.?\/[^"']+\.js)["']/g),
    lazy: names(/import\(\s*["'](\.\.?\/[^"']+\.js)["']\s*\)/g),
  };
}

/** The folders most of a chunk's sources come from (from its source map). */
function holds(file: string): string {
  const map = join(CDN, `${file}.map`);
  if (!existsSync(map)) return '';
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  const counts = new Map<string, number>();
  for (const source of sources) {
    const path = source.replace(/^(\.\.\/)+/, '');
    const key = path.startsWith('node_modules/')
      ? path
          .split('/')
          .slice(1, path.split('/')[1]!.startsWith('@') ? 3 : 2)
          .join('/')
      : path
          .split('/')
          .slice(0, path.startsWith('src/widgets/components/') ? 4 : 2)
          .join('/');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([k]) => k)
    .join(', ');
}

export function measureSize(): SizeResult {
  if (!existsSync(join(CDN, ENTRY)))
    throw new Error('dist/cdn/chat-widgets.js is missing: build first');
  const files = readdirSync(CDN, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));
  const code = new Map(files.map((f) => [f, readFileSync(join(CDN, f))]));
  const graph = new Map(files.map((f) => [f, importsOf(f, code.get(f)!.toString('utf8'))]));
  // First load: the entry and everything it imports statically, transitively.
  const first = new Set<string>([ENTRY]);
  const queue = [ENTRY];
  while (queue.length > 0) {
    for (const dep of graph.get(queue.pop()!)?.stat ?? []) {
      if (first.has(dep) || !code.has(dep)) continue;
      first.add(dep);
      queue.push(dep);
    }
  }
  const chunks: ChunkSize[] = files.map((file) => {
    // What pulls it in: for a first-load chunk, the first-load files that import it; for a lazy
    // one, the files whose `import()` loads it (its own chunks' static imports back into the core
    // are not what loads it), or else the lazy chunks that import it statically (code two lazy
    // chunks share, loaded with the first of them).
    const lazyBy = files.filter((f) => !first.has(file) && graph.get(f)!.lazy.includes(file));
    const importedBy = first.has(file)
      ? files.filter((f) => first.has(f) && graph.get(f)!.stat.includes(file))
      : lazyBy.length
        ? lazyBy
        : files.filter((f) => !first.has(f) && graph.get(f)!.stat.includes(file));
    const load =
      file === ENTRY
        ? 'entry'
        : file === CLASSIC
          ? 'classic'
          : SEPARATE.has(file)
            ? 'separate'
            : first.has(file)
              ? 'static'
              : importedBy.length
                ? 'lazy'
                : 'unreferenced';
    return { file, ...sizes(code.get(file)!), load, importedBy, holds: holds(file) };
  });
  chunks.sort((a, b) => (a.load === 'entry' ? -1 : b.load === 'entry' ? 1 : b.gzip - a.gzip));
  const sum = (list: ChunkSize[]) => ({
    bytes: list.reduce((s, c) => s + c.bytes, 0),
    gzip: list.reduce((s, c) => s + c.gzip, 0),
    brotli: list.reduce((s, c) => s + c.brotli, 0),
  });
  return {
    chunks,
    firstLoad: sum(chunks.filter((c) => first.has(c.file))),
    all: sum(chunks.filter((c) => c.load !== 'classic')),
    deepChat: existsSync(DEEP_CHAT) ? sizes(readFileSync(DEEP_CHAT)) : null,
  };
}
