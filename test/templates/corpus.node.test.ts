/**
 * Every `.widget` file of ../shared/widget-corpus built with `chat-widgets/templates` in Node:
 * against its own `outputJsonPreview` (normalised as chatkit-python does), against chatkit-python's
 * expected `.json` (tests-assets, exactly), and against the real Python SDK run on the same file
 * and data (when the project's .venv is set up: `node scripts/setup-python.mjs`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';

import { loadWidgetFile } from '../../src/templates/index.js';
import { normalizeWidgetRoot } from '../../src/templates/normalize.js';
import { listShared, readShared, sharedSkip } from '../helpers/shared.js';
import { ASSET_DATA, PREVIEW_MISMATCHES } from './corpus-expectations.js';
import { pythonBuild, pythonSkip } from './python.js';

const FOLDERS = [
  'advanced-samples/cat-lounge',
  'advanced-samples/customer-support',
  'advanced-samples/metro-map',
  'advanced-samples/news-guide',
  'advanced-samples-pr40',
  'chatkit-python/tests-assets',
];
const files = FOLDERS.flatMap((folder) =>
  listShared(`widget-corpus/${folder}`)
    .filter((f) => f.endsWith('.widget'))
    .map((f) => `${folder}/${f}`),
);

function tryBuild(path: string): { ok: unknown } | { error: string } {
  const template = loadWidgetFile(readShared(`widget-corpus/${path}`));
  try {
    return { ok: template.build(template.previewData, { validate: false }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('the .widget corpus in Node', { skip: sharedSkip }, () => {
  it('has the 17 files of the corpus', () => {
    assert.equal(files.length, 17, files.join('\n'));
  });

  for (const path of files) {
    it(`${path}: built with its preview data equals its outputJsonPreview (or is a listed mismatch)`, () => {
      const file = JSON.parse(readShared(`widget-corpus/${path}`)) as {
        outputJsonPreview: unknown;
      };
      const built = tryBuild(path);
      const expected = normalizeWidgetRoot(file.outputJsonPreview);
      const matches = 'ok' in built && isDeepStrictEqual(built.ok, expected);
      if (PREVIEW_MISMATCHES[path])
        assert.ok(!matches, `${path} now matches: remove it from the list`);
      else assert.deepEqual('ok' in built ? built.ok : built, expected);
    });
  }

  it('chatkit-python tests-assets: each .widget builds exactly its .json (with its test’s data)', () => {
    const assets = files.filter((f) => f.startsWith('chatkit-python/tests-assets/'));
    assert.equal(assets.length, 5);
    for (const path of assets) {
      const name = /([^/]+)\.widget$/.exec(path)![1]!;
      const template = loadWidgetFile(readShared(`widget-corpus/${path}`));
      const data = name in ASSET_DATA ? ASSET_DATA[name]! : template.previewData;
      const expected: unknown = JSON.parse(
        readShared(`widget-corpus/${path.replace(/\.widget$/, '.json')}`),
      );
      assert.deepEqual(template.build(data), expected, path);
    }
  });

  it(
    'every file builds what the Python SDK builds (or fails where it fails)',
    { skip: pythonSkip },
    () => {
      const widgets = files.map(
        (path) => JSON.parse(readShared(`widget-corpus/${path}`)) as Record<string, unknown>,
      );
      const python = pythonBuild(
        widgets.map((widget) => ({
          widget,
          data: loadWidgetFile(JSON.stringify(widget)).previewData,
        })),
      );
      files.forEach((path, i) => {
        const ours = tryBuild(path);
        const theirs = python[i]!;
        if ('error' in theirs)
          assert.ok('error' in ours, `${path}: Python fails (${theirs.error}), we built`);
        else assert.deepEqual('ok' in ours ? ours.ok : ours, theirs.ok, path);
      });
    },
  );
});
