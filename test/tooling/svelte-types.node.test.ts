/**
 * The Svelte types (`chat-widgets/svelte`, dist/types/svelte.d.ts from scripts/framework-types.mjs)
 * type `<chat-widgets>` in Svelte templates: checked with the TypeScript compiler on code shaped
 * as svelte2tsx (what svelte-check runs) turns a template into, against a condensed copy of the
 * `svelteHTML` namespace Svelte declares (svelte/svelte-html.d.ts: `createElement`, and
 * `IntrinsicElements` with its catch-all index signature), so Svelte itself is not installed.
 * Correct usage compiles; each wrong prop type or handler must be an error (`@ts-expect-error`
 * fails the compile when there is none). Needs the build (`npm test` builds first).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const typesFile = join(root, 'dist/types/svelte.d.ts');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// What Svelte declares (condensed): a module that puts `svelteHTML` into the global scope.
const svelteShim = `
export {};
declare global {
  namespace svelteHTML {
    function createElement<Elements extends IntrinsicElements, Key extends keyof Elements>(
      element: Key | undefined | null,
      attrs: string extends Key ? { [name: string]: any } : Elements[Key],
    ): Key extends keyof ElementTagNameMap ? ElementTagNameMap[Key] : any;
    interface IntrinsicElements {
      div: { class?: string; onclick?: (e: MouseEvent) => void };
      [name: string]: { [name: string]: any };
    }
  }
}
`;

// A Svelte 5 component's template as svelte2tsx emits it (one createElement per element), and the
// Svelte 4 directives the generator writes (\`on:\`, \`bind:\`).
const usage = (index: string) => `
import type { ChatKitOptions, CwErrorEvent, CwResponseEndEvent } from '${index}';

const options: ChatKitOptions = { api: { url: '/chatkit' } };
let threadId: string | null = null;

// <chat-widgets api-url="/chatkit" theme="dark" {options} oncw-thread-change={…} … />
svelteHTML.createElement('chat-widgets', {
  'api-url': '/chatkit',
  theme: 'dark',
  options,
  'no-history': true,
  'oncw-thread-change': (e) => { threadId = e.detail.threadId; },
  'onchatkit.error': (e: CwErrorEvent) => console.error(e.detail.error),
  'on:cw-response-end': (e: CwResponseEndEvent) => console.log(e.type),
  'bind:options': options,
  class: 'chat',
  'data-testid': 'chat',
  'aria-label': 'Support chat',
});
svelteHTML.createElement('cw-markdown', { text: '**hi**' });
svelteHTML.createElement('div', { class: 'plain' });
svelteHTML.createElement('some-other-element', { anything: 1 });

// @ts-expect-error theme is light, dark or auto
svelteHTML.createElement('chat-widgets', { theme: 'purple' });
// @ts-expect-error options is a ChatKitOptions object
svelteHTML.createElement('chat-widgets', { options: 42 });
// @ts-expect-error the options object is checked too (api.url is a string)
svelteHTML.createElement('chat-widgets', { options: { api: { url: 1 } } });
// @ts-expect-error a handler receives its own event class, not another one
svelteHTML.createElement('chat-widgets', { 'oncw-thread-change': (e: CwErrorEvent) => e });
// @ts-expect-error the event's detail is typed
svelteHTML.createElement('chat-widgets', { 'oncw-thread-change': (e) => e.detail.nothing });
// @ts-expect-error the Svelte 4 form is typed the same way
svelteHTML.createElement('chat-widgets', { 'on:cw-error': (e: CwResponseEndEvent) => e });
// @ts-expect-error an attribute the element does not have
svelteHTML.createElement('chat-widgets', { 'api-uri': '/chatkit' });
// @ts-expect-error a boolean attribute is not a number
svelteHTML.createElement('chat-widgets', { 'no-history': 3 });
void threadId;
`;

/** Compiles the usage against the shipped Svelte types; returns tsc's status and output. */
function compile(types: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cw-svelte-types-'));
  try {
    writeFileSync(join(dir, 'svelte-shim.d.ts'), svelteShim);
    writeFileSync(join(dir, 'usage.ts'), usage(join(root, 'dist/index.js')));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          // The shipped declaration file is checked too, not only its use.
          skipLibCheck: false,
          types: [],
        },
        files: ['svelte-shim.d.ts', types, 'usage.ts'],
      }),
    );
    // --pretty false: plain messages whatever the terminal (CI=true makes tsc colour them).
    const run = spawnSync(
      process.execPath,
      [tsc, '--pretty', 'false', '-p', join(dir, 'tsconfig.json')],
      {
        encoding: 'utf8',
      },
    );
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('Svelte types (chat-widgets/svelte)', () => {
  it('are built and named by package.json exports', () => {
    assert.ok(existsSync(typesFile), 'dist/types/svelte.d.ts is missing: run `npm run build`');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    assert.deepEqual(pkg.exports['./svelte'], { types: './dist/types/svelte.d.ts' });
  });

  it('type <chat-widgets> in a Svelte template: correct use compiles, wrong props and handlers do not', () => {
    const { status, output } = compile(typesFile);
    assert.equal(status, 0, output);
  });

  it('the check can fail: without the types, every expected error is missing', () => {
    const empty = join(mkdtempSync(join(tmpdir(), 'cw-svelte-empty-')), 'none.d.ts');
    writeFileSync(empty, 'export {};\n');
    try {
      const { status, output } = compile(empty);
      assert.notEqual(status, 0);
      // An "unused @ts-expect-error" for each wrong usage but the detail one (whose handler's
      // parameter is an implicit any there): nothing types the element without the file.
      assert.equal(output.match(/error TS2578/g)?.length, 7, output);
      assert.match(output, /error TS7006: Parameter 'e' implicitly has an 'any' type/);
    } finally {
      rmSync(empty, { force: true });
    }
  });
});
