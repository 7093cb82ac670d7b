import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';
import { expectFieldHover } from '../../../../test/helpers/field-hover.js';

describe('Textarea', () => {
  it('rows, auto-resize, and pattern validated like an input pattern', async () => {
    const el = await renderWidget({
      type: 'Form',
      onSubmitAction: { type: 's' },
      children: [
        {
          type: 'Textarea',
          name: 'code',
          rows: 2,
          pattern: '[A-Z]{3}',
          autoResize: true,
          maxRows: 4,
        },
      ],
    });
    const area = shadow(el).querySelector<HTMLTextAreaElement>('textarea')!;
    expect(area.rows).to.equal(2);
    area.focus();
    await sendKeys({ type: 'abc' });
    expect(area.validity.valid).to.equal(false);
    area.value = '';
    await sendKeys({ type: 'ABC' });
    expect(area.validity.valid).to.equal(true);
  });

  it('hover (real pointer): a stronger border, a deeper soft surface; not when disabled or focused', async () => {
    await expectFieldHover('Textarea', {}, 'textarea');
  });
});
