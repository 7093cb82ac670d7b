// Picture tests (`npm run test:visual`): every widget fixture of this project and of the ChatKit
// corpus (../shared/widget-corpus, when present), light and dark, narrow (480 px) and wide
// (800 px), compared with the reviewed baselines in test/visual/baselines/. Chromium only: fonts
// and antialiasing differ between engines, and one engine's pictures are what a person reviews.
//
//   npm run test:visual                 compare (failures: tmp/visual/failed/, with a -diff image)
//   npm run test:visual -- --update     write new baselines; look at them before committing
import { resolve } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

import base from './web-test-runner.config.mjs';

const failed = resolve('tmp/visual/failed');
if (process.env.CW_BROWSER)
  throw new Error('The picture tests run in Chromium only (unset CW_BROWSER).');

export default {
  ...base,
  coverage: false,
  files: ['test/visual/**/*.visual.ts'],
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update'),
      baseDir: 'test/visual/baselines',
      getBaselineName: ({ browser, name }) => `${browser}/${name}`,
      getFailedName: ({ browser, name }) => resolve(failed, browser, name),
      getDiffName: ({ browser, name }) => resolve(failed, browser, `${name}-diff`),
      // The same machine draws the same pixels run after run (checked: 0 differ); the tolerance
      // is for antialiasing elsewhere. pixelmatch skips antialiased pixels and small colour shifts
      // (threshold 0.1), and a picture fails when more than 24 pixels differ: a button's corner
      // radius changed from 8 to 2 px already differs by 52.
      diffOptions: { threshold: 0.1 },
      failureThresholdType: 'pixel',
      failureThreshold: 24,
    }),
  ],
  testFramework: { config: { timeout: 30000, retries: 0 } },
};
