/**
 * `waitUntil` of @open-wc/testing for this suite: it checks every 10 ms instead of every 50 ms,
 * and gives up after 5 s instead of 1 s (unless the caller says otherwise).
 *
 * Every wait whose condition was not met at once took a whole 50 ms interval: with 261 waits in
 * the suite, many of them in each test, that was seconds of every run spent idle (the 11-locale
 * sweep of test/element/i18n.test.ts waits about ten times per locale: 0.5 s a locale). And the
 * time-out only bounds a hang (nothing here asserts a speed; that is `npm run bench`'s business):
 * 1 s was short for a condition that waits on a lazy chunk's first load while other test files run
 * beside it on a loaded two-core machine. The conditions themselves are the callers', unchanged.
 */
// eslint-disable-next-line no-restricted-imports -- the one place the original is wrapped
import { waitUntil as waitUntilEvery } from '@open-wc/testing';

export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilEvery(predicate, message, { interval: 10, timeout: 5000, ...options });
}
