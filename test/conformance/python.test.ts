/**
 * Runs every conformance scenario against the real `openai-chatkit` Python server (scripted, no
 * model, the pinned newest release in `.venv`), started on a free local port for this file.
 */
import { startPythonServer } from './python-server.mjs';
import { conformanceSuite } from './suite.js';

await conformanceSuite('conformance: openai-chatkit Python server', () => startPythonServer());
