import { expect } from '@open-wc/testing';

import { renderWidget, shadow } from '../../../../test/helpers/widgets.js';

describe('Markdown', () => {
  it('renders through the safe Markdown path', async () => {
    const el = await renderWidget({
      type: 'Markdown',
      value: '**bold** <b>raw</b>',
      streaming: true,
    });
    const md = shadow(el).querySelector('cw-markdown')!;
    expect(md.shadowRoot!.querySelector('strong')!.textContent).to.equal('bold');
    expect(md.shadowRoot!.querySelector('b')).to.equal(null);
  });
});
