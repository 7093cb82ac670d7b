/**
 * The script of /__cw__/csp.html (served with a strict CSP by web-test-runner.config.mjs): renders
 * every widget fixture of this project and of the corpus (when present) in `<cw-widget>`, and
 * reports to the parent test page how many rendered and which CSP violations fired.
 *
 * Images: the page's widgets get an empty allow-list (`allowedImageHosts: []`), so no image loads
 * and `img-src` (here `default-src 'self'`) is not what is measured; the styles are.
 */
// Every element at once (as the classic build): these tests render standalone <cw-widget>s.
import '../../src/define-all.js';
import type { CwWidget } from '../../src/widgets/widget-view.js';
import { auditWidget } from '../helpers/widget-audit.js';
import { settle } from '../helpers/widgets.js';

interface Listed {
  name: string;
  url: string;
  fragment: boolean;
}

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

async function run(): Promise<void> {
  const index = (await (await fetch('/__widgets__/index.json')).json()) as {
    fixtures: Listed[];
    corpus: boolean;
  };
  const host = { dispatchAction: () => Promise.resolve(), allowedImageHosts: [] as string[] };
  const problems: string[] = [];
  let rendered = 0;
  let styled = 0;
  // All fixtures at once, in both themes: one settle for the lot instead of a frame each.
  const fixtures = await Promise.all(
    index.fixtures.map(async (f) => {
      const json = (await (await fetch(f.url)).json()) as unknown;
      return { name: f.name, widget: f.fragment ? { type: 'Card', children: [json] } : json };
    }),
  );
  const shown = fixtures.flatMap(({ name, widget }) =>
    (['light', 'dark'] as const).map((theme) => {
      const el = document.createElement('cw-widget') as CwWidget;
      el.host = host;
      el.theme = theme;
      el.widget = widget;
      document.body.append(el);
      return { name, el };
    }),
  );
  await Promise.all(shown.map(({ el }) => settle(el)));
  for (const { name, el } of shown) {
    if (el.shadowRoot!.querySelector('.root')) rendered++;
    // The inline declarations did land (through the CSSOM), and only allowed ones.
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*'))
      if (node.style.length) styled++;
    problems.push(...auditWidget(el, []).map((p) => `${name}: ${p}`));
    el.remove();
  }
  // One styled widget stays on the page: its computed styles show the declarations applied.
  const probe = document.createElement('cw-widget') as CwWidget;
  probe.widget = {
    type: 'Card',
    children: [{ type: 'Box', padding: 3, background: '#123456', children: [] }],
  };
  document.body.append(probe);
  await settle(probe);
  const box = probe.shadowRoot!.querySelector('.box')!;
  const computed = getComputedStyle(box);
  // Controls, after the count: the policy is really enforced here (a style attribute written as
  // text is refused; under Trusted Types a string to innerHTML throws).
  const violations = [...window.__cspViolations];
  const control = document.createElement('div');
  control.setAttribute('style', 'color: rgb(255, 0, 0)');
  document.body.append(control);
  const styleAttributeBlocked = getComputedStyle(control).color !== 'rgb(255, 0, 0)';
  let innerHtmlBlocked = false;
  try {
    control.innerHTML = '<b>x</b>';
  } catch {
    innerHtmlBlocked = true;
  }
  const result = {
    styleAttributeBlocked,
    innerHtmlBlocked,
    fixtures: index.fixtures.length,
    corpus: index.corpus,
    rendered,
    styled,
    probe: { background: computed.backgroundColor, padding: computed.paddingTop },
    problems,
    violations,
    trustedTypes: typeof (window as { trustedTypes?: unknown }).trustedTypes === 'object',
  };
  parent.postMessage({ cspResult: result }, location.origin);
}

run().catch((error: unknown) =>
  parent.postMessage({ cspResult: { error: String(error) } }, location.origin),
);
