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

  it('editable text: the field is the text box (letters aligned with the text around it), focus and hover rings symmetric around it, no resize grip, autoFocus not a bordered box', async () => {
    const el = await renderWidget({
      type: 'Card',
      children: [
        { type: 'Text', value: 'Reference' },
        { type: 'Text', value: 'Subject', editable: { name: 'subject' } },
        {
          type: 'Text',
          value: 'Line one\nLine two',
          minLines: 3,
          editable: { name: 'body', autoFocus: true },
        },
      ],
    });
    const root = shadow(el);
    // autoFocus: focused as it loads with the quiet ring; the focus ring once it has been left.
    const body = root.querySelector('textarea')!;
    body.focus();
    expect(shadow(el).activeElement).to.equal(body);
    expect(getComputedStyle(body).outlineWidth, 'autoFocus on load').to.equal('1px');
    body.blur();
    body.focus();
    expect(getComputedStyle(body).outlineWidth, 'focused again').to.equal('2px');
    body.blur();
    const reference = root.querySelector('p.text')!.getBoundingClientRect();
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      '.editable-text',
    )) {
      const text = field.parentElement!.getBoundingClientRect();
      const box = field.getBoundingClientRect();
      const style = getComputedStyle(field);
      // The field's box is its text box (within 2 px on every side) ...
      for (const side of ['left', 'right', 'top', 'bottom'] as const)
        expect(Math.abs(box[side] - text[side]), `${field.name} ${side}`).to.be.at.most(2);
      // ... and its letters start where the plain text's do.
      const inset = parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
      expect(Math.abs(box.left + inset - reference.left), field.name).to.be.at.most(2);
      expect(style.resize, field.name).to.equal('none');
      // Not a bordered box before focus.
      expect(parseFloat(style.borderTopWidth) + parseFloat(style.borderLeftWidth)).to.equal(0);
      expect(style.backgroundColor).to.match(/rgba\(0, 0, 0, 0\)|transparent/);
      field.focus();
      const focused = getComputedStyle(field);
      expect(focused.outlineStyle, `${field.name} focus ring`).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
      // An outline is drawn at the same offset on every side: the ring is centred on the text box.
      expect(parseFloat(focused.outlineOffset)).to.be.within(0, 4);
      expect(parseFloat(focused.borderTopWidth)).to.equal(0, 'focus adds no border');
    }
    expect(root.querySelector('textarea')!.rows).to.equal(3);
  });
});
