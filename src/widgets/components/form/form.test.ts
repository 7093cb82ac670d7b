import { expect } from '@open-wc/testing';

import { recordActions, renderWidget, shadow } from '../../../../test/helpers/widgets.js';

const css = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

describe('Form', () => {
  it('a real form, in a column unless told otherwise; submitting fires onSubmitAction with the values', async () => {
    const el = await renderWidget({
      type: 'Form',
      direction: 'row',
      onSubmitAction: { type: 'save', payload: { id: 1 } },
      children: [
        { type: 'Input', name: 'todo.title', defaultValue: 'Milk' },
        { type: 'Button', label: 'Save', submit: true },
      ],
    });
    const actions = recordActions(el);
    const form = shadow(el).querySelector('form')!;
    expect(css(form, 'flex-direction')).to.equal('row');
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'save', payload: { id: 1, todo: { title: 'Milk' } } },
    ]);
    expect(actions[0]!.site).to.equal('form-submit');
    const column = await renderWidget({ type: 'Form', children: [] });
    expect(css(shadow(column).querySelector('form')!, 'flex-direction')).to.equal('column');
  });

  it('a field named like a payload key: the payload keeps its value, the form value is dropped, an error is raised', async () => {
    const el = await renderWidget({
      type: 'Form',
      onSubmitAction: { type: 'save', payload: { id: 1, todo: { title: 'preset' } } },
      children: [
        { type: 'Input', name: 'todo.title', defaultValue: 'Milk' },
        { type: 'Input', name: 'todo.note', defaultValue: 'fresh' },
        { type: 'Input', name: 'id', defaultValue: '2' },
        { type: 'Button', label: 'Save', submit: true },
      ],
    });
    const actions = recordActions(el);
    const errors: string[] = [];
    el.addEventListener('chatkit.error', (e) =>
      errors.push((e as CustomEvent).detail.error.message),
    );
    shadow(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(actions.map((a) => a.action)).to.deep.equal([
      { type: 'save', payload: { id: 1, todo: { title: 'preset', note: 'fresh' } } },
    ]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('todo.title').and.contain('id').and.contain('save');
  });
});
