/**
 * The single-file CDN build registers <chat-widgets> when loaded by a plain module script, with no
 * import map and no other file. `npm test` builds before the browser tests run.
 */
import { expect } from '@open-wc/testing';

describe('dist/cdn/chat-widgets.js', () => {
  it('registers the element and exports the API when loaded as a module script', async () => {
    const probe = await fetch('/dist/cdn/chat-widgets.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn/chat-widgets.js exists: run `npm run build` first').to.equal(true);
    expect(customElements.get('chat-widgets')).to.equal(undefined);
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/chat-widgets.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('the CDN file failed to load'));
      document.head.append(script);
    });
    await customElements.whenDefined('chat-widgets');
    const el = document.createElement('chat-widgets');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot?.querySelector('[part=composer]')).to.not.equal(null);
    el.remove();
    const url = '/dist/cdn/chat-widgets.js';
    const api = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
    expect(api['ChatKitClient']).to.be.a('function');
    expect(api['ChatSession']).to.be.a('function');
  });
});
