import { expect } from '@open-wc/testing';

import { loadFixture, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { TEXT_SIZES, TEXT_WEIGHTS } from '../../text-base.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Text', () => {
  it('sizes, weights, colour tokens, primitives, alpha, raw CSS, italic, line-through, truncate, maxLines, minLines, width', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        {
          type: 'Text',
          value: 'a',
          size: 'lg',
          weight: 'bold',
          color: 'secondary',
          italic: true,
          lineThrough: true,
          textAlign: 'center',
          width: 120,
        },
        { type: 'Text', value: 'b', color: 'alpha-70', truncate: true },
        { type: 'Text', value: 'c', color: '#0891b2', maxLines: 2, minLines: 3 },
        { type: 'Text', value: 'd', color: 'gray-900' },
      ],
    });
    const [a, b, c, d] = [...shadow(el).querySelectorAll<HTMLElement>('.text')];
    expect(css(a!, 'font-weight')).to.equal('700');
    expect(css(a!, 'font-style')).to.equal('italic');
    expect(css(a!, 'text-decoration-line')).to.equal('line-through');
    expect(css(a!, 'text-align')).to.equal('center');
    expect(css(a!, 'width')).to.equal('120px');
    expect(css(a!, 'color')).to.equal('rgb(93, 93, 93)', 'secondary text token');
    expect(css(b!, 'text-overflow')).to.equal('ellipsis');
    expect(css(b!, 'color')).to.match(
      /^(color\(srgb|rgba\()/,
      'alpha-70 is the text colour at 70%',
    );
    expect(css(c!, 'color')).to.equal('rgb(8, 145, 178)');
    expect(css(c!, '-webkit-line-clamp')).to.equal('2');
    expect(parseFloat(css(c!, 'min-height'))).to.be.above(40);
    expect(css(d!, 'color')).to.equal('rgb(17, 24, 39)');
  });

  it('every size grows the text; every weight applies; unknown values are md and normal', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        ...TEXT_SIZES.map((size) => ({ type: 'Text', value: size, size })),
        ...TEXT_WEIGHTS.map((weight) => ({ type: 'Text', value: weight, weight })),
        { type: 'Text', value: 'odd', size: 'huge', weight: 'heavy' },
      ],
    });
    const texts = [...shadow(el).querySelectorAll('.text')];
    const sizes = texts.slice(0, TEXT_SIZES.length).map((t) => parseFloat(css(t, 'font-size')));
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).to.be.above(sizes[i - 1]!);
    const weights = texts.slice(TEXT_SIZES.length, -1).map((t) => Number(css(t, 'font-weight')));
    expect(weights).to.deep.equal([400, 500, 600, 700]);
    const odd = texts.at(-1)!;
    expect(odd.className).to.contain('size-md').and.contain('weight-normal');
  });

  it('editable text is an input (or text area) with its name, and streaming shows a caret', async () => {
    const el = await renderWidget(await loadFixture('email-draft-streaming'));
    const subject = shadow(el).querySelector<HTMLInputElement>('input.editable-text')!;
    expect(subject.name).to.equal('email.subject');
    expect(subject.value).to.equal('Release update');
    expect(subject.required).to.equal(true);
    // The wrapper keeps line breaks: it must hold the input alone, not blank lines around it.
    const wrapper = subject.parentElement!;
    expect(wrapper.getBoundingClientRect().height).to.be.below(
      subject.getBoundingClientRect().height + 8,
    );
    const streaming = shadow(el).querySelector('.text.streaming')!;
    expect(getComputedStyle(streaming, '::after').content).to.not.equal('none');
  });
});
