import { expect } from '@open-wc/testing';

import { DIRECTIONS } from '../../definition.js';
import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { expectInvalidLook } from '../../../../test/helpers/invalid-look.js';

describe('RadioGroup', () => {
  it('every direction (a column otherwise), a labelled group, disabled options, a change action with the value', async () => {
    for (const direction of [...DIRECTIONS, 'diagonal']) {
      const el = await renderWidget({ type: 'RadioGroup', name: 'r', direction, options: [] });
      const group = shadow(el).querySelector('.radio-group')!;
      expect(group.classList.contains(`dir-${direction === 'row' ? 'row' : 'col'}`)).to.equal(true);
    }
    const el = await renderWidget({
      type: 'RadioGroup',
      name: 'plan',
      ariaLabel: 'Plan',
      defaultValue: 'm',
      onChangeAction: { type: 'plan' },
      options: [
        { value: 'm', label: 'Monthly' },
        { value: 'y', label: 'Yearly' },
        { value: 'x', label: 'Gone', disabled: true },
      ],
    });
    const actions = recordActions(el);
    const group = shadow(el).querySelector('[role=radiogroup]')!;
    expect(group.getAttribute('aria-label')).to.equal('Plan');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => [r.checked, r.disabled])).to.deep.equal([
      [true, false],
      [false, false],
      [false, true],
    ]);
    radios[1]!.click();
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'plan', payload: { plan: 'y' } }]);
  });

  it('invalid after a real submit with it required and empty (or aria-invalid): a danger edge', async () => {
    await expectInvalidLook(
      {
        type: 'RadioGroup',
        options: [
          { value: 'm', label: 'Monthly' },
          { value: 'y', label: 'Yearly' },
        ],
      },
      'input[type=radio]',
    );
  });
});
