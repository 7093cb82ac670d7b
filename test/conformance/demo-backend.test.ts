/**
 * Runs every conformance scenario against the demo backend (Node), exactly as against the real
 * Python server: the demo must behave like an `openai-chatkit` server (the newest: it reports no
 * release on /health, so every scenario runs in full).
 */
import { startDemoBackend } from '../../demo/backend/http.js';
import { conformanceSuite } from './suite.js';

await conformanceSuite('conformance: demo backend', () => startDemoBackend());
