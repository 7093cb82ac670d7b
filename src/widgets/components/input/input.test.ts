import { expect } from '@open-wc/testing';

import { CONTROL_SIZES, FIELD_VARIANTS, GUTTER_SIZES } from '../../control-base.js';
import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { INPUT_TYPES } from './input.js';
import { expectFieldHover } from '../../../../test/helpers/field-hover.js';

describe('Input', () => {
  it('every input type; an unknown type is text', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [...INPUT_TYPES, 'file'].map((inputType, i) => ({
        type: 'Input',
        name: `f${i}`,
        inputType,
      })),
    });
    const types = [...shadow(el).querySelectorAll('input')].map((i) => i.type);
    expect(types).to.deep.equal([...INPUT_TYPES, 'text']);
  });

  it('variants, sizes and gutters are classes; unknown ones are outline and md', async () => {
    const children: Record<string, string>[] = [
      ...FIELD_VARIANTS.map((variant) => ({ type: 'Input', name: 'v', variant })),
      ...CONTROL_SIZES.map((size) => ({ type: 'Input', name: 's', size })),
      ...GUTTER_SIZES.map((gutterSize) => ({ type: 'Input', name: 'g', gutterSize })),
      { type: 'Input', name: 'odd', variant: 'ghost', size: 'huge', gutterSize: 'wide' },
    ];
    const el = await renderWidget({ type: 'Col', children });
    const inputs = [...shadow(el).querySelectorAll('input')];
    inputs.slice(0, -1).forEach((input, i) => {
      const { variant = 'outline', size = 'md', gutterSize = 'md' } = children[i]!;
      expect(input.className)
        .to.contain(`variant-${variant}`)
        .and.contain(`size-${size}`)
        .and.contain(`gutter-${gutterSize}`);
    });
    expect(inputs.at(-1)!.className)
      .to.contain('variant-outline')
      .and.contain('size-md')
      .and.contain('gutter-md');
  });

  it('default value, placeholder, pattern, required; autofill stays off unless allowed', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        {
          type: 'Input',
          name: 'code',
          defaultValue: 'AB',
          placeholder: 'Code',
          pattern: '[A-Z]+',
          required: true,
        },
        { type: 'Input', name: 'email', allowAutofillExtensions: true },
      ],
    });
    const [code, email] = [...shadow(el).querySelectorAll('input')];
    expect(code!.value).to.equal('AB');
    expect(code!.placeholder).to.equal('Code');
    expect(code!.pattern).to.equal('[A-Z]+');
    expect(code!.required).to.equal(true);
    expect(code!.autocomplete).to.equal('off');
    expect(code!.hasAttribute('data-1p-ignore')).to.equal(true);
    expect(email!.autocomplete).to.equal('on');
    expect(email!.hasAttribute('data-1p-ignore')).to.equal(false);
  });

  it('hover (real pointer): a stronger border, a deeper soft surface; not when disabled or focused', async () => {
    await expectFieldHover('Input', {}, 'input');
  });
});
