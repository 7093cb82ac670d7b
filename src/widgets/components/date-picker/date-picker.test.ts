import { expect } from '@open-wc/testing';

import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';

describe('DatePicker', () => {
  it('the date part of ISO values, inclusive bounds, a clear button that fires the change action with null', async () => {
    const el = await renderWidget({
      type: 'DatePicker',
      name: 'when',
      defaultValue: '2025-06-01T10:00:00',
      min: '2025-01-01',
      max: '2025-12-31T23:59:59',
      clearable: true,
      onChangeAction: { type: 'date' },
    });
    const actions = recordActions(el);
    const input = shadow(el).querySelector<HTMLInputElement>('input[type=date]')!;
    expect(input.value).to.equal('2025-06-01');
    expect([input.min, input.max]).to.deep.equal(['2025-01-01', '2025-12-31']);
    shadow(el).querySelector<HTMLButtonElement>('button.clear')!.click();
    expect(input.value).to.equal('');
    expect(actions.map((a) => a.action)).to.deep.equal([{ type: 'date', payload: { when: null } }]);
  });

  it('a value that is not a date is left out', async () => {
    const el = await renderWidget({ type: 'DatePicker', name: 'd', defaultValue: 'tomorrow' });
    expect(shadow(el).querySelector('input')!.value).to.equal('');
    expect(shadow(el).querySelector('button.clear')).to.equal(null);
  });
});
