import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';

describe('Label', () => {
  it('labels the control named by fieldName', async () => {
    const el = await renderWidget({
      type: 'Col',
      children: [
        { type: 'Label', value: 'Email', fieldName: 'email' },
        { type: 'Input', name: 'email' },
      ],
    });
    const label = shadow(el).querySelector('label')!;
    expect(label.getAttribute('for')).to.equal('field-email');
    expect(shadow(el).getElementById('field-email')).to.not.equal(null);
    expect(label.classList.contains('size-sm')).to.equal(true, 'sm by default');
  });
});
