/**
 * `chat-widgets/templates` in the browser: the .widget corpus (when ../shared is present) built as
 * in Node; `<cw-widget template data>` by property and by attribute, errors shown in place with
 * nothing half rendered; rendering under `script-src 'self'` (no eval); and the offline Widget
 * Builder page driven: an edit updates the preview, an invalid edit shows the error at its editor
 * and keeps the last good preview.
 */
import { expect } from '@open-wc/testing';

// Every element at once (as the classic build): these tests create standalone <cw-widget>s.
import { waitUntil } from '../helpers/wait.js';
import '../../src/define-all.js';
import { loadWidgetFile } from '../../src/templates/index.js';
import { normalizeWidgetRoot } from '../../src/templates/normalize.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { ChatHarness } from '../helpers/chat-harness.js';
import { ASSET_DATA, PREVIEW_MISMATCHES } from './corpus-expectations.js';

const FILES = [
  'advanced-samples/cat-lounge/cat_name_suggestions.widget',
  'advanced-samples/cat-lounge/cat_profile.widget',
  'advanced-samples/customer-support/flight_options.widget',
  'advanced-samples/customer-support/meal_preferences.widget',
  'advanced-samples/metro-map/line_select.widget',
  'advanced-samples/news-guide/article_list.widget',
  'advanced-samples/news-guide/article_preview.widget',
  'advanced-samples/news-guide/author_preview.widget',
  'advanced-samples/news-guide/event_list.widget',
  'advanced-samples-pr40/cupid_profile_card.widget',
  'advanced-samples-pr40/cupid_progress.widget',
  'advanced-samples-pr40/gptching_hexagram.widget',
  'chatkit-python/tests-assets/basic_root.widget',
  'chatkit-python/tests-assets/card_no_data.widget',
  'chatkit-python/tests-assets/card_with_data.widget',
  'chatkit-python/tests-assets/list_view_no_data.widget',
  'chatkit-python/tests-assets/list_view_with_data.widget',
];

const corpus = async (path: string) => {
  const response = await fetch(`/__widgets__/corpus/${path}`);
  return response.ok ? response.text() : null;
};

