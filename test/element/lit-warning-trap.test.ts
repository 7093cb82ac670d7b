/** The suite-wide trap (test/helpers/lit-warning-trap.ts) catches Lit dev warnings and errors. */
import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';

import type { Trap } from '../helpers/lit-warning-trap.js';

const trap = (globalThis as unknown as { __cwTrap?: Trap }).__cwTrap;

/** Sets a reactive property in `updated`: Lit warns "change-in-update" in dev mode. */
class CwTrapBait extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 0;
  }
  protected override updated(): void {
    if (this.count < 1) this.count += 1;
  }
  override render() {
    return html`${this.count}`;
  }
}
customElements.define('cw-trap-bait', CwTrapBait);

describe('the Lit-warning trap', () => {
  it('is installed for every browser test', () => {
    expect(trap, 'globalThis.__cwTrap').to.not.equal(undefined);
    expect(trap!.recorded).to.deep.equal([]);
  });

  it('records a change-in-update warning from a component', async () => {
    const caught = await trap!.capture(async () => {
      const el = await fixture<CwTrapBait>(testHtml`<cw-trap-bait></cw-trap-bait>`);
      await el.updateComplete;
    });
    expect(caught.map((c) => c.kind)).to.deep.equal(['lit-warning']);
    expect(caught[0]!.message).to.contain('lit.dev/msg/change-in-update');
    expect(trap!.recorded).to.deep.equal([], 'captured, so this test does not fail');
  });

  it('records unhandled rejections, and ignores the dev-mode notice', async () => {
    const caught = await trap!.capture(async () => {
      console.warn('Lit is in dev mode. See https://lit.dev/msg/dev-mode for more information.');
      void Promise.reject(new Error('nobody listens'));
      await new Promise<void>((resolve) =>
        window.addEventListener('unhandledrejection', () => setTimeout(resolve), { once: true }),
      );
    });
    expect(caught).to.deep.equal([
      { kind: 'unhandled-rejection', message: 'Error: nobody listens' },
    ]);
  });
});
