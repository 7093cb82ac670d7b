/**
 * The official samples' widget flows against the real openai-chatkit Python server (scripted):
 * metro-map, cat-lounge, news-guide, customer-support. The same flows run on the in-page demo
 * backend in test/element/actions.test.ts; this tier proves the demo backend is not fooling us.
 * The flows are written once, in test/helpers/sample-flows.ts.
 */
import { serverUrl } from '../helpers/element.js';
import { sampleFlows } from '../helpers/sample-flows.js';

describe('official sample flows against openai-chatkit', () => {
  let url: string;
  before(async function () {
    // The first request starts the Python server (lazily, once per run): give it time.
    this.timeout(60_000);
    url = await serverUrl();
  });

  sampleFlows(() => ({ url }));
});
