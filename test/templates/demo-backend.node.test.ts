/** The demo backend builds its `order:` widget from demo/widgets/order-status.widget, in Node. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { orderWidget } from '../../demo/backend/content.js';

describe('demo backend widgets from .widget files', () => {
  it('order: builds the order-status card from its .widget file', () => {
    const card = orderWidget('N-1') as { type: string; children?: unknown[] };
    assert.equal(card.type, 'Card');
    const text = JSON.stringify(card);
    assert.match(text, /Order N-1/);
    assert.match(text, /Trail shoes/);
    assert.match(text, /Wool socks/);
  });
});