describe('templates in the browser', () => {
  it('the .widget corpus builds as in Node (previews, and chatkit-python’s assets exactly)', async function () {
    if ((await corpus(FILES[0]!)) === null) {
      console.warn('../shared is not beside this clone: the browser corpus check is skipped');
      this.skip();
    }
    for (const path of FILES) {
      const source = (await corpus(path))!;
      const template = loadWidgetFile(source);
      let built: unknown = null;
      try {
        built = template.build(template.previewData, { validate: false });
      } catch {
        built = null;
      }
      const preview = normalizeWidgetRoot(
        (JSON.parse(source) as { outputJsonPreview: unknown }).outputJsonPreview,
      );
      if (PREVIEW_MISMATCHES[path]) expect(built, path).not.to.deep.equal(preview);
      else expect(built, path).to.deep.equal(preview);
      const asset = /tests-assets\/([^/]+)\.widget$/.exec(path)?.[1];
      if (asset) {
        const expected: unknown = JSON.parse((await corpus(path.replace(/\.widget$/, '.json')))!);
        const data = asset in ASSET_DATA ? ASSET_DATA[asset]! : template.previewData;
        expect(template.build(data), path).to.deep.equal(expected);
      }
    }
  });

  it('<cw-widget> builds from a .widget source and data (properties and attributes)', async () => {
    const source = await (await fetch('/demo/widgets/team-list.widget')).text();
    const byProperty = document.createElement('cw-widget') as CwWidget;
    byProperty.template = source;
    byProperty.data = { people: [{ id: 'x', name: 'Xena', role: 'Ops' }] };
    const byAttribute = document.createElement('cw-widget') as CwWidget;
    byAttribute.setAttribute('template', source);
    byAttribute.setAttribute(
      'data',
      JSON.stringify({ people: [{ id: 'y', name: 'Yuri', role: 'QA' }] }),
    );
    document.body.append(byProperty, byAttribute);
    await Promise.all([byProperty.updateComplete, byAttribute.updateComplete]);
    expect(byProperty.shadowRoot!.textContent).to.contain('Xena');
    expect(byAttribute.shadowRoot!.textContent).to.contain('Yuri');
    expect((byProperty.widget as { type: string }).type).to.equal('ListView');
    byProperty.data = { people: [{ id: 'z', name: 'Zoe', role: 'Design' }] };
    await byProperty.updateComplete;
    expect(byProperty.shadowRoot!.textContent).to.contain('Zoe').and.not.contain('Xena');
    byProperty.remove();
    byAttribute.remove();
  });

  it('<cw-widget>: bad data shows the error in place, fires cw-error, renders nothing half', async () => {
    const source = await (await fetch('/demo/widgets/team-list.widget')).text();
    const el = document.createElement('cw-widget') as CwWidget;
    const errors: Error[] = [];
    el.addEventListener('cw-error', (e) => errors.push(e.detail.error));
    el.template = source;
    el.data = { people: [{ id: 'x', name: 42, role: 'Ops' }] };
    document.body.append(el);
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('$.people[0].name');
    expect(el.widget).to.equal(null);
    expect(el.shadowRoot!.querySelector('.root')!.children.length).to.equal(1);
    expect(errors.map((e) => e.message).join()).to.contain('$.people[0].name');
    el.remove();
  });

  it('renders under script-src self (no eval), with no CSP violation', async () => {
    const frame = document.createElement('iframe');
    const result = await new Promise<Record<string, unknown>>((resolve) => {
      window.addEventListener('message', function on(e: MessageEvent) {
        const data = e.data as { cspTemplates?: Record<string, unknown> } | null;
        if (e.source !== frame.contentWindow || !data?.cspTemplates) return;
        window.removeEventListener('message', on);
        resolve(data.cspTemplates);
      });
      frame.src = '/__cw__/csp-templates.html';
      document.body.append(frame);
    });
    frame.remove();
    expect(result.error).to.equal(undefined);
    expect(result.evalBlocked, 'the page really forbids eval').to.equal(true);
    expect(result.built).to.deep.equal(['Card', 'ListView']);
    expect(result.rendered).to.deep.equal(['order-status', 'team-list']);
    expect(result.violations).to.deep.equal([]);
  });

  it('the Widget Builder page: an edit updates the preview; an invalid edit shows the error and keeps the last good preview', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1200px';
    frame.style.height = '900px';
    frame.src = '/demo/builder.html';
    document.body.append(frame);
    const doc = () => frame.contentDocument!;
    const preview = () => doc().querySelector<CwWidget>('#preview-light');
    const shown = () => preview()?.shadowRoot?.textContent ?? '';
    await waitUntil(() => shown().includes('Trail shoes'), 'the first example renders', {
      timeout: 8000,
    });
    const data = doc().querySelector<HTMLTextAreaElement>('#data')!;
    const edit = (area: HTMLTextAreaElement, value: string) => {
      area.value = value;
      area.dispatchEvent(new Event('input'));
    };
    const good = JSON.parse(data.value) as { items: { name: string }[] };
    good.items[0]!.name = 'Rain jacket';
    edit(data, JSON.stringify(good));
    await waitUntil(() => shown().includes('Rain jacket'), 'the preview follows the data');
    good.items[0]!.name = 7 as unknown as string;
    edit(data, JSON.stringify(good));
    const error = doc().querySelector('#data-error')!;
    await waitUntil(() => error.textContent!.includes('$.items[0].name'), 'the data error shows');
    expect(data.hasAttribute('aria-invalid')).to.equal(true);
    await preview()!.updateComplete;
    expect(shown()).to.contain('Rain jacket');
    const template = doc().querySelector<HTMLTextAreaElement>('#template')!;
    good.items[0]!.name = 'Rain jacket';
    edit(data, JSON.stringify(good));
    edit(template, template.value.replace('| tojson', '| nosuchfilter'));
    await waitUntil(() =>
      doc().querySelector('#template-error')!.textContent!.includes('nosuchfilter'),
    );
    expect(doc().querySelector('#template-error')!.textContent).to.match(/line \d+/);
    expect(shown()).to.contain('Rain jacket');
    frame.remove();
  });

  it('the demo backend builds a widget from a .widget file (order:)', async () => {
    const chat = await ChatHarness.create();
    await chat.send('order: B-7');
    await chat.waitForResponseEnd();
    await chat.waitForWidgetText('Order B-7');
    const text = chat.lastWidget().textContent!;
    expect(text).to.contain('Trail shoes').and.contain('Wool socks');
  });
});
