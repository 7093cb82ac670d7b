/**
 * Lists widget fixtures for the gallery and the tests: this project's own (test/fixtures/widgets)
 * and, when ../shared is beside the project, the widget corpus. Served at /__widgets__/index.json;
 * corpus files at /__widgets__/corpus/<path>.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const own = join(root, 'test/fixtures/widgets');
const corpus = resolve(process.env['CW_SHARED_DIR'] ?? join(root, '..', 'shared'), 'widget-corpus');

/** One renderable widget file. */
export interface WidgetFixture {
  name: string;
  group: string;
  url: string;
  /** A fragment (a bare Button or Form) that renders wrapped in a Card. */
  fragment: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every fixture: own ones first, then the corpus (renderable JSON only, not protocol files). */
export function listWidgetFixtures(): { fixtures: WidgetFixture[]; corpus: boolean } {
  const fixtures: WidgetFixture[] = readdirSync(own)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      group: 'chat-widgets fixtures',
      url: `/test/fixtures/widgets/${f}`,
      fragment: false,
    }));
  const hasCorpus = existsSync(corpus);
  if (hasCorpus) {
    for (const path of walk(corpus).sort()) {
      const rel = relative(corpus, path);
      if (!rel.endsWith('.json') || rel.startsWith('protocol/')) continue;
      if (
        rel.startsWith('chatkit-python/tests-assets/') &&
        existsSync(path.replace(/\.json$/, '.preview.json'))
      )
        continue;
      fixtures.push({
        name: rel.replace(/\.(preview\.)?json$/, '').replace(/\.fragment$/, ''),
        group: `corpus: ${rel.split('/').slice(0, -1).join('/')}`,
        url: `/__widgets__/corpus/${rel}`,
        fragment: rel.endsWith('.fragment.json'),
      });
    }
  }
  return { fixtures, corpus: hasCorpus };
}

/** Reads a corpus file by its relative path (refusing paths that leave the corpus). */
export function readCorpusFile(rel: string): string | null {
  const path = resolve(corpus, rel);
  if (!path.startsWith(corpus) || !existsSync(path)) return null;
  return readFileSync(path, 'utf8');
}

/** Koa-style middleware serving the index and corpus files. */
export async function widgetFixturesMiddleware(
  ctx: { path: string; body?: unknown; type?: string; status?: number },
  next: () => Promise<unknown>,
): Promise<void> {
  if (ctx.path === '/__widgets__/index.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(listWidgetFixtures());
    return;
  }
  if (ctx.path.startsWith('/__widgets__/corpus/')) {
    const body = readCorpusFile(decodeURIComponent(ctx.path.slice('/__widgets__/corpus/'.length)));
    if (body !== null) {
      ctx.type = 'application/json';
      ctx.body = body;
      return;
    }
  }
  await next();
}

/** The sample widgets file (shared with the Python server), as text. */
export function readSampleWidgets(): string {
  return readFileSync(join(root, 'demo/backend/sample-widgets.json'), 'utf8');
}
