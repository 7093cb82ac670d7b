/**
 * The benchmark page's entry (bundled by esbuild, served by the runner): every scenario's page
 * side on `window.bench`, and the page's errors on `window.benchErrors`.
 */
import { prepareStream, runStream } from './stream.js';
import {
  loadAllOlder,
  openLongThread,
  startEndlessStream,
  startTyping,
  stopEndlessStream,
  typingResult,
} from './thread.js';
import { bigWidget, mountCycles, prepareSwitches, switchThreads } from './widgets.js';
import { loadElement } from './contenders.js';

const errors: string[] = [];
addEventListener('error', (e) => errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

Object.assign(window, {
  benchErrors: errors,
  bench: {
    loadElement,
    prepareStream,
    runStream,
    openLongThread,
    loadAllOlder,
    startTyping,
    typingResult,
    startEndlessStream,
    stopEndlessStream,
    bigWidget,
    mountCycles,
    prepareSwitches,
    switchThreads,
  },
});
