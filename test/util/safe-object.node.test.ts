/** The untrusted-key helpers: nothing written through them reaches a prototype. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  MAX_SAFE_COPY_DEPTH,
  hasOwn,
  isUnsafeKey,
  lookupTable,
  ownValue,
  safeSet,
  withoutUnsafeKeys,
} from '../../src/util/safe-object.js';
import { mergePayload, setPath } from '../../src/widgets/forms.js';

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('safe-object', () => {
  it('refuses __proto__, prototype and constructor and nothing else', () => {
    for (const key of ['__proto__', 'prototype', 'constructor'])
      assert.equal(isUnsafeKey(key), true);
    for (const key of ['toString', 'proto', '__proto', 'hasOwnProperty', ''])
      assert.equal(isUnsafeKey(key), false);
  });

  it('look-up tables find no inherited members', () => {
    const table = lookupTable({ sm: 1 });
    assert.equal(table['sm'], 1);
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])
      assert.equal(table[key], undefined, key);
    assert.equal(ownValue({ a: 1 }, 'toString'), undefined);
    assert.equal(ownValue({ a: 1 }, 'a'), 1);
    assert.equal(ownValue({ a: 1 }, 5), undefined);
  });

  it('safeSet writes own data properties and refuses the unsafe keys', () => {
    const target: Record<string, unknown> = {};
    assert.equal(safeSet(target, '__proto__', { polluted: true }), false);
    assert.equal(safeSet(target, 'toString', 'mine'), true);
    assert.equal(hasOwn(target, 'toString'), true);
    assert.equal(Object.getPrototypeOf(target), Object.prototype);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('withoutUnsafeKeys drops them at any depth and caps the depth', () => {
    const hostile = JSON.parse(
      '{"a":{"__proto__":{"polluted":1},"b":[{"constructor":{"prototype":{"x":1}},"ok":2}]},"prototype":3}',
    ) as unknown;
    const refused: string[] = [];
    const clean = withoutUnsafeKeys(hostile, 'test', refused);
    assert.deepEqual(clean, { a: { b: [{ ok: 2 }] } });
    assert.deepEqual(refused.sort(), ['a.__proto__', 'a.b[0].constructor', 'prototype']);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = { d: deep };
    const capped = withoutUnsafeKeys(deep, 'test', []);
    let depth = 0;
    for (let n = capped; typeof n === 'object' && n !== null; n = (n as { d: unknown }).d) depth++;
    assert.equal(depth, MAX_SAFE_COPY_DEPTH + 1);
  });
});

describe('form paths and payload merging', () => {
  it('never write onto Object.prototype, whatever the field names', () => {
    const before = protoKeys();
    const values: Record<string, unknown> = {};
    const names = [
      '__proto__.method',
      'constructor.prototype.credentials',
      'a.__proto__.polluted',
      'prototype.x',
      '__proto__',
      'x.constructor',
    ];
    for (const name of names) assert.equal(setPath(values, name, 'POST'), 'unsafe', name);
    assert.equal(setPath(values, 'toString.x', 1), 'set', 'an inherited name becomes own');
    assert.equal(setPath(values, 'ok', 1), 'set');
    assert.deepEqual(values, { toString: { x: 1 }, ok: 1 });
    assert.deepEqual(protoKeys(), before);
    assert.equal(({} as Record<string, unknown>)['method'], undefined);
  });

  it('merges over a payload with own __proto__ keys without following them', () => {
    const before = protoKeys();
    const payload = JSON.parse('{"__proto__":{"credentials":"include"},"keep":{"a":1}}') as unknown;
    const extra = Object.fromEntries([
      ['__proto__', { method: 'POST' }],
      ['keep', { b: 2 }],
    ]);
    const { payload: merged, refused } = mergePayload(payload, extra);
    assert.deepEqual(merged, { keep: { a: 1, b: 2 } });
    assert.equal(Object.getPrototypeOf(merged), Object.prototype);
    assert.equal(hasOwn(merged as object, '__proto__'), false);
    assert.deepEqual(refused.sort(), ['__proto__', '__proto__']);
    assert.deepEqual(protoKeys(), before);
    assert.equal(({} as Record<string, unknown>)['credentials'], undefined);
  });
});
