import { expect } from '@open-wc/testing';

import { renderWidget, settle, shadow } from '../../../../test/helpers/widgets.js';

describe('Transition', () => {
  it('renders its one child and replays the enter animation when the child changes identity', async () => {
    const el = await renderWidget({
      type: 'Transition',
      children: { type: 'Text', key: 'a', value: 'first' },
    });
    const before = shadow(el).querySelector('.transition-child')!;
    el.widget = {
      type: 'Transition',
      children: { type: 'Text', key: 'a', value: 'first, edited' },
    };
    await settle(el);
    expect(shadow(el).querySelector('.transition-child')).to.equal(
      before,
      'same identity keeps the element',
    );
    el.widget = { type: 'Transition', children: { type: 'Text', key: 'b', value: 'second' } };
    await settle(el);
    expect(shadow(el).querySelector('.transition-child')).to.not.equal(
      before,
      'a new identity re-enters',
    );
    expect(shadow(el).querySelector('.transition-child')!.textContent!.trim()).to.equal('second');
  });
});
