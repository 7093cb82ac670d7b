/**
 * The browser pool of the browser runs (test/browser-pool.mjs): each test file gets a browser with
 * no other page open, files of one lane run one at a time, a file that must run alone has no other
 * beside it, and calls about a session reach the browser running it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { browserPool, type PoolMember } from '../browser-pool.mjs';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

/** A pool of fake browsers over the files `files` (session id = index), and what it saw. */
function setUp(
  files: string[],
  size: number,
  options: Parameters<typeof browserPool>[2] = {},
  failStart?: string,
) {
  const running = new Map<string, string>(); // session → file
  const log: string[] = [];
  let most = 0;
  const members: PoolMember[] = [];
  const pool = browserPool(
    () => {
      const pages = new Set<string>();
      const member: PoolMember = {
        type: 'fake',
        name: `browser ${members.length}`,
        async startSession(id: string) {
          if (id === failStart) throw new Error('no browser');
          assert.equal(pages.size, 0, `${member.name} already has a page open`);
          pages.add(id);
          running.set(id, files[Number(id)]!);
          most = Math.max(most, running.size);
          log.push(`start ${files[Number(id)]}`);
        },
        async stopSession(id: string) {
          pages.delete(id);
          running.delete(id);
          log.push(`stop ${files[Number(id)]}`);
          return {};
        },
        isActive: (id: string) => pages.has(id),
        sendKeys: (id: string, keys: string) => `${member.name} typed ${keys} for ${id}`,
      };
      members.push(member);
      return member;
    },
    size,
    options,
  );
  pool.reporter.start({ sessions: { get: (id) => ({ testFile: files[Number(id)]! }) } });
  /**
   * Runs every file (each for `ticks(file)` ticks) as the test runner does: `size` workers, each
   * taking the next file when its last one ended.
   */
  const runAll = async (ticks: (file: string) => number = () => 3) => {
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const id = String(next++);
        try {
          await pool.startSession(id, `/?${id}`);
        } catch {
          continue;
        }
        for (let t = 0; t < ticks(files[Number(id)]!); t++) await tick();
        await pool.stopSession(id);
      }
    };
    await Promise.all(Array.from({ length: size }, worker));
  };
  return { pool, members, running, log, runAll, most: () => most };
}

describe('browser pool', () => {
  it('runs files side by side, each in a browser with no other page open', async () => {
    const files = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { runAll, most, log, pool } = setUp(files, 2);
    // The test runner never asks for more sessions at once than the pool's concurrency.
    assert.equal(pool.concurrency, 2);
    await runAll();
    assert.equal(most(), 2, 'two files at once');
    assert.equal(log.filter((l) => l.startsWith('stop')).length, files.length);
    assert.ok((pool.wallTime('a') ?? -1) >= 0, 'the wall time of a file is known');
  });

  it('runs the files of one lane one at a time, beside the others', async () => {
    const files = ['server-1', 'server-2', 'server-3', 'x', 'y'];
    const { runAll, running, members } = setUp(files, 3, {
      laneOf: (f) => (f.startsWith('server') ? 'python' : undefined),
    });
    let overlap = 0;
    const lanes = () => [...running.values()].filter((f) => f.startsWith('server')).length;
    const watching = setInterval(() => (overlap = Math.max(overlap, lanes())), 0);
    // Checked at every start too, where an overlap would begin.
    for (const m of members) {
      const start = m.startSession.bind(m);
      m.startSession = async (id, url) => {
        await start(id, url);
        overlap = Math.max(overlap, lanes());
      };
    }
    await runAll();
    clearInterval(watching);
    assert.equal(overlap, 1, 'at most one file of the lane at a time');
  });

  it('runs a file marked alone with nothing beside it, and starts nothing while it waits', async () => {
    const files = ['a', 'b', 'alone', 'c', 'd'];
    const { runAll, log } = setUp(files, 2, { alone: (f) => f === 'alone' });
    await runAll((f) => (f === 'a' ? 8 : 3));
    const start = log.indexOf('start alone');
    const stop = log.indexOf('stop alone');
    assert.ok(start >= 0 && stop > start);
    assert.deepEqual(
      log.slice(start + 1, stop),
      [],
      `nothing starts or stops while it runs: ${log.join(', ')}`,
    );
    // Every file started before it had stopped first (none beside it).
    for (const f of log.slice(0, start).filter((l) => l.startsWith('start'))) {
      assert.ok(log.indexOf(f.replace('start', 'stop')) < start, `${f} ended first`);
    }
  });

  it('sends a call about a session to the browser running it', async () => {
    const { pool, members } = setUp(['a', 'b'], 2);
    await Promise.all([pool.startSession('0', '/?0'), pool.startSession('1', '/?1')]);
    const sendKeys = pool.sendKeys as (id: string, keys: string) => string;
    const typed = [sendKeys('0', 'x'), sendKeys('1', 'y')];
    assert.deepEqual(
      typed.sort(),
      [`${members[0]!.name} typed x for 0`, `${members[1]!.name} typed y for 1`].sort(),
    );
    assert.notEqual(typed[0]!.split(' typed')[0], typed[1]!.split(' typed')[0]);
    await pool.stopSession('0');
    assert.throws(() => sendKeys('0', 'z'), /no session 0/);
    await pool.stopSession('1');
  });

  it('frees the browser and the lane of a session that failed to start', async () => {
    const { pool, runAll, log } = setUp(['s1', 's2'], 1, { laneOf: () => 'lane' }, '0');
    await runAll();
    assert.deepEqual(log, ['start s2', 'stop s2']);
    assert.equal(pool.isActive('0'), false);
  });
});
