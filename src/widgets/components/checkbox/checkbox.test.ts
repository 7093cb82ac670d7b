import { expect } from '@open-wc/testing';

import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { expectInvalidLook } from '../../../../test/helpers/invalid-look.js';

describe('Checkbox', () => {
  it('a labelled checkbox (defaultChecked as a boolean or the string "true") whose change action carries a boolean', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        { type: 'Checkbox', name: 'a', label: 'A', defaultChecked: true },
        { type: 'Checkbox', name: 'b', label: 'B', defaultChecked: 'true' },
        { type: 'Checkbox', name: 'c', label: 'C', onChangeAction: { type: 'toggle' } },
      ],
    });
    const actions = recordActions(el);
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, true, false]);
    expect(boxes[0]!.closest('label')!.textContent!.trim()).to.equal('A');
    boxes[2]!.click();
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'toggle', payload: { c: true } }]);
  });

  it('invalid after a real submit with it required and empty (or aria-invalid): a danger edge', async () => {
    await expectInvalidLook({ type: 'Checkbox', label: 'I agree' }, 'input[type=checkbox]');
  });
});
