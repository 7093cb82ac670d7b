/**
 * Runs every conformance scenario against the real `openai-chatkit` Python server (scripted, no
 * model), started on a free local port for this file.
 */
import { after, before, describe, it } from 'node:test';

import { startPythonServer } from './python-server.mjs';
import type { RunningServer } from './python-server.mjs';
import { runScenario } from './run-scenario.js';
import { scenarios } from './scenarios.js';

describe('conformance: openai-chatkit Python server', () => {
  let server: RunningServer;

  before(async () => {
    server = await startPythonServer();
  });

  after(async () => {
    await server?.stop();
  });

  for (const scenario of scenarios) {
    it(scenario.name, async () => {
      await runScenario(scenario, server.url, server.origin);
    });
  }
});
