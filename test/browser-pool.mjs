// Test files side by side, each in a browser of its own. The test runner's `concurrency` opens
// several pages in one browser, but a page that is not the one in front is hidden (no animation
// frames: Chromium and Firefox) or has no focus (no focus events, no :focus, no typed keys:
// Firefox, WebKit), and the element's tests need both. So the pool holds several browsers of one
// kind (one launcher each, started on first use) and gives each test file a browser with no other
// page open: every page is in front and focused, as in a run of one file at a time. Test files
// that share state outside the page (a server's threads) can be put in a lane: the files of one
// lane run one at a time, beside the others. Test files that count frames or follow a scroll
// position as the browser moves it can be made to run alone: no other file runs beside them.
// Plain JavaScript, so the test runner's config can import it.

/**
 * A browser launcher made of `size` launchers from `create()`, one test file at a time in each.
 * Calls about a session (sendKeys, getPage, takeScreenshot, …) go to the launcher running it.
 * `laneOf(testFile)` names the lane of a file (or nothing), `alone(testFile)` whether it runs
 * with no other file beside it; the pool's `reporter` must be among the test runner's reporters
 * for these to apply (it tells the pool which file a session runs).
 */
export function browserPool(create, size, { laneOf = () => undefined, alone = () => false } = {}) {
  const members = Array.from({ length: size }, () => create());
  /** The launcher running each session. */
  const owner = new Map();
  /** The test runner's sessions, from the reporter's start. */
  let sessions;
  let sessionsKnown;
  const known = new Promise((resolve) => (sessionsKnown = resolve));
  /** The end of the last file started in each lane: the next one waits for it. */
  const laneTail = new Map();
  /** What ends each session's turn in its lane. */
  const leaveLane = new Map();
  /** When each test file's page was opened and closed (performance.now()), by file. */
  const spans = new Map();
  const fileOf = (id) => sessions?.get(id)?.testFile;

  /** Files running (or opening): how many beside one another, and whether one runs alone. */
  const gate = { running: 0, alone: false, aloneWaiting: 0, wake: [] };
  const entered = new Map();
  /** Waits until `ready()` holds (checked again whenever a file ends), then `take()`s at once. */
  async function until(ready, take) {
    while (!ready()) await new Promise((resolve) => gate.wake.push(resolve));
    take();
  }
  function wakeAll() {
    for (const resolve of gate.wake.splice(0)) resolve();
  }

  /** Waits for the turn of session `id`: in its lane, if it has one, then alone or beside others. */
  async function enter(id) {
    // The sessions are handed over right after the first files are scheduled.
    let timer;
    await Promise.race([known, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    const file = (sessions && fileOf(id)) ?? '';
    const lane = file ? laneOf(file) : undefined;
    if (lane) {
      const before = laneTail.get(lane) ?? Promise.resolve();
      let leave;
      const mine = new Promise((resolve) => (leave = resolve));
      laneTail.set(lane, mine);
      leaveLane.set(id, leave);
      await before;
    }
    if (file && alone(file)) {
      // Once a file waits to run alone, no other file starts before it.
      gate.aloneWaiting += 1;
      await until(
        () => gate.running === 0 && !gate.alone,
        () => {
          gate.aloneWaiting -= 1;
          gate.alone = true;
          entered.set(id, 'alone');
        },
      );
    } else {
      await until(
        () => !gate.alone && gate.aloneWaiting === 0,
        () => {
          gate.running += 1;
          entered.set(id, 'beside');
        },
      );
    }
  }

  function release(id) {
    owner.delete(id);
    leaveLane.get(id)?.();
    leaveLane.delete(id);
    const how = entered.get(id);
    entered.delete(id);
    if (how === 'alone') gate.alone = false;
    if (how === 'beside') gate.running -= 1;
    wakeAll();
  }

  const pool = {
    type: members[0].type,
    get name() {
      return members[0].name;
    },
    concurrency: size,
    /** The wall time of each test file's page, from opening to closing, in ms (or undefined). */
    wallTime(testFile) {
      const span = spans.get(testFile);
      return span?.end === undefined ? undefined : span.end - span.start;
    },
    /** Hands the test runner's sessions to the pool (see above). */
    reporter: {
      start(args) {
        sessions = args.sessions;
        sessionsKnown();
      },
    },
    async initialize(config, testFiles) {
      // Each member runs one page at a time (a WebDriver launcher reads this to choose how).
      for (const m of members) await m.initialize?.({ ...config, concurrency: 1 }, testFiles);
    },
    async startSession(id, url) {
      await enter(id);
      try {
        const busy = new Set(owner.values());
        // Launchers already started first: a run of fewer files than the pool starts fewer.
        const free = members.filter((m) => !busy.has(m));
        const member = free.find((m) => started.has(m)) ?? free[0];
        if (!member) throw new Error('browser pool: no free browser (more sessions than its size)');
        started.add(member);
        owner.set(id, member);
        spans.set(fileOf(id), { start: performance.now(), end: undefined });
        await member.startSession(id, url);
      } catch (error) {
        // A session that did not start is not stopped: free its browser and its lane here.
        release(id);
        throw error;
      }
    },
    isActive(id) {
      return owner.get(id)?.isActive(id) ?? false;
    },
    getBrowserUrl(id) {
      return owner.get(id)?.getBrowserUrl(id);
    },
    async stopSession(id) {
      const member = owner.get(id);
      if (!member) throw new Error(`browser pool: no session ${id}`);
      try {
        return await member.stopSession(id);
      } finally {
        const span = spans.get(fileOf(id));
        if (span) span.end = performance.now();
        release(id);
      }
    },
    startDebugSession(id, url) {
      return members[0].startDebugSession(id, url);
    },
    async stop() {
      await Promise.all(members.map((m) => m.stop?.()));
    },
  };
  const started = new Set();
  // Everything else a launcher offers takes the session id first: it goes to that session's.
  return new Proxy(pool, {
    get(target, key, receiver) {
      if (key in target) return Reflect.get(target, key, receiver);
      const method = members[0][key];
      if (typeof method !== 'function') return method;
      return (id, ...args) => {
        const member = owner.get(id);
        if (!member) throw new Error(`browser pool: no session ${id} for ${String(key)}`);
        return member[key](id, ...args);
      };
    },
  });
}
