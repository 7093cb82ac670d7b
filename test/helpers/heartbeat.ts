/**
 * A MessageChannel heartbeat: messages posted back to back run between tasks, so the longest gap
 * between two of them is (about) the longest task that ran meanwhile, layout and paint included.
 */
/**
 * The bound on the longest task in the freeze tests: a freeze is seconds, and a loaded CI
 * machine (the other browser run beside this one) can stretch a healthy 300 ms render past one
 * second, so the bound is generous: 3 s, and three times that in the coverage run, whose
 * instrumented code runs several times slower (web-test-runner.config.mjs sets
 * `window.__cwCoverage`). The measured figure is printed for the record; speed itself is
 * `npm run bench`'s business.
 */
export const FREEZE_BOUND_MS = 3000 * ((window as { __cwCoverage?: boolean }).__cwCoverage ? 3 : 1);

export interface Heartbeat {
  /** Stops the heartbeat and returns the longest gap seen, in milliseconds. */
  stop(): number;
}

/** Starts a heartbeat. */
export function startHeartbeat(): Heartbeat {
  const channel = new MessageChannel();
  let last = performance.now();
  let longest = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  return {
    stop() {
      running = false;
      longest = Math.max(longest, performance.now() - last);
      channel.port1.close();
      return longest;
    },
  };
}

/** Waits for two animation frames (layout and paint of what was rendered). */
export const frames = () =>
  new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
