/**
 * The coverage of a module run in several frames of one test page (test/coverage-merge.mjs):
 * every frame's hits count, where @web/test-runner-coverage-v8 kept only the last frame's.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { convertMerged, layersByUrl } from '../coverage-merge.mjs';

/** An istanbul file coverage of two statements, with the given hit counts. */
function fileCoverage(path: string, s0: number, s1: number) {
  const loc = (line: number) => ({ start: { line, column: 0 }, end: { line, column: 10 } });
  return {
    path,
    statementMap: { 0: loc(1), 1: loc(2) },
    fnMap: {},
    branchMap: {},
    s: { 0: s0, 1: s1 },
    f: {},
    b: {},
  };
}

describe('frame coverage merge', () => {
  it('splits the scripts into layers that hold each URL once, in order', () => {
    const entries = [{ url: 'a' }, { url: 'b' }, { url: 'a' }, { url: 'a' }, { url: 'c' }];
    assert.deepEqual(layersByUrl(entries), [
      [{ url: 'a' }, { url: 'b' }, { url: 'c' }],
      [{ url: 'a' }],
      [{ url: 'a' }],
    ]);
  });

  it('adds the hits of a module run in two frames (the upstream converter kept the last)', async () => {
    // A converter like @web/test-runner-coverage-v8's: one result per file, the last one wins.
    const hits = { page: [1, 0], frame: [0, 3] } as const;
    type Entry = { url: string; frame: keyof typeof hits };
    const convert = async (layer: Entry[]) => {
      const out: Record<string, unknown> = {};
      for (const e of layer) out[e.url] = fileCoverage(e.url, hits[e.frame][0], hits[e.frame][1]);
      return out;
    };
    const entries: Entry[] = [
      { url: '/src/client.ts', frame: 'page' },
      { url: '/src/client.ts', frame: 'frame' },
    ];
    type Result = Record<string, { s: Record<string, number> } | undefined>;
    const naive = (await convert(entries)) as Result;
    assert.deepEqual(naive['/src/client.ts']?.s, { 0: 0, 1: 3 }, 'the flaw this works around');
    const merged = (await convertMerged(convert, entries)) as Result;
    assert.deepEqual(merged['/src/client.ts']?.s, { 0: 1, 1: 3 });
  });

  it('leaves a page whose modules ran once as the converter made it', async () => {
    const result = { x: fileCoverage('x', 1, 1) };
    const convert = async () => result;
    assert.equal(await convertMerged(convert, [{ url: 'x' }, { url: 'y' }]), result);
  });
});
