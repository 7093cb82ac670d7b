/**
 * A trap for the whole browser suite (loaded by the test runner's page, web-test-runner.config.mjs,
 * after mocha and before the test file): any Lit dev-mode warning (a console.warn that points to
 * lit.dev/msg/, except the one-time "Lit is in dev mode" notice), uncaught error or unhandled
 * rejection fails the test in which it happened.
 *
 * The trap's state is on `globalThis.__cwTrap` so a test can check the trap itself.
 */

/** One thing the trap caught. */
export interface Trapped {
  kind: 'lit-warning' | 'error' | 'unhandled-rejection';
  message: string;
}

/** The trap's state for the running test. */
export interface Trap {
  /** What was caught since the current test started. */
  readonly recorded: Trapped[];
  /** Runs `fn` and returns what it caught, without failing the test (to test the trap). */
  capture(fn: () => Promise<void> | void): Promise<Trapped[]>;
}

const LIT_MESSAGE = /lit\.dev\/msg\/(?!dev-mode)/;

/**
 * Warnings of code being refactored elsewhere, tolerated until it is fixed: each names its source.
 * They are still printed by the browser; remove an entry once its cause is gone.
 */
const KNOWN: readonly { pattern: RegExp; source: string }[] = [];

const recorded: Trapped[] = [];
let capturing: Trapped[] | null = null;
const record = (entry: Trapped) => (capturing ?? recorded).push(entry);

const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const message = args.map(String).join(' ');
  if (LIT_MESSAGE.test(message) && !KNOWN.some((k) => k.pattern.test(message)))
    record({ kind: 'lit-warning', message });
  warn(...args);
};
window.addEventListener('error', (e) => {
  // Resource load failures (an <img> that 404s) are not errors of the code under test.
  if (!(e instanceof ErrorEvent)) return;
  record({ kind: 'error', message: String(e.error ?? e.message) });
});
window.addEventListener('unhandledrejection', (e) => {
  record({ kind: 'unhandled-rejection', message: String(e.reason) });
});

const trap: Trap = {
  recorded,
  async capture(fn) {
    const caught: Trapped[] = [];
    capturing = caught;
    try {
      await fn();
    } finally {
      capturing = null;
    }
    return caught;
  },
};
(globalThis as unknown as { __cwTrap: Trap }).__cwTrap = trap;

interface MochaHookContext {
  test?: { error(e: Error): void };
}
const root = (
  globalThis as unknown as {
    mocha?: {
      suite: {
        beforeEach(name: string, fn: () => void): void;
        afterEach(name: string, fn: (this: MochaHookContext) => void): void;
      };
    };
  }
).mocha?.suite;
root?.beforeEach('lit-warning trap: reset', () => {
  recorded.length = 0;
});
root?.afterEach('lit-warning trap: check', function (this: MochaHookContext) {
  if (recorded.length === 0) return;
  const lines = recorded.map((r) => `  ${r.kind}: ${r.message}`).join('\n');
  recorded.length = 0;
  // Mocha fails the current test (not the hook) with an error set on the hook.
  this.test?.error(new Error(`The Lit-warning trap caught:\n${lines}`));
});
