/**
 * wire-types.ts holds types only: importing it yields no runtime value. The runtime lists of type
 * names live in known-types.ts and reach importers through the protocol entry point.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import * as protocol from '../../src/protocol/index.js';
import * as knownTypes from '../../src/protocol/known-types.js';
import * as wireTypes from '../../src/protocol/wire-types.js';

describe('wire-types', () => {
  it('has no runtime exports', () => {
    assert.deepEqual(Object.keys(wireTypes), []);
  });

  it('leaves the runtime lists reachable from the protocol entry point', () => {
    for (const [name, value] of Object.entries(knownTypes)) {
      assert.equal((protocol as Record<string, unknown>)[name], value, name);
    }
    assert.ok(protocol.STREAMING_REQUEST_TYPES.includes('threads.create'));
  });
});
