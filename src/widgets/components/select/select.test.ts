import { expect } from '@open-wc/testing';

import { CONTROL_VARIANTS } from '../../control-base.js';
import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';

describe('Select', () => {
  it('options with descriptions and disabled ones, a default value, a change action with the value', async () => {
    const el = await renderWidget({
      type: 'Select',
      name: 'size',
      defaultValue: 'm',
      onChangeAction: { type: 'pick' },
      options: [
        { value: 's', label: 'Small', disabled: true },
        { value: 'm', label: 'Medium', description: 'most people' },
        { value: 7 },
        { value: { bad: true }, label: 'dropped' },
      ],
    });
    const actions = recordActions(el);
    const select = shadow(el).querySelector('select')!;
    const options = [...select.options];
    expect(options.map((o) => o.value)).to.deep.equal(['', 's', 'm', '7']);
    expect(options[1]!.disabled).to.equal(true);
    expect(options[2]!.title).to.equal('most people');
    expect(select.value).to.equal('m');
    select.value = '7';
    select.dispatchEvent(new Event('change'));
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'pick', payload: { size: '7' } }]);
  });

  it('every variant is a class; the placeholder can be chosen only when clearable', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        ...CONTROL_VARIANTS.map((variant) => ({ type: 'Select', name: 'v', variant, options: [] })),
        { type: 'Select', name: 'c', clearable: true, options: [] },
      ],
    });
    const selects = [...shadow(el).querySelectorAll('select')];
    CONTROL_VARIANTS.forEach((variant, i) =>
      expect(selects[i]!.classList.contains(`variant-${variant}`)).to.equal(true),
    );
    expect(selects[0]!.options[0]!.disabled).to.equal(true);
    expect(selects.at(-1)!.options[0]!.disabled).to.equal(false);
  });
});
