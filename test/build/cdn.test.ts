/**
 * The CDN builds: the module build registers <chat-widgets> when loaded by a plain module script,
 * with no import map, and loads its lazy chunks from beside itself; the classic build does the same
 * from a plain <script src> with no chunks. `npm test` builds before the browser tests run.
 */
import { expect } from '@open-wc/testing';

// Firefox records no request past its default resource timing buffer (250 entries).
performance.setResourceTimingBufferSize(10_000);

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
    expect(api['ChatWidgets']).to.be.a('function');
    // The protocol and state layers are not in the first load: the element loads them as a chunk,
    // and pages without the element import them from protocol.js.
    expect(api['ChatSession']).to.equal(undefined);
    const protocolUrl = '/dist/cdn/protocol.js';
    const layers = (await import(/* @vite-ignore */ protocolUrl)) as Record<string, unknown>;
    expect(layers['ChatKitClient']).to.be.a('function');
    expect(layers['ChatSession']).to.be.a('function');
    expect(layers['threadReducer']).to.be.a('function');
  });

  it('a plain chat loads no feature chunk; configured features load theirs from beside the main file', async () => {
    const chunks = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/dist/cdn/chunks/'));
    const FEATURES =
      /\/(uploads-controller|dictation-controller|mention-controller|tag-preview|tool-picker|history-panel)-[\w-]+\.js$/;
    // The first test rendered a plain chat: none of the optional features' chunks was fetched.
    expect(chunks().filter((p) => FEATURES.test(p))).to.deep.equal([]);
    const el = document.createElement('chat-widgets') as HTMLElement & {
      setOptions(options: unknown): void;
      updateComplete: Promise<unknown>;
    };
    el.setOptions({
      api: { url: '/no-backend', uploadStrategy: { type: 'two_phase' } },
      composer: { attachments: { enabled: true }, dictation: { enabled: true } },
      entities: { onTagSearch: () => Promise.resolve([]), showComposerMenu: true },
    });
    document.body.append(el);
    try {
      await el.updateComplete;
      const composer = el.shadowRoot!.querySelector('cw-composer')!;
      const bar = composer.shadowRoot!;
      expect(bar.querySelector('.attach input[type=file]'), 'attach button').to.not.equal(null);
      expect(bar.querySelector('.dictate'), 'microphone').to.not.equal(null);
      expect(bar.querySelector('[aria-label=Mention]'), 'mention button').to.not.equal(null);
      expect(bar.querySelector('.lazy-fallback')).to.equal(null);
      const loaded = chunks().join();
      for (const name of ['uploads-controller', 'dictation-controller', 'mention-controller'])
        expect(loaded, name).to.match(new RegExp(`/dist/cdn/chunks/${name}-[\\w-]+\\.js`));
    } finally {
      el.remove();
    }
  });

  it('loads a lazy component (Chart) and the icons as chunks from beside the main file', async () => {
    await customElements.whenDefined('cw-widget');
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const el = document.createElement('cw-widget') as HTMLElement & {
      widget: unknown;
      updateComplete: Promise<unknown>;
    };
    el.widget = {
      type: 'Card',
      children: [
        { type: 'Icon', name: 'calendar' },
        {
          type: 'Chart',
          height: 80,
          xAxis: 'x',
          data: [{ x: 'a', v: 1 }],
          series: [{ type: 'bar', dataKey: 'v' }],
        },
      ],
    };
    document.body.append(el);
    try {
      await el.updateComplete;
      const chart = el.shadowRoot!.querySelector('cw-chart') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      expect(chart, 'the chart').to.not.equal(null);
      await chart.updateComplete;
      expect(chart.shadowRoot!.querySelector('svg')).to.not.equal(null);
      expect(
        el.shadowRoot!.querySelector('svg[data-icon=calendar]')!.getAttribute('data-known'),
      ).to.equal('true');
      const loaded = performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => !before.has(path));
      expect(
        loaded.some((p) => /^\/dist\/cdn\/chunks\/chart-[\w-]+\.js$/.test(p)),
        loaded.join(),
      ).to.equal(true);
      expect(loaded.some((p) => /^\/dist\/cdn\/chunks\/icon-data-[\w-]+\.js$/.test(p))).to.equal(
        true,
      );
    } finally {
      el.remove();
    }
  });

  it('draws a lucide: icon from the one Lucide chunk its name hashes to, beside the main file', async () => {
    await customElements.whenDefined('cw-widget');
    const lucideChunks = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((path) => /^\/dist\/cdn\/chunks\/lucide-\d+-[\w-]+\.js$/.test(path));
    const before = lucideChunks().length;
    const el = document.createElement('cw-widget') as HTMLElement & {
      widget: unknown;
      updateComplete: Promise<unknown>;
    };
    el.widget = { type: 'Icon', name: 'lucide:anchor' };
    document.body.append(el);
    try {
      await el.updateComplete;
      const svg = el.shadowRoot!.querySelector('svg[data-icon="lucide:anchor"]')!;
      expect(svg.getAttribute('data-known')).to.equal('true');
      expect(svg.querySelectorAll('path, circle').length).to.be.above(0);
      expect(lucideChunks().slice(before)).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});

describe('dist/cdn/chat-widgets.iife.js', () => {
  it('registers the elements from a classic <script src> and renders a chat and a widget, with no chunks', async () => {
    const probe = await fetch('/dist/cdn/chat-widgets.iife.js', { method: 'HEAD' });
    expect(probe.ok, 'dist/cdn/chat-widgets.iife.js exists: run `npm run build` first').to.equal(
      true,
    );
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html><head><script src="/dist/cdn/chat-widgets.iife.js"></script></head>
<body><chat-widgets greeting="Hello from a classic script"></chat-widgets><cw-widget></cw-widget></body></html>`;
    const loaded = new Promise((resolve) =>
      frame.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      expect(win.customElements.get('chat-widgets'), 'chat-widgets').to.be.a('function');
      expect(win.customElements.get('cw-widget'), 'cw-widget').to.be.a('function');
      // Nothing on window but the element definitions.
      expect(Object.keys(win).filter((k) => /chat|widget/i.test(k))).to.deep.equal([]);
      const chat = doc.querySelector('chat-widgets') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await chat.updateComplete;
      expect(chat.shadowRoot!.querySelector('[part=composer]')).to.not.equal(null);
      const widget = doc.querySelector('cw-widget') as HTMLElement & {
        widget: unknown;
        updateComplete: Promise<unknown>;
      };
      widget.widget = {
        type: 'Card',
        children: [
          { type: 'Title', value: 'Classic' },
          { type: 'Icon', name: 'star' },
          // Outside the bundled glyphs: the classic build has no Lucide chunks, a placeholder.
          { type: 'Icon', name: 'lucide:anchor' },
          { type: 'DatePicker', name: 'when' },
          {
            type: 'Chart',
            height: 80,
            xAxis: 'x',
            data: [{ x: 'a', v: 1 }],
            series: [{ type: 'bar', dataKey: 'v' }],
          },
        ],
      };
      await widget.updateComplete;
      const root = widget.shadowRoot!;
      expect(root.querySelector('.widget-fallback')).to.equal(null);
      expect(root.querySelector('.title')!.textContent).to.contain('Classic');
      expect(root.querySelector('svg[data-icon=star]')!.getAttribute('data-known')).to.equal(
        'true',
      );
      expect(
        root.querySelector('svg[data-icon="lucide:anchor"]')!.getAttribute('data-known'),
      ).to.equal('false');
      expect(root.querySelector('.date-wrap')).to.not.equal(null);
      expect(root.querySelector('cw-chart')).to.not.equal(null);
      const scripts = win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname);
      expect(scripts.filter((p) => p.startsWith('/dist/cdn/chunks/'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
