/**
 * Runs every conformance scenario against the oldest supported `openai-chatkit` release
 * (`.venv-oldest`, server/requirements-oldest.txt): scenarios that need a newer release run their
 * degraded variant or are reported as not applicable, with the reason.
 */
import { startPythonServer } from './python-server.mjs';
import { conformanceSuite } from './suite.js';

await conformanceSuite('conformance: oldest supported openai-chatkit', () =>
  startPythonServer({ venv: 'oldest' }),
);
