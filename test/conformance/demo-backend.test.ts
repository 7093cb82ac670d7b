/**
 * Runs every conformance scenario against the demo backend (Node), exactly as against the real
 * Python server: the demo must behave like an `openai-chatkit` server.
 */
import { after, before, describe, it } from 'node:test';

import { startDemoBackend } from '../../demo/backend/http.js';
import { runScenario } from './run-scenario.js';
import { scenarios } from './scenarios.js';

describe('conformance: demo backend', () => {
  let backend: Awaited<ReturnType<typeof startDemoBackend>>;

  before(async () => {
    backend = await startDemoBackend();
  });

  after(async () => {
    await backend?.stop();
  });

  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      await runScenario(scenario, backend.url, backend.origin);
    });
  }
});
