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

  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      type: 'ListViewItem',
      key: `r${i}`,
      onClickAction: { type: 'open', payload: { i } },
      children: [{ type: 'Text', value: `Row ${i}` }],
    }));
  const status = { text: '4 events', icon: 'calendar' };
  const within = (inner: DOMRect, outer: DOMRect, what: string, slack = 0.5) => {
    expect(inner.left, `${what} left`).to.be.at.least(outer.left - slack);
    expect(inner.right, `${what} right`).to.be.at.most(outer.right + slack);
    expect(inner.top, `${what} top`).to.be.at.least(outer.top - slack);
    expect(inner.bottom, `${what} bottom`).to.be.at.most(outer.bottom + slack);
  };
  /** Focuses the first row with the keyboard (Tab from a button before the widget). */
  const tabToFirstRow = async (el: HTMLElement) => {
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    before.remove();
    const row = shadow(el as never).activeElement as HTMLElement;
    expect(row?.classList.contains('list-item'), 'a row has keyboard focus').to.be.true;
    expect(row.matches(':focus-visible')).to.be.true;
    return row;
  };
  /** The rectangle a row's focus ring covers (its border box grown by outline offset and width). */
  const ringOf = (row: HTMLElement) => {
    const style = getComputedStyle(row);
    expect(style.outlineStyle, 'a focus ring').to.not.equal('none');
    const grow = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const r = row.getBoundingClientRect();
    return new DOMRect(r.x - grow, r.y - grow, r.width + 2 * grow, r.height + 2 * grow);
  };
  /** The padding box of an element (what its `overflow: hidden` clips to). */
  const clipBox = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const [t, ri, b, l] = [
      s.borderTopWidth,
      s.borderRightWidth,
      s.borderBottomWidth,
      s.borderLeftWidth,
    ].map(parseFloat) as [number, number, number, number];
    return new DOMRect(r.x + l, r.y + t, r.width - l - ri, r.height - t - b);
  };

  it('a root ListView is one frame: status, rows and "Show N more" inside it; the focus ring of a row is not clipped, even at the rounded corner', async () => {
    const el = await renderWidget({ type: 'ListView', limit: 2, status, children: rows(4) });
    const root = shadow(el);
    const frame = root.querySelector<HTMLElement>('.list-view')!;
    const frameStyle = getComputedStyle(frame);
    expect(parseFloat(frameStyle.borderTopWidth), 'the ListView draws the frame').to.equal(1);
    expect(parseFloat(frameStyle.borderTopLeftRadius)).to.be.above(4);
    const inside = clipBox(frame);
    within(root.querySelector('.status')!.getBoundingClientRect(), inside, 'status');
    const more = root.querySelector<HTMLElement>('.show-more')!;
    within(more.getBoundingClientRect(), inside, 'Show more');
    // A row of the frame, full width, with a separator: not grey text floating under it.
    expect(more.getBoundingClientRect().width).to.be.closeTo(inside.width, 1);
    expect(parseFloat(getComputedStyle(more).borderTopWidth)).to.equal(1);
    expect(getComputedStyle(more).color).to.equal(
      getComputedStyle(root.querySelector('.text')!).color,
    );
    // Nothing of the frame (a second border) inside it.
    expect(
      parseFloat(getComputedStyle(root.querySelector('.list-items')!).borderTopWidth),
    ).to.equal(0);

    const row = await tabToFirstRow(el);
    within(ringOf(row), inside, 'focus ring');
    // Without a status, the first row meets the rounded corner: it takes the frame's curve, so
    // the ring (which follows the row's radius) is not cut by the frame's.
    const bare = await renderWidget({ type: 'ListView', children: rows(2) });
    const bareFrame = shadow(bare).querySelector('.list-view')!;
    const first = await tabToFirstRow(bare);
    within(ringOf(first), clipBox(bareFrame), 'focus ring at the corner');
    const frameRadius = parseFloat(getComputedStyle(bareFrame).borderTopLeftRadius);
    expect(parseFloat(getComputedStyle(first).borderTopLeftRadius)).to.be.at.least(
      frameRadius - 1.5,
    );
    const last = shadow(bare).querySelectorAll<HTMLElement>('.list-item')[1]!;
    expect(parseFloat(getComputedStyle(last).borderBottomRightRadius)).to.be.at.least(
      frameRadius - 1.5,
    );
  });

  it('a ListView inside a Card draws no second frame; its rows line up with the card content; status and "Show N more" inside the card; focus ring not clipped', async () => {
    const el = await renderWidget({
      type: 'Card',
      status: { text: 'Card status', icon: 'sparkle' },
      children: [
        { type: 'Title', value: 'Upcoming' },
        { type: 'ListView', limit: 2, status, children: rows(4) },
      ],
    });
    const root = shadow(el);
    const card = root.querySelector<HTMLElement>('.card')!;
    const list = root.querySelector<HTMLElement>('.list-view')!;
    // No frame between the card and the rows: no border, corner, shadow or own surface.
    for (
      let node: HTMLElement | null = root.querySelector('.list-item');
      node && node !== card;
      node = node.parentElement
    ) {
      const s = getComputedStyle(node);
      if (node.classList.contains('list-item')) continue;
      expect(parseFloat(s.borderTopWidth) + parseFloat(s.borderLeftWidth), node.className).to.equal(
        0,
      );
      expect(s.boxShadow, node.className).to.equal('none');
      expect(parseFloat(s.borderTopLeftRadius), node.className).to.equal(0);
    }
    expect(getComputedStyle(list).backgroundColor).to.match(/rgba\(0, 0, 0, 0\)|transparent/);
    const cardInside = clipBox(card);
    within(
      root.querySelector('.list-view > .status')!.getBoundingClientRect(),
      cardInside,
      'list status',
    );
    within(root.querySelector('.show-more')!.getBoundingClientRect(), cardInside, 'Show more');
    // The rows' text starts where the card's title does.
    const title = root.querySelector('.title')!.getBoundingClientRect();
    const rowText = root.querySelector('.list-item .text')!.getBoundingClientRect();
    expect(Math.abs(rowText.left - title.left)).to.be.at.most(1);
    const row = await tabToFirstRow(el);
    within(ringOf(row), cardInside, 'focus ring');
  });
});
