// Chromium's coverage of a module loaded in more than one frame of a test page, merged.
//
// @web/test-runner-coverage-v8 turns each script of a page's V8 coverage into istanbul coverage and
// `Object.assign`s them by file: a module that ran both in the test page and in a same-origin
// iframe (the CSP pages of test/security/csp.test.ts, the template pages) keeps only the coverage
// of the frame V8 lists last. Which one that is depends on timing, so the figure `npm test` prints
// moved by 0.1 point between runs of the same tests (38 lines of src/, most of them in
// src/protocol/client.ts, src/state/chat-session.ts and src/widgets/widget-template-source.ts).
//
// `mergeFrameCoverage()` wraps the converter that @web/test-runner-chrome calls: the page's
// scripts are converted in layers (each layer holds a URL at most once) and the layers' coverage
// merged (istanbul adds the counts), so every frame's hits count. Plain JavaScript, for the test
// runner's config.
import { createRequire } from 'node:module';
import libCoverage from 'istanbul-lib-coverage';

/** Splits `entries` into lists that each hold every URL at most once, in order. */
export function layersByUrl(entries) {
  const layers = [];
  const seen = new Map();
  for (const entry of entries) {
    const index = seen.get(entry.url) ?? 0;
    seen.set(entry.url, index + 1);
    (layers[index] ??= []).push(entry);
  }
  return layers;
}

/** Converts each layer with `convert` and merges the results (coverage by file path). */
export async function convertMerged(convert, entries) {
  const layers = layersByUrl(entries);
  if (layers.length <= 1) return convert(entries);
  const map = libCoverage.createCoverageMap({});
  for (const layer of layers) map.merge(await convert(layer));
  return map.toJSON();
}

let installed = false;

/** Makes @web/test-runner-chrome's pages merge the coverage of a module seen in several frames. */
export function mergeFrameCoverage() {
  if (installed) return;
  installed = true;
  // The module instance @web/test-runner-chrome requires (resolved from where it lives).
  const chromeRequire = createRequire(
    createRequire(import.meta.url).resolve('@web/test-runner-chrome'),
  );
  const v8 = chromeRequire('@web/test-runner-coverage-v8');
  const original = v8.v8ToIstanbul;
  v8.v8ToIstanbul = (config, testFiles, coverage, userAgent) =>
    convertMerged((layer) => original(config, testFiles, layer, userAgent), coverage ?? []);
}
