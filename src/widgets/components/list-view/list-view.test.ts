import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import {
  loadFixture,
  recordActions,
  renderWidget,
  settle,
  shadow,
} from '../../../../test/helpers/widgets.js';
import { AUTO_LIMIT } from './list-view.js';

describe('ListView', () => {
  it('limit with Show more, status, keyboard-activated items', async () => {
    const el = await renderWidget(await loadFixture('flight-options'));
    const actions = recordActions(el);
    expect(shadow(el).querySelectorAll('.list-item')).to.have.length(2);
    const more = shadow(el).querySelector<HTMLButtonElement>('.show-more')!;
    expect(more.textContent!.trim()).to.equal('Show 1 more');
    more.click();
    await settle(el);
    expect(shadow(el).querySelectorAll('.list-item')).to.have.length(3);
    expect(shadow(el).querySelector('.show-more')).to.equal(null);
    const row = shadow(el).querySelector<HTMLElement>('.list-item.interactive')!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'flight.select', payload: { flight: 'OA 917' } },
    ]);
    expect(actions[0]!.site).to.equal('list-item');
  });

  it("limit 'auto' shows a few rows; no limit shows all", async () => {
    const items = Array.from({ length: AUTO_LIMIT + 2 }, (_, i) => ({
      type: 'ListViewItem',
      key: String(i),
      children: [{ type: 'Text', value: String(i) }],
    }));
    const auto = await renderWidget({ type: 'ListView', limit: 'auto', children: items });
    expect(shadow(auto).querySelectorAll('.list-item')).to.have.length(AUTO_LIMIT);
    const all = await renderWidget({ type: 'ListView', children: items });
    expect(shadow(all).querySelectorAll('.list-item')).to.have.length(items.length);
    expect(shadow(all).querySelector('.show-more')).to.equal(null);
  });
});
