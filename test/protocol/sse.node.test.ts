import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { readSseFrames } from '../../src/protocol/sse.js';
import { byteStream, chunkBytes, collect } from '../helpers/sse.js';

const encoder = new TextEncoder();

async function frames(text: string | Uint8Array, sizes: number[] = [1_000_000]) {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  return (await collect(readSseFrames(byteStream(chunkBytes(bytes, sizes))))).map((f) => f.data);
}

describe('readSseFrames', () => {
  const events = [
    { type: 'thread.created', thread: { id: 'thr_1', title: 'Grüße 👋 – 日本語' } },
    { type: 'progress_update', text: 'Searching… ✓' },
    { type: 'notice', level: 'info', message: 'multi\nline' },
  ];
  const body = events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join('');
  const expected = events.map((e) => JSON.stringify(e));

  it('reads several events delivered in one chunk', async () => {
    assert.deepEqual(await frames(body), expected);
  });

  it('reassembles frames split at every possible byte boundary, including mid-UTF-8 character', async () => {
    const bytes = encoder.encode(body);
    for (let size = 1; size <= 17; size++) {
      assert.deepEqual(await frames(bytes, [size]), expected, `chunks of ${size} bytes`);
    }
    // Irregular chunking: mid-line, mid-event and inside the 4-byte emoji.
    const emoji = bytes.indexOf(0xf0);
    assert.ok(emoji > 0);
    assert.deepEqual(await frames(bytes, [emoji + 2, 3, 50, 1, 7]), expected);
  });

  it('accepts CRLF and CR line ends', async () => {
    assert.deepEqual(await frames(body.replace(/\n/g, '\r\n')), expected);
    assert.deepEqual(await frames(body.replace(/\n/g, '\r')), expected);
    assert.deepEqual(
      await frames(body.replace(/\n/g, '\r\n'), [3, 1]),
      expected,
      'CRLF split between CR and LF',
    );
  });

  it('joins several data lines, ignores comments, event/id/retry fields and blank data', async () => {
    const text =
      ': keep-alive\n\nevent: message\nid: 7\nretry: 1000\ndata: {"a":\ndata: 1}\n\ndata:\n\ndata: {"b":2}\n\n';
    assert.deepEqual(await frames(text, [5]), ['{"a":\n1}', '{"b":2}']);
  });

  it('delivers a last frame that lacks the closing blank line', async () => {
    assert.deepEqual(await frames('data: {"a":1}\n\ndata: {"b":2}'), ['{"a":1}', '{"b":2}']);
  });

  it('propagates a read error after the frames that were complete', async () => {
    const seen: string[] = [];
    const stream = byteStream(chunkBytes(encoder.encode('data: {"a":1}\n\ndata: {"b"'), [4]), {
      failWith: new TypeError('terminated'),
    });
    await assert.rejects(
      (async () => {
        for await (const frame of readSseFrames(stream)) seen.push(frame.data);
      })(),
      /terminated/,
    );
    assert.deepEqual(seen, ['{"a":1}']);
  });

  it('stops a silent stream when the signal aborts', async () => {
    const controller = new AbortController();
    const stream = byteStream([encoder.encode('data: {"a":1}\n\n')], { hang: true });
    const seen: string[] = [];
    const reading = (async () => {
      for await (const frame of readSseFrames(stream, { signal: controller.signal })) {
        seen.push(frame.data);
        controller.abort(new DOMException('stop', 'AbortError'));
      }
    })();
    await assert.rejects(reading, { name: 'AbortError' });
    assert.deepEqual(seen, ['{"a":1}']);
  });
});
